"""Excel ledgers (台账) in and out: the template's sheets and columns, cell parsing, import and export.

Nothing here reads or writes .xlsx itself (that is reports/ledger_file.py, which owns openpyxl):
the importer works on plain grids of cell values, so it is fast to test and shares the validation
of every dialog.
"""
