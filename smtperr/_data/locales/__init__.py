"""One module per language: the words email clients print, as literal tables.

A language module defines these names (and nothing that computes):

``LANGUAGE``  the tag, e.g. ``"pt-BR"`` (module name: lower case, ``-`` as ``_``).
``VERIFIED``  ``True`` when a real sample of this language's message is in ``tests/corpus/<tag>/``;
              ``False`` when none could be found.
``BASIS``     what the table rests on: the sources read (and, if unverified, why it is believed).
``LABELS``    field key -> tuple of label spellings, without the colon (the compiler accepts
              ``:``, `` :`` and ``：`` after any label, and no colon before a quote or digit).
              Keys: subject, account, server, protocol, server_response, port, ssl,
              server_error, socket_error, error_number, wlm_error_id (Windows Live Mail's
              "Windows Live Mail Error ID"), wm_error_id (Windows Mail's "Windows Mail Error ID").
``YES``/``NO`` the words the "Secure (SSL)" field shows.
``OPENINGS``  tuple of (error number, sentence): the text before the field list.  ``{recipient}``
              marks where the rejected address stands; ``{address}`` an address that is not the
              recipient (the sender of 0x800CCC78, the account of Windows Live Mail's help text).
``TEMPLATES`` tuple of (format, sentence) for formats that are sentences with slots, such as
              Outlook's task error: slots are ``{account}``, ``{error_number}``,
              ``{server_response}``, ``{recipient}``, ``{server}``, ``{subject}``; ``{_}`` is text
              to skip within a line, ``{...}`` text to skip across lines.  In a template a ``'``
              stands for any quote mark or none.
``SERVER_PHRASES`` reason -> tuple of server-reply phrases in this language as users paste them
              (localized documentation translates the server's words, e.g. "Odmowa przekazywania").

Every spelling is kept exactly as observed (capitals, accents, spaces); the compiler folds case
and whitespace.  Order within a tuple does not matter.
"""

# Priority order when labels fit several languages equally well (most common first).
LANGUAGES: tuple[str, ...] = (
    "en", "de", "fr", "es", "it", "pt-BR", "pt-PT", "nl", "pl", "ja", "zh-CN", "zh-TW", "ru",
    "sv", "nb", "da", "fi", "cs", "sk", "hu", "ro", "uk", "el", "tr", "he", "ar", "ko", "hr",
    "sl", "sr", "bg", "et", "lv", "lt", "ca", "th", "vi",
)
