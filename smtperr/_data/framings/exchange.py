"""Microsoft Exchange (2000-2019) and Microsoft 365 non-delivery reports, in the languages
real reports were found in: English, French, Italian, Swedish, Danish, German, Spanish,
Portuguese (Brazil), Russian, Japanese, Chinese (simplified and traditional), Dutch; Norwegian
reports share Danish's "Genererende server:" and are read by the Danish row.

Exchange 2007/2010 write the diagnostic part's "Remote Server returned '...'" in English
whatever the report's language (sisimai's French and Italian samples); Exchange 2013 and later
localize it too, with the language's own quotes (INNER).  The headings are localized.
Sources: Sisimai's set-of-emails (BSD-2-Clause), ronbeltran/bounce_email (MIT), flufl.bounce
test data (LGPL-3.0; wording only), a hosting provider's German help page
(hilfe.cloud4you.biz, the layout with placeholders), the Danish Microsoft article in
tests/corpus/da, and the figure "NDR sections" of the localized editions of Microsoft's
"DSNs and NDRs in Exchange 2013" (MicrosoftDocs/OfficeDocs-Exchange-Test-pr.<locale>,
CC-BY-4.0; an Outlook window holding the NDR in the language, transcribed in tests/corpus;
the ko-kr and zh-tw editions show the English one).  Heading rows leave out a trailing colon
whose width (ASCII or full-width) the screenshot does not tell.

Later additions, each with what it rests on:

* Chinese (traditional) head: a bounce service's regular expression for the reports its
  mailbox received (GitHub file, index id 52039297486, "Chinese/Exchange format"); no pasted
  report was found, so only the head is given (Exchange 2007/2010 keep "Remote Server
  returned" in English, which REPLIES reads anywhere).
* Dutch (Microsoft 365): Sisimai's Office365 decoder (sisimai/p5-sisimai
  lib/Sisimai/Lhost/Office365.pm at b733d728c0c24d2a537ae426aa2b6bc8bf915de1, BSD-2-Clause),
  which holds the head, the diagnostic heading and "Bronserver:" read from the Dutch reports
  it decodes; the head also in a mailbox cleaner's list of bounce sentences (GitHub file,
  index id 27724913828).  No pasted Dutch report was found.
* German Exchange 2000/2003 report as Outlook renders it ("Ihre Nachricht hat einige oder
  alle Empfänger nicht erreicht." / "Folgende Empfänger konnten nicht erreicht werden:"):
  Microsoft KB Q229148 (jeffpar/kbarchive kb/229/Q229148/README.md at e92bde762b), which
  quotes a German Outlook 98 report (tests/corpus/de/exchange-ndr-exchange55-kb229148).  The
  archive lost the umlaut ("Empf?nger"), as pastes often do: the word is a skip slot.
* German, Microsoft 365's current layout: its first line "Ihre Nachricht an <recipient> konnte
  nicht zugestellt werden." from a user's paste (GitHub fschulze/jumpnbump#3; the German
  template in locales/de.py gives the recipient when no diagnostic part is pasted), and a
  user's paste of the diagnostic part (GitHub FundersClub/fire#441, tests/corpus/de/
  exchange-ndr-o365-de-expired): the German headings above ("Diagnoseinformationen für
  Administratoren:", "Generierender Server:", also "Empfangender Server:" and
  "Ursprüngliche Nachrichtenköpfe:") around attempts written in English ("<date> - Server at
  <host> returned '...'", read by the English INNER row).
* Searched for and not found (pages, code, issues stores; GitHub strings): Korean, Czech,
  Polish, Turkish, Hungarian, Finnish, Portuguese (Portugal) and the Microsoft 365 layout
  ("Your message to ... couldn't be delivered.") in any language but English (and German,
  found later, above); Microsoft's
  ko-kr and zh-tw documentation shows the English report, and its machine-translated text
  names the sections in words that are not the product's.
* Searched for again (2026-12-05), still not found: Korean, Czech, Polish and Turkish reports
  (heads, "Diagnostic information for administrators", "Generating server", "Remote Server
  returned" and the Microsoft 365 layout in those languages) in the GitHub strings index, the
  pages and issues stores and Microsoft's localized documentation; the Microsoft 365 layout
  ("Your message to ... couldn't be delivered.", "Original message headers") in any language
  but English and German.  The OfficeDocs-Exchange-Test-pr editions stored are de, es, fr, it, ja, ko,
  pt-br, ru, zh-cn and zh-tw only (no cs, pl, tr, nl, sv); the ko-kr page's section names are
  machine translation of the English figure ("파일 생성: 서버").  Microsoft's support article
  "Failed delivery messages from the postmaster" (eb34d15e) names the diagnostic section in
  the product's words in de, es, fr, it and ja (matching the rows above); its cs, pl, tr, ko,
  zh-tw and Nordic editions are not in the stores.  Sisimai's set-of-emails holds no
  Exchange report in those languages (Content-Language en, fr-FR, it-CH only).
"""

FORMAT = "exchange-ndr"

HEADS = (
    ("en", "Delivery has failed to these recipients or groups:",
     "sisimai set-of-emails lhost-exchange2007-04; bounce_email tt_1525688129"),
    ("en", "Delivery has failed to these recipients or distribution lists:",
     "sisimai lhost-exchange2007-01; tests/corpus/en/exchange-ndr-exchange2007-user-unknown"),
    ("en", "Your message to {recipient} couldn't be delivered.",
     "sisimai lhost-office365-13, rhost-microsoft-03"),
    ("en", "Your message did not reach some or all of the intended recipients.",
     "sisimai lhost-exchange2003-04; flufl.bounce simple_34 (hMailServer)"),
    ("en", "did not reach the following recipient(s):", "sisimai lhost-exchange2003-01"),
    ("fr", "Échec de la remise pour ces destinataires ou groupes :",
     "sisimai lhost-exchange2007-06; tests/corpus/fr/exchange-ndr-exchange2013-fr"),
    ("it", "Il recapito non è riuscito per i seguenti destinatari o gruppi:",
     "sisimai lhost-exchange2007-07; tests/corpus/it/exchange-ndr-exchange2013-it"),
    ("sv", "Det gick inte att leverera till följande mottagare eller grupper:",
     "bounce_email tests/bounces/tt_bounce_24.txt; tests/corpus/sv/exchange-ndr-exchange2010-sv"),
    ("da", "Levering er ikke udført på disse modtagere eller grupper:",
     "tests/corpus/da/exchange-ndr-office365-dansk-wiki"),
    ("fr", "La remise a échoué pour ces destinataires ou groupes :",
     "MS Docs OfficeDocs-Exchange-Test-pr.fr-fr bb232118 figure; tests/corpus/fr/exchange-ndr-exchange2013-fr-docs"),
    ("de", "Übermittlung an folgende Empfänger oder Gruppen fehlgeschlagen:",
     "MS Docs OfficeDocs-Exchange-Test-pr.de-de bb232118 figure; tests/corpus/de/exchange-ndr-exchange2013-de-docs"),
    ("es", "No se pudo entregar a estos destinatarios o grupos:",
     "MS Docs OfficeDocs-Exchange-Test-pr.es-es bb232118 figure; tests/corpus/es/exchange-ndr-exchange2013-es-docs"),
    ("pt-BR", "Falha na entrega aos seguintes destinatários ou grupos:",
     "MS Docs OfficeDocs-Exchange-Test-pr.pt-br bb232118 figure; tests/corpus/pt-BR/exchange-ndr-exchange2013-pt-br-docs"),
    ("ru", "Не удалось выполнить доставку следующим получателям или группам:",
     "MS Docs OfficeDocs-Exchange-Test-pr.ru-ru bb232118 figure; tests/corpus/ru/exchange-ndr-exchange2013-ru-docs"),
    ("ja", "次の受信者またはグループへの配信に失敗しました",
     "MS Docs OfficeDocs-Exchange-Test-pr.ja-jp bb232118 figure; tests/corpus/ja/exchange-ndr-exchange2013-ja-docs"),
    ("zh-CN", "无法传递到这些收件人或组",
     "MS Docs OfficeDocs-Exchange-Test-pr.zh-cn bb232118 figure; tests/corpus/zh-CN/exchange-ndr-exchange2013-zh-cn-docs"),
    ("zh-TW", "傳送至下列收件者或群組失敗",
     "GitHub file index id 52039297486 (a bounce service's pattern for the reports it received)"),
    ("nl", "Uw bericht kan niet worden bezorgd bij de volgende geadresseerden of groepen:",
     "sisimai/p5-sisimai lib/Sisimai/Lhost/Office365.pm@b733d728; GitHub file index id 27724913828"),
    # Exchange 2000/2003 as a German Outlook renders it; the umlaut word is a skip slot.
    ("de", "Ihre Nachricht hat einige oder alle {_} nicht erreicht.",
     "Microsoft KB Q229148 (jeffpar/kbarchive); tests/corpus/de/exchange-ndr-exchange55-kb229148"),
    # Microsoft 365's current layout in German (English "Your message to ... couldn't be
    # delivered.").
    ("de", "Ihre Nachricht an {recipient} konnte nicht zugestellt werden.",
     "GitHub fschulze/jumpnbump#3 (a user's paste, 2021); tests/corpus/de/exchange-ndr-o365-de-user-part"),
    # Exchange 2013+ (Spanish) for recipients another organization refused: each recipient,
    # then "<host> produjo este error:" over the refusal's words (INNER).
    ("es", "{server} rechazó su mensaje a las siguientes direcciones de correo electrónico:",
     "pastebin.com/TWqZLwgN (a user's paste); tests/corpus/es/exchange-ndr-pastebin-perfora-rejected"),
)

SECTIONS = (
    ("en", "Diagnostic information for administrators:", "sisimai lhost-exchange2007-01"),
    ("en", "Generating server: {server}", "sisimai lhost-exchange2007-01"),
    ("en", "More Info for Email Admins", "sisimai lhost-office365-13"),
    ("fr", "Informations de diagnostic pour les administrateurs :", "sisimai lhost-exchange2007-06"),
    ("fr", "Serveur de génération : {server}", "sisimai lhost-exchange2007-06"),
    ("it", "Informazioni di diagnostica per gli amministratori:", "sisimai lhost-exchange2007-07"),
    ("it", "Server di generazione: {server}", "sisimai lhost-exchange2007-07"),
    ("sv", "Diagnostisk information för administratörer:", "bounce_email tt_bounce_24"),
    ("sv", "Genererande server: {server}", "bounce_email tt_bounce_24"),
    ("da", "Fejlfindingsoplysninger for administratorer:", "tests/corpus/da (Microsoft article)"),
    ("da", "Genererende server: {server}", "tests/corpus/da (Microsoft article)"),
    ("de", "Diagnoseinformationen für Administratoren", "hilfe.cloud4you.biz hosted-exchange"),
    ("de", "Generierender Server: {server}", "hilfe.cloud4you.biz hosted-exchange"),
    ("es", "Información de diagnóstico para administradores:",
     "MS Docs OfficeDocs-Exchange-Test-pr.es-es bb232118 figure; tests/corpus/es/exchange-ndr-exchange2013-es-docs"),
    ("es", "Servidor de origen: {server}",
     "MS Docs OfficeDocs-Exchange-Test-pr.es-es bb232118 figure; tests/corpus/es/exchange-ndr-exchange2013-es-docs"),
    # Spanish and Portuguese wordings of other builds, as users pasted them.
    ("es", "Información de diagnóstico para los administradores:", "pastebin.com/JHaPQHk7 (a user's paste); tests/corpus/es/exchange-ndr-pastebin-exrecipnotfound"),
    ("es", "Generando servidor: {server}", "pastebin.com/JHaPQHk7 (a user's paste); tests/corpus/es/exchange-ndr-pastebin-exrecipnotfound"),
    ("pt-BR", "Gerando servidor: {server}", "pastebin.com/BxEWDHGy (a user's paste); tests/corpus/pt-BR/exchange-ndr-pastebin-sender-verify"),
    ("pt-BR", "Informações de diagnóstico para administradores:",
     "MS Docs OfficeDocs-Exchange-Test-pr.pt-br bb232118 figure; tests/corpus/pt-BR/exchange-ndr-exchange2013-pt-br-docs"),
    ("pt-BR", "Servidor de origem: {server}",
     "MS Docs OfficeDocs-Exchange-Test-pr.pt-br bb232118 figure; tests/corpus/pt-BR/exchange-ndr-exchange2013-pt-br-docs"),
    ("ru", "Диагностические сведения для администраторов:",
     "MS Docs OfficeDocs-Exchange-Test-pr.ru-ru bb232118 figure; tests/corpus/ru/exchange-ndr-exchange2013-ru-docs"),
    ("ru", "Формирующий сервер: {server}",
     "MS Docs OfficeDocs-Exchange-Test-pr.ru-ru bb232118 figure; tests/corpus/ru/exchange-ndr-exchange2013-ru-docs"),
    # Hungarian and Polish, as users pasted them (pastebin.com/zJNvt8hM, /iFpgpLWp).
    ("hu", "Létrehozó kiszolgáló: {server}",
     "pastebin.com/zJNvt8hM; tests/corpus/hu/exchange-ndr-pastebin-imceaex-wrapped"),
    ("pl", "Informacje diagnostyczne dla administratorów:",
     "pastebin.com/iFpgpLWp; tests/corpus/pl/exchange-dsn-pastebin-delayed-447"),
    ("pl", "Generowanie serwera: {server}",
     "pastebin.com/iFpgpLWp; tests/corpus/pl/exchange-dsn-pastebin-delayed-447"),
    ("ja", "管理者向けの診断情報",
     "MS Docs OfficeDocs-Exchange-Test-pr.ja-jp bb232118 figure; tests/corpus/ja/exchange-ndr-exchange2013-ja-docs"),
    ("ja", "生成サーバー: {server}",
     "MS Docs OfficeDocs-Exchange-Test-pr.ja-jp bb232118 figure; tests/corpus/ja/exchange-ndr-exchange2013-ja-docs"),
    ("zh-CN", "面向管理员的诊断信息",
     "MS Docs OfficeDocs-Exchange-Test-pr.zh-cn bb232118 figure; tests/corpus/zh-CN/exchange-ndr-exchange2013-zh-cn-docs"),
    ("zh-CN", "生成服务器:{server}",
     "MS Docs OfficeDocs-Exchange-Test-pr.zh-cn bb232118 figure; tests/corpus/zh-CN/exchange-ndr-exchange2013-zh-cn-docs"),
    ("nl", "Diagnostische gegevens voor beheerders:",
     "sisimai/p5-sisimai lib/Sisimai/Lhost/Office365.pm@b733d728"),
    ("nl", "Bronserver: {server}", "sisimai/p5-sisimai lib/Sisimai/Lhost/Office365.pm@b733d728"),
)

REPLIES = (
    ("en", "Remote Server returned '{reply}'", "sisimai lhost-exchange2007-06"),
    # Microsoft 365's reports as Microsoft's localized help quotes them, alone (the fix
    # pages for 5.1.8 and 5.7.711; machine translation, the quote marks as each edition has
    # them).
    ("es", "Servidor remoto devolvió '{reply}'",
     "MS Docs OfficeDocs-O365SecComp-pr.es-es 5.1.8 page; tests/corpus/es/exchange-ndr-o365-docs-518"),
    ("fr", "Le serveur distant a renvoyé {reply}",
     "MS Docs OfficeDocs-O365SecComp-pr.fr-fr 5.1.8 page; tests/corpus/fr/exchange-ndr-o365-docs-518"),
    ("fr", "Serveur distant a retourné « {reply} »",
     "MS Docs OfficeDocs-O365SecComp-pr.fr-fr 5.1.8 page (another revision)"),
    ("fr", "Le serveur distant a retourné la valeur {reply}",
     "MS Docs (fr-fr) connectors-remove-blocked, the 5.7.711 report's text"),
    ("it", "server remoto ha restituito {reply}",
     "MS Docs OfficeDocs-O365SecComp-pr.it-it 5.1.8 page (two revisions: 'Server remoto ...', 'Il server remoto ...')"),
    ("pt-BR", "Servidor remoto retornou '{reply}'",
     "MS Docs OfficeDocs-O365SecComp-pr.pt-br 5.1.8 page; tests/corpus/pt-BR/exchange-ndr-o365-docs-518"),
    ("de", "Der Remoteserver hat „{reply}“ zurückgegeben.",
     "German Microsoft 365 docs on restricted senders (github-index file 552729644)"),
)

INNER = (
    ("es", "({recipient}) {server} produjo este error: {reply}", "pastebin.com/TWqZLwgN (a user's paste); tests/corpus/es/exchange-ndr-pastebin-perfora-rejected"),
    # Exchange 2007/2010: the recipient, then the reply between '#' and '##'.
    ("en", "#{reply} ##", "sisimai lhost-exchange2007-01; bounce_email tt_bounce_24"),
    # Exchange 2010 about a remote server: "#< #5.1.1 smtp;550 5.1.1 ...> #SMTP#".
    ("en", "# {status} smtp; {reply}> #SMTP#",
     "tests/corpus/da/exchange-ndr-office365-dansk-wiki; a Microsoft support article"),
    ("en", "Remote Server at {server} returned '{reply}'", "sisimai lhost-exchange2007-05"),
    ("en", "Server at {server} returned '{reply}'", "sisimai lhost-office365-06"),
    # Microsoft 365's newer layout.
    ("en", "Reported error: {reply}", "sisimai lhost-office365-13"),
    ("en", "Status code: {reply}", "sisimai rhost-microsoft-03"),
    # Exchange 2000/2003: the recipient "on <date>", then the reason in words.
    ("en", "did not reach the following recipient(s): {_} on {line}{reply} The MTS-ID of the "
     "original message is:", "sisimai lhost-exchange2003-02"),
    ("en", "did not reach the following recipient(s): {_} on {line}{reply} MSEXCH:",
     "sisimai lhost-exchange2003-01"),
    ("en", "The following recipient(s) could not be reached: {_} on {line}{reply} MSEXCH:",
     "sisimai lhost-exchange2003-04"),
    ("de", "Folgende {_} konnten nicht erreicht werden: {_} am {line}{reply} MSEXCH:",
     "Microsoft KB Q229148 (jeffpar/kbarchive); tests/corpus/de/exchange-ndr-exchange55-kb229148"),
    # hMailServer in the Exchange 2003 layout.
    ("en", "Remote server replied: {reply}", "flufl.bounce simple_34"),
    # Exchange 2013 and later localize "Remote Server returned '...'" (the Microsoft
    # documentation's localized screenshots; quotes as each language writes them).
    ("fr", "Le serveur distant a renvoyé '{reply}'",
     "MS Docs OfficeDocs-Exchange-Test-pr.fr-fr bb232118 figure; tests/corpus/fr/exchange-ndr-exchange2013-fr-docs"),
    ("de", "Remoteserver hat „{reply}“ zurückgegeben.",
     "MS Docs OfficeDocs-Exchange-Test-pr.de-de bb232118 figure; tests/corpus/de/exchange-ndr-exchange2013-de-docs"),
    ("es", "El servidor remoto devolvió “{reply}”",
     "MS Docs OfficeDocs-Exchange-Test-pr.es-es bb232118 figure; tests/corpus/es/exchange-ndr-exchange2013-es-docs"),
    ("pt-BR", "O Servidor Remoto retornou “{reply}”",
     "MS Docs OfficeDocs-Exchange-Test-pr.pt-br bb232118 figure; tests/corpus/pt-BR/exchange-ndr-exchange2013-pt-br-docs"),
    ("it", "Il server remoto ha restituito l’errore “{reply}”",
     "MS Docs OfficeDocs-Exchange-Test-pr.it-it bb232118 figure; tests/corpus/it/exchange-ndr-exchange2013-it-docs"),
    ("ru", "Удаленный сервер возвратил ошибку “{reply}”",
     "MS Docs OfficeDocs-Exchange-Test-pr.ru-ru bb232118 figure; tests/corpus/ru/exchange-ndr-exchange2013-ru-docs"),
    ("ja", "リモート サーバーが '{reply}' を返しました。",
     "MS Docs OfficeDocs-Exchange-Test-pr.ja-jp bb232118 figure; tests/corpus/ja/exchange-ndr-exchange2013-ja-docs"),
    ("zh-CN", "远程服务器返回了“{reply}”",
     "MS Docs OfficeDocs-Exchange-Test-pr.zh-cn bb232118 figure; tests/corpus/zh-CN/exchange-ndr-exchange2013-zh-cn-docs"),
)

# The wording that opens a window for this family (units of the gate): a few
# sentences that its messages carry near their reply, chosen to share pieces with others.
GATE = (
    ("hu", "Létrehozó kiszolgáló", "pastebin.com/zJNvt8hM"),
    ("pl", "Informacje diagnostyczne dla administratorów", "pastebin.com/iFpgpLWp"),
    ("es", "rechazó su mensaje a las siguientes direcciones", "pastebin.com/TWqZLwgN (a user's paste); tests/corpus/es/exchange-ndr-pastebin-perfora-rejected"),
    ("en", "failed to these recipients or groups",
     "sisimai lhost-exchange2007-04"),
    ("es", "Servidor remoto devolvió", "MS Docs OfficeDocs-O365SecComp-pr.es-es 5.1.8 page"),
    ("fr", "serveur distant a renvoyé", "MS Docs OfficeDocs-O365SecComp-pr.fr-fr 5.1.8 page"),
    ("fr", "serveur distant a retourné", "MS Docs (fr-fr) 5.1.8 and 5.7.711 pages"),
    ("pt-BR", "Servidor remoto retornou", "MS Docs OfficeDocs-O365SecComp-pr.pt-br 5.1.8 page"),
    ("de", "Der Remoteserver hat", "German Microsoft 365 docs (github-index file 552729644)"),
    ("en", "failed to these recipients or distribution lists",
     "sisimai lhost-exchange2007-01"),
    ("en", "couldn't be delivered",
     "sisimai lhost-office365-13"),
    ("en", "all of the intended recipients",
     "sisimai lhost-exchange2003-04"),
    ("en", "did not reach the following recipient(s)",
     "sisimai lhost-exchange2003-01"),
    ("en", "Diagnostic information for",
     "sisimai lhost-exchange2007-01"),
    ("en", "Info for Email Admins",
     "sisimai lhost-office365-13"),
    ("en", "Remote Server returned",
     "sisimai lhost-exchange2007-06"),
    ("fr", "Échec de la remise",
     "sisimai lhost-exchange2007-06"),
    ("fr", "Informations de diagnostic",
     "sisimai lhost-exchange2007-06"),
    ("it", "Il recapito non è riuscito",
     "sisimai lhost-exchange2007-07"),
    ("sv", "leverera till följande mottagare",
     "bounce_email tt_bounce_24"),
    ("sv", "Diagnostisk information för",
     "bounce_email tt_bounce_24"),
    ("da", "Levering er ikke udført",
     "tests/corpus/da/exchange-ndr-office365-dansk-wiki"),
    ("de", "Diagnoseinformationen für",
     "hilfe.cloud4you.biz"),
    ("fr", "La remise a échoué",
     "MS Docs OfficeDocs-Exchange-Test-pr.fr-fr bb232118 figure; tests/corpus/fr/exchange-ndr-exchange2013-fr-docs"),
    ("de", "Übermittlung an folgende Empfänger",
     "MS Docs OfficeDocs-Exchange-Test-pr.de-de bb232118 figure; tests/corpus/de/exchange-ndr-exchange2013-de-docs"),
    ("es", "Información de diagnóstico",
     "MS Docs OfficeDocs-Exchange-Test-pr.es-es bb232118 figure; tests/corpus/es/exchange-ndr-exchange2013-es-docs"),
    ("pt-BR", "Informações de diagnóstico",
     "MS Docs OfficeDocs-Exchange-Test-pr.pt-br bb232118 figure; tests/corpus/pt-BR/exchange-ndr-exchange2013-pt-br-docs"),
    ("ru", "Диагностические сведения для администраторов",
     "MS Docs OfficeDocs-Exchange-Test-pr.ru-ru bb232118 figure; tests/corpus/ru/exchange-ndr-exchange2013-ru-docs"),
    ("ru", "Не удалось выполнить доставку",
     "MS Docs OfficeDocs-Exchange-Test-pr.ru-ru bb232118 figure; tests/corpus/ru/exchange-ndr-exchange2013-ru-docs"),
    ("ja", "管理者向けの診断情報",
     "MS Docs OfficeDocs-Exchange-Test-pr.ja-jp bb232118 figure; tests/corpus/ja/exchange-ndr-exchange2013-ja-docs"),
    ("ja", "配信に失敗しました",
     "MS Docs OfficeDocs-Exchange-Test-pr.ja-jp bb232118 figure; tests/corpus/ja/exchange-ndr-exchange2013-ja-docs"),
    ("zh-CN", "面向管理员的诊断信息",
     "MS Docs OfficeDocs-Exchange-Test-pr.zh-cn bb232118 figure; tests/corpus/zh-CN/exchange-ndr-exchange2013-zh-cn-docs"),
    ("zh-CN", "无法传递到这些收件人或组",
     "MS Docs OfficeDocs-Exchange-Test-pr.zh-cn bb232118 figure; tests/corpus/zh-CN/exchange-ndr-exchange2013-zh-cn-docs"),
    ("zh-TW", "傳送至下列收件者或群組失敗",
     "GitHub file index id 52039297486"),
    ("nl", "Diagnostische gegevens voor",
     "sisimai/p5-sisimai lib/Sisimai/Lhost/Office365.pm@b733d728"),
    ("de", "konnten nicht erreicht werden",
     "Microsoft KB Q229148 (jeffpar/kbarchive); tests/corpus/de/exchange-ndr-exchange55-kb229148"),
)
