"""Client names that a label keeps untranslated in every language.

Microsoft's localized clients name themselves inside their error-ID label, in whatever
order the language puts the words: "Windows Live Mail Error ID", "ID de Erro do Windows Live
Mail", "Windows Live メール エラー ID", "Код ошибки программы Почта Windows Live".  A label of a
language without a table that holds one of these names, before an error number, is that
client's error ID.  Rows: (name, field, where it was seen).  Longer names first: "Windows Live
Mail" holds no "Windows Mail", but a name tried first wins.
"""

ERROR_ID_NAMES = (
    ("Windows Live", "wlm_error_id",
     "pt-PT tests/corpus/pt-PT/hx-056-wlm-0x800CCC79 ('ID de Erro do Windows Live Mail'); "
     "ja mysteriousramu.com ('Windows Live メール エラー ID'); ru bitbucket fragment "
     "('Код ошибки программы Почта Windows Live'); en 'Windows Live Mail Error ID'"),
    ("Windows Mail", "wm_error_id",
     "en 'Windows Mail Error ID' (tests/corpus/en, Windows Mail pastes)"),
)
