"""The command line: an interface beside the window, calling the same models/ and reports/."""
