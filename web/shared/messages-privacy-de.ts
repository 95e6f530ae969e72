// The privacy notice (/datenschutz), German: plain words, for pupils, parents and the school's data
// protection officer alike. The facts ({days}, names, lifetimes) come from the running system.
export const privacyDe = {
  'footer.privacy': 'Datenschutz',
  'privacy.title': 'Datenschutz',
  'privacy.intro':
    'Hier steht, welche Daten SchulID über dich speichert, wofür und wie lange. Alles auf dieser Seite kommt direkt aus den Einstellungen, mit denen SchulID gerade läuft.',
  'privacy.controller.title': 'Wer ist verantwortlich?',
  'privacy.controller.school': 'Verantwortlich für deine Daten ist deine Schule: {school}.',
  'privacy.controller.contact': 'So erreichst du die Schule: {contact}',
  'privacy.controller.dpo': 'Datenschutzbeauftragte Person der Schule: {name}',
  'privacy.controller.dpoContact': 'Kontakt: {contact}',
  'privacy.controller.missing':
    'Die Schule hat ihre Kontaktdaten noch nicht eingetragen. Frag im Sekretariat oder bei deiner Lehrkraft.',
  'privacy.controller.noSchool':
    'Verantwortlich für deine Daten ist deine Schule. Öffne diese Seite über den Link in SchulID, dann steht hier deine Schule.',
  'privacy.operator.title': 'Wer betreibt SchulID?',
  'privacy.operator.text':
    '{name} betreibt SchulID im Auftrag der Schulen (Auftragsverarbeitung nach Art. 28 DSGVO). Kontakt: {contact}',
  'privacy.data.title': 'Welche Daten, wofür?',
  'privacy.data.account':
    'Dein Konto: ein Benutzername ohne deinen echten Namen, deine Rolle, deine Schule und deine Klassen. Damit du dich anmelden kannst.',
  'privacy.data.learning':
    'Dein Lernen: welche Aufgaben du gerechnet hast, deine Antworten, ob sie richtig waren und wie lange du gebraucht hast. Damit du Rückmeldung bekommst und deine Lehrkraft sieht, was du schon kannst.',
  'privacy.data.logins':
    'Deine Anmeldungen: wann, aus welchem Land und ob sie erlaubt waren. Die Internet-Adresse wird gekürzt gespeichert. Zum Schutz deines Kontos.',
  'privacy.data.messages': 'Nachrichten von SchulID an dich, zum Beispiel über eine gesperrte Anmeldung.',
  'privacy.data.audit':
    'Was Lehrkräfte und die Schulleitung verwalten (zum Beispiel eine neue Klasse), mit ihrem Benutzernamen. Damit die Schule nachvollziehen kann, wer was geändert hat.',
  'privacy.data.research':
    'Für Forschung nur, wenn deine Schule bei einer Studie mitmacht: ohne Namen, mit einem Kennzeichen, das nur für diese Studie gilt. Du kannst widersprechen.',
  'privacy.retention.title': 'Wie lange?',
  'privacy.retention.what': 'Was',
  'privacy.retention.howLong': 'Wie lange',
  'privacy.retention.days': '{days} Tage',
  'privacy.retention.restoreBin':
    'Gelöschte Konten und Klassen im Papierkorb (danach endgültig gelöscht, auch das Anmeldekonto)',
  'privacy.retention.loginAttempts': 'Anmeldeversuche',
  'privacy.retention.inactivity': 'Konten, mit denen sich lange niemand angemeldet hat (kommen in den Papierkorb)',
  'privacy.retention.inactivityMonths': 'nach {months} Monaten ohne Anmeldung',
  'privacy.retention.inactivityNever': 'nie (die Schule hat das ausgeschaltet)',
  'privacy.retention.messages': 'Nachrichten',
  'privacy.retention.auditLog': 'Protokoll der Schule',
  'privacy.retention.exportFiles': 'Forschungsexporte auf dem Server',
  'privacy.retention.researchReleases':
    'Welche Lernversuche in einen Forschungsexport gingen (bleibt auf dem Server, nur um spätere Exporte zu prüfen)',
  'privacy.retention.researchReleasesUntil':
    'bis jede Studie beendet ist, die Daten derselben Schule und Woche exportieren könnte',
  'privacy.retention.serverLogs': 'Protokolle des Webservers (ohne volle Internet-Adresse)',
  'privacy.retention.loginEvents': 'Anmelde-Ereignisse im Anmeldedienst (Keycloak)',
  'privacy.retention.adminEvents': 'Verwaltungs-Ereignisse im Anmeldedienst (Keycloak)',
  'privacy.retention.learning':
    'Deine Aufgaben und Antworten bleiben, solange du ein Konto hast, aber höchstens {months} Monate nach dem Monat, in dem du sie bearbeitet hast. Wird dein Konto gelöscht, kommt es erst in den Papierkorb und wird dann ganz gelöscht.',
  'privacy.session':
    'Eine Anmeldung gilt höchstens {hours} Stunden. Wer {minutes} Minuten nichts tut, wird abgemeldet.',
  'privacy.cookies.title': 'Cookies und Speicher auf dem Gerät',
  'privacy.cookies.intro':
    'SchulID nutzt nur Cookies, die für die Anmeldung nötig sind. Keine Werbung, keine Statistik, keine fremden Dienste.',
  'privacy.cookies.name': 'Name',
  'privacy.cookies.setBy': 'Von',
  'privacy.cookies.purpose': 'Wofür',
  'privacy.cookies.lifetime': 'Wie lange',
  'privacy.cookies.setBy.app': 'SchulID',
  'privacy.cookies.setBy.keycloak': 'Anmeldedienst (Keycloak)',
  'privacy.cookies.purpose.app-session': 'Hält dich in SchulID angemeldet.',
  'privacy.cookies.purpose.login-session': 'Hält dich beim Anmeldedienst angemeldet.',
  'privacy.cookies.purpose.login-in-progress': 'Merkt sich eine Anmeldung, die gerade läuft.',
  'privacy.cookies.purpose.login-language': 'Merkt sich die Sprache der Anmeldeseite.',
  'privacy.cookies.browserSession': 'Bis der Browser geschlossen wird',
  'privacy.cookies.browserSessionAtMost': 'Bis der Browser geschlossen wird, höchstens {hours} Stunden',
  'privacy.cookies.seconds': '{seconds} Sekunden',
  'privacy.cookies.hours': '{hours} Stunden',
  'privacy.storage.title': 'Speicher auf dem Gerät',
  'privacy.storage.purpose.language': 'Die Sprache, die du gewählt hast.',
  'privacy.storage.purpose.unsent-answers':
    'Eine Antwort, die noch nicht gesendet ist (zum Beispiel ohne WLAN). Wird gelöscht, sobald sie angekommen ist.',
  'privacy.studies.title': 'Studien deiner Schule',
  'privacy.studies.none': 'Deine Schule macht gerade bei keiner Studie mit.',
  'privacy.studies.range': '{from} bis {to}',
  'privacy.studies.ended': 'beendet',
  'privacy.rights.title': 'Deine Rechte',
  'privacy.rights.access':
    'Auskunft und Kopie (Art. 15 und 20 DSGVO): Du kannst alle Daten über dich herunterladen. Eltern fragen die Schule.',
  'privacy.rights.rectification': 'Berichtigung (Art. 16): Ein falscher Benutzername wird von der Lehrkraft geändert.',
  'privacy.rights.erasure': 'Löschung (Art. 17): Die Schule löscht dein Konto, es kommt zuerst in den Papierkorb.',
  'privacy.rights.restriction':
    'Einschränkung (Art. 18): Die Schulleitung kann dein Konto sperren. Dann bleiben die Daten, werden aber nicht genutzt.',
  'privacy.rights.objection':
    'Widerspruch (Art. 21): Sag deiner Lehrkraft, wenn du nicht bei der Forschung dabei sein willst.',
  'privacy.rights.complaint': 'Beschwerde: Du kannst dich bei der Datenschutz-Aufsicht beschweren: {name}.',
  'privacy.rights.complaintLink': 'Liste der Aufsichtsbehörden',
  'privacy.toLogin': 'Zur Anmeldung',
  'privacyContacts.title': 'Datenschutz-Kontakte der Schule',
  'privacyContacts.intro':
    'Die Schule ist für die Daten ihrer Schülerinnen und Schüler verantwortlich. Was hier steht, zeigt die Datenschutz-Seite allen, auch vor der Anmeldung.',
  'privacyContacts.controllerContact': 'Anschrift und Kontakt der Schule',
  'privacyContacts.dpoName': 'Datenschutzbeauftragte Person',
  'privacyContacts.dpoContact': 'Kontakt der datenschutzbeauftragten Person',
  'privacyContacts.saved': 'Gespeichert. Die Datenschutz-Seite zeigt es ab jetzt.',
  'privacyContacts.view': 'Datenschutz-Seite ansehen',
} as const;
