"""``kc import``: read a spreadsheet, a Word or PDF annex, a web page or pasted text into a
draft plan.

The flow runs one way: a reader (one module per format) turns the file into :class:`Grid`
objects (cell text exactly as shown, spans, origins); :mod:`.layout` guesses what each row and
column means (or takes it from a mapping file); :mod:`.tables` builds the rows; :mod:`.draft`
writes the YAML with its origin and TODO comments. The readers' libraries are imported only
here, so ``kc validate`` never loads them.
"""
