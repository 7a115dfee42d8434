"""Read models: the lists screens page through and the named measures reports and screens share."""
