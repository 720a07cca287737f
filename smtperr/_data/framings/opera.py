"""Opera Mail (Opera's M2 client): a failed send shows its own words and the server's reply in
square brackets, "Vnitřní chyba [550 5.1.0 ... authentication failed]" in Czech.

Source: a Czech host's help page quoting the clients' errors when SMTP authentication is off
(support.forpsi.com kb/a3898; tests/corpus/cs/opera-mail-forpsi-internal-error).  No English
or other edition was found pasted: only the Czech row.
"""

FORMAT = "opera-mail"

_SRC = "support.forpsi.com/kb/a3898; tests/corpus/cs/opera-mail-forpsi-internal-error"

HEADS = ()

SECTIONS = ()

REPLIES = (
    ("cs", "Vnitřní chyba [{reply}]", _SRC),
)

INNER = ()

# The wording that opens a window for this family (units of the gate).
GATE = (
    ("cs", "Vnitřní chyba", _SRC),
)
