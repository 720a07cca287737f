"""Framings: the wording that introduces a server's reply in a bounce, a client or a log line.

One module per family (a vendor's non-delivery report, MTA log lines, ...), literal tables
only.  Each module holds:

* ``FORMAT``: the record's ``format`` for a reply this family frames;
* ``HEADS``: sentences that begin a message of the family (a bounce's first lines);
* ``SECTIONS``: headings inside such a message; they begin one only where none is open, or
  past the part that holds a reply of a message of another family (a second bounce),
  unless ``SECTIONS_SHARED`` says they stand inside other families' bounces too;
* ``REPLIES``: wording that introduces a reply with a 4xx/5xx code or an enhanced status,
  trusted anywhere (also without a head: a pasted fragment, a log line);
* ``INNER``: wording trusted only inside a message begun by this family's head or section;
  the reply may then be words without a code ("Sorry, no mailbox here by that name.");
* ``GATE``: the wording that opens a window for the family (units of the gate): a few
  sentences its messages carry near their reply, chosen to share pieces with each other and
  with the client tables (each new piece costs the gate a pass over the text).  Every REPLIES
  framing holds one of them, so a reply pasted without its report is still found.  A GATE
  sentence that ends in ``{reply}`` is checked like a label: a reply (a digit or a quote) must
  follow its words ("Received >>> {reply}": not the "Received block" of every HDFS log).

Every entry is ``(language, text, source)``.  In ``text`` a blank stands for any run of
white space (hard wraps included), a leading ``^`` for the start of a line, and slots are
``{reply}`` (the reply: up to the literal text after it, else to the end of its line and the
lines that continue it), ``{server}``, ``{recipient}``, ``{sender}`` (an address read past), ``{domain}`` (a domain read past), ``{file}`` (the source file a log names after a reply), ``{command}`` (an SMTP command as
MTAs name it), ``{status}`` (an enhanced status code), ``{_}`` (text skipped within a line)
and ``{line}`` (the rest of the line).  Sources name the real text the wording was read from;
samples promoted to ``tests/corpus`` are named by their path there.
"""

FAMILIES = (
    "exchange",
    "gmail",
    "qq",
    "coremail",
    "naver",
    "yahoo",
    "postfix",
    "exim",
    "qmail",
    "sendmail",
    "domino",
    "others",
    "groupwise",
    "smail",
    "netscape",
    "interscan",
    "xwall",
    "k9",
    "roundcube",
    "squirrelmail",
    "rainloop",
    "pear_mail",
    "mutt",
    "emacs",
    "eudora",
    "mailspring",
    "opera",
    "kmail",
    "fairemail",
    "smtplib",
    "claws",
    "sylpheed",
    "evolution",
    "mta_log",
    "bare",
)
