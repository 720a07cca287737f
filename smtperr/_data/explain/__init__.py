"""Explanations of client errors, as literal tables: one module per language.

Data only.  A language module defines:

``LANGUAGE``  the tag (as in ``smtperr/_data/locales``).
``BASIS``     where its texts come from: which are quotes of a real translation of a Microsoft
              article, and which are the project's own wording.
``COMPLETE``  ``True`` when the module explains every reason (English and Polish); a module
              that is not complete explains only the reasons of ``REASONS`` and the rest falls
              back to English.
``LABELS``    the headings of the explanation text (keys as in the English module).
``PHASES``    SMTP/POP3 phase -> what failed, when no error number says it better.
``NUMBERS``   client error number -> what failed, in words.
``REASONS``   reason -> {"title": text, "cause": paragraphs, "fix": paragraphs}.

Every text is a ``(text, source)`` pair; ``source`` is a key of ``SOURCES`` below.  ``"own"``
marks the project's own wording: never present it as a Microsoft quote.

``WAITING`` (here, for every language) says whether sending again later can help for a reason;
a temporary (4xx) reply always can.
"""

from . import en, fr, pl

MODULES = (en, pl, fr)

SOURCES = {
    "ms:kb290842": "Microsoft KB 290842 'You receive a SMTP relay blocks error message when you "
    "send e-mail messages in Outlook', in the module's language: en archived at ftp.zx.net.nz/"
    "pub/archive/ftp.microsoft.com/MISC/KB/en-us/290/842.HTM; pl support.microsoft.com/pl-pl/"
    "help/290842; fr support.microsoft.com/kb/290842/fr (quoted verbatim; see "
    "tests/corpus_pending/relay/<lang>.json)",
    "ms:kb214402": "Microsoft KB 214402 (Outlook 2000 edition of the same article), archived at "
    "ftp.zx.net.nz/pub/mirror/ftp.microsoft.com/MISC/KB/en-us/214/402.HTM (quoted verbatim)",
    "ms:kb223477": "Microsoft KB 223477 'OL2000: Error Message \"An unknown error was returned "
    "from the SMTP server.\"', section 'Sending Mail Through Another Provider's SMTP Gateway' "
    "(quoted verbatim)",
    "ms:client": "the e-mail client's own message text in that language (Outlook Express / "
    "Outlook, as quoted in the Microsoft articles above and in tests/corpus)",
    "own": "the project's own wording, written for smtperr (not a Microsoft quote)",
}

# Reason -> whether sending again later can help: True, False, or None when it depends (a
# temporary 4xx reply always can, whatever the reason).
WAITING = {
    "relay_denied": False,
    "user_unknown": False,
    "mailbox_full": True,
    "sender_rejected": False,
    "blocked": False,
    "auth_required": False,
    "spam_detected": False,
    "policy_violation": False,
    "host_unknown": False,
    "network_error": True,
    "system_error": True,
    "system_full": True,
    "syntax_error": False,
    "content_error": False,
    "message_too_big": False,
    "limit_exceeded": False,
    "expired": True,
    "mailbox_suspended": False,
    "mailbox_moved": False,
    "not_accepting": False,
    "ptr_required": False,
    "bad_reputation": False,
    "sender_auth_failed": False,
    "virus_detected": False,
    "mailer_error": None,
    "too_many_connections": True,
    "rate_limited": True,
    "not_rfc_compliant": False,
    "filtered": False,
    "starttls_failed": False,
    "suppressed": False,
    "connection_failed": None,
    "connection_lost": True,
    "timeout": True,
    "login_failed": False,
    "tls_failed": False,
    "auth_unsupported": False,
    "on_hold": None,
    "undefined": None,
}

__all__ = ["MODULES", "SOURCES", "WAITING"]
