"""Japanese (ja)."""

LANGUAGE = "ja"
VERIFIED = True
BASIS = (
    "Real Japanese Outlook Express messages on hehao1.seesaa.net (articles 44145698: 0x800CCC0E "
    "and 0x800CCC0F with full field lists; 44852088: Outlook task errors 0x800CCC0F/0x800CCC78), "
    "the Sakura Internet OE manual (archived 2006, 'アカウント :' with a space before the colon), "
    "the NMTnet FAQ (897825.o389qniy.asia, 0x800CCC79 opening and 'サーバーの応答:'), the "
    "machine-translated ja-jp edition of support article 65b494a4 (mixed Japanese/English labels, "
    "'サブジェクト', 'いいえ', 'リレー拒否'), and a Windows Live Mail error quoted on "
    "mysteriousramu.com ('サーバー エラー: 3207', 'Windows Live メール エラー ID: ...'). All these "
    "texts come from the pages store, which may have turned full-width ':' '(' into ASCII. Real "
    "OE says 'なし' for an unsecured connection; the KB translation says 'いいえ'. Not observed: "
    "Windows Mail's error-ID label."
)

LABELS = {
    "subject": ("件名", "サブジェクト"),
    "account": ("アカウント", "Account"),
    "server": ("サーバー", "Server"),
    "protocol": ("プロトコル", "Protocol"),
    "server_response": ("サーバーの応答", "Server Response"),
    "port": ("ポート",),
    "ssl": ("セキュリティ (SSL)", "Secure (SSL)"),
    "server_error": ("サーバー エラー",),
    "socket_error": ("ソケット エラー", "ソケットエラー"),
    "error_number": ("エラー番号",),
    "wlm_error_id": ("Windows Live メール エラー ID",),
}

YES = ("はい", "あり")  # counterparts of the observed No words; not yet seen in a sample
NO = ("なし", "いいえ")

OPENINGS = (
    ("0x800CCC79", "受信者の 1 人がサーバーによって拒否されたため、メッセージを送信できませんでした。 "
     "拒否された電子メール アドレス : {recipient}"),
    ("0x800CCC79", "受信者の一人がサーバーによって拒否されたため、メッセージを送信できませんでした。"),
    ("0x800CCC79", "いずれかの受信者がサーバーによって拒否されたため、メッセージを送信できませんでした。 "
     "拒否された電子メール アドレスは、{recipient} でした。"),
    ("0x800CCC0E", "サーバーへの接続は失敗しました。"),
    ("0x800CCC0F", "サーバーは接続を解除しました。サーバーまたはネットワークに問題があるか、"
     "またはアイドル時間が長すぎた可能性があります。"),
)

TEMPLATES = (
    ("outlook-task", "タスク '{account} - 送信中' はエラー ({error_number}) を報告しました: "
     "'{server_response}'"),
)

SERVER_PHRASES = {
    "relay_denied": ("リレー拒否",),
}
