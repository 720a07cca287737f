"""Greek (el)."""

LANGUAGE = "el"
VERIFIED = False
BASIS = (
    "No Greek text of the Outlook Express / Outlook / Windows Mail / Windows Live Mail message "
    "was found (searched: el-gr editions of support article "
    "65b494a4-0a15-433e-829f-e73651e0245e and KB 290842, Greek forum-style pastes).  The "
    "LABELS, YES and NO below are NOT observed: they are Microsoft's usual Greek UI terms for "
    "the English field names (Θέμα, Λογαριασμός, Διακομιστής, Πρωτόκολλο, Απόκριση διακομιστή, "
    "Θύρα, Ασφάλεια (SSL), Σφάλμα διακομιστή, Σφάλμα υποδοχής, Αριθμός σφάλματος, Ναι/Όχι), "
    "recalled, unverified hypotheses only.  No opening sentence and no Windows Live Mail label "
    "is given.  The TEMPLATES are real: Thunderbird's Greek strings from "
    "thunderbird/thunderbird-l10n "
    "el/mail/chrome/messenger/messengercompose/composeMsgs.properties (file id 44201821694)."
)

LABELS = {
    "subject": ("Θέμα",),
    "account": ("Λογαριασμός",),
    "server": ("Διακομιστής",),
    "protocol": ("Πρωτόκολλο",),
    "server_response": ("Απόκριση διακομιστή",),
    "port": ("Θύρα",),
    "ssl": ("Ασφάλεια (SSL)",),
    "server_error": ("Σφάλμα διακομιστή",),
    "socket_error": ("Σφάλμα υποδοχής",),
    "error_number": ("Αριθμός σφάλματος",),
}

YES = ("Ναι",)
NO = ("Όχι",)

OPENINGS = ()

TEMPLATES = (
    ("thunderbird", "Σφάλμα κατά την αποστολή του email. Ο διακομιστής αλληλογραφίας "
     "αποκρίθηκε: {server_response}. Ελέγξτε τον παραλήπτη '{recipient}' και δοκιμάστε "
     "ξανά."),
    ("thunderbird", "Σφάλμα κατά την αποστολή αλληλογραφίας. Ο διακομιστής αλληλογραφίας "
     "αποκρίθηκε: {server_response}. Ελέγξτε το μήνυμα και προσπαθήστε ξανά."),
    ("thunderbird", "Προέκυψε σφάλμα κατά την αποστολή email. Ο διακομιστής αλληλογραφίας "
     "απάντησε: {server_response}. Παρακαλώ βεβαιωθείτε ότι χρησιμοποιείτε τη σωστή "
     "ταυτότητα για αποστολή και ότι η τρέχουσα μέθοδος ταυτοποίησης είναι σωστή."),
    ("thunderbird", "Προέκυψε σφάλμα κατά την αποστολή email: Δεν ήταν δυνατή η δημιουργία "
     "ασφαλούς σύνδεσης με τον διακομιστή εξερχομένων (SMTP) {server} με χρήση STARTTLS, "
     "επειδή δεν κοινοποιεί αυτήν τη λειτουργία."),
    # Thunderbird's connection failures, up to the end of the sentence that names the server
    # (composeMsgs.properties smtpSendTimeout, smtpSendRequestRefused, smtpSendInterrupted,
    # smtpSendFailedUnknownServer, smtpAuthFailure; thunderbird/thunderbird-l10n el @5d7cde6f).
    ("thunderbird", "Το μήνυμα δεν στάλθηκε επειδή έληξε το όριο χρόνου σύνδεσης με τον διακομιστή SMTP {server}"),
    ("thunderbird", "Δεν ήταν δυνατή η αποστολή του μηνύματος επειδή απέτυχε η σύνδεση στον διακομιστή εξερχομένων (SMTP) '{server}'."),
    ("thunderbird", "Το μήνυμα δεν στάλθηκε επειδή χάθηκε η σύνδεση με τον διακομιστή SMTP {server}"),
    ("thunderbird", "Σφάλμα κατά την αποστολή αλληλογραφίας. Ο διακομιστής SMTP {server} είναι άγνωστος."),
    ("thunderbird", "Δεν είναι δυνατή η ταυτοποίηση στον διακομιστή εξερχομένων (SMTP) {server}"),  # smtpAuthFailure
    # Thunderbird's refusals of the sender, of the message and other server errors
    # (composeMsgs.properties errorSendingFromCommand, errorSendingDataCommand, smtpServerError;
    # thunderbird/thunderbird-l10n el @5d7cde6f).
    ("thunderbird", "Προέκυψε σφάλμα κατά την αποστολή email. Ο διακομιστής ηλεκτρονικού ταχυδρομείου απάντησε: {server_response} Βεβαιωθείτε ότι η διεύθυνση email σας είναι σωστή στις ρυθμίσεις λογαριασμού και δοκιμάστε ξανά."),
    ("thunderbird", "Σφάλμα (SMTP) κατά την αποστολή αλληλογραφίας. Ο διακομιστής αποκρίθηκε: {server_response}"),
    ("thunderbird", "Προέκυψε σφάλμα κατά την αποστολή αλληλογραφίας: σφάλμα διακομιστή εξερχομένων (SMTP). Ο διακομιστής απάντησε: {server_response}"),
    # Google Groups' report when a post is refused (the group may not exist, or the sender may
    # not post to it): sisimai set-of-emails lhost-googlegroups, in this language
    # (tests/corpus/el/ndr-google-groups).
    ("ndr", "η ομάδα με την οποία επιχειρείτε να επικοινωνήσετε ({_}) ενδέχεται να μην υπάρχει ή ενδέχεται να μην έχετε δικαίωμα ανάρτησης μηνυμάτων στην ομάδα αυτή."),
    # Apple Mail (iOS / iPadOS, macOS): the sending limit exceeded (iCloud's daily limit),
    # Apple's string for this language (kishikawakatsumi/applelocalization-tools data/ios/Message.framework.json (Delayed.strings, MF_SMTP_SENDING_LIMIT_EXCEEDED);
    # Apple's no-break hyphen written '-').
    ("apple-mail", "Απέτυχε η αποστολή του μηνύματος επειδή έγινε υπέρβαση του ορίου αποστολής σας"),
)

