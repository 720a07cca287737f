"""Turkish (tr)."""

LANGUAGE = "tr"
VERIFIED = False
BASIS = (
    "No real Turkish text of these messages was found (pages, code, issues and docs stores "
    "searched for the tr-tr edition of support article 65b494a4, Turkish Outlook Express / "
    "Windows Live Mail pastes and the strings 'Hata Numarası: 0x800CCC', 'Güvenli(SSL)'). Every "
    "label below is a rendering in Microsoft's Turkish UI terminology (Konu, Hesap, Sunucu, "
    "Protokol, Sunucu Yanıtı, Bağlantı Noktası for port, Güvenli, Sunucu Hatası, Yuva Hatası for "
    "socket error, Hata Numarası, Evet/Hayır), recalled, not observed: hypotheses only. No "
    "opening sentences are given because none was seen."
)

LABELS = {
    "subject": ("Konu",),
    "account": ("Hesap",),
    "server": ("Sunucu",),
    "protocol": ("Protokol",),
    "server_response": ("Sunucu Yanıtı",),
    "port": ("Bağlantı Noktası", "Port"),
    "ssl": ("Güvenli (SSL)", "Güvenli(SSL)"),
    "server_error": ("Sunucu Hatası",),
    "socket_error": ("Yuva Hatası", "Soket Hatası"),
    "error_number": ("Hata Numarası",),
}

YES = ("Evet",)
NO = ("Hayır",)

OPENINGS = ()

TEMPLATES = ()

