// The privacy notice (/datenschutz), English: the same facts as the German text.
import type { privacyDe } from './messages-privacy-de';

export const privacyEn: Record<keyof typeof privacyDe, string> = {
  'footer.privacy': 'Privacy',
  'privacy.title': 'Privacy',
  'privacy.intro':
    'What SchulID stores about you, what for and for how long. Everything on this page comes straight from the settings SchulID is running with.',
  'privacy.controller.title': 'Who is responsible?',
  'privacy.controller.school': 'Your school is responsible for your data: {school}.',
  'privacy.controller.contact': 'How to reach the school: {contact}',
  'privacy.controller.dpo': "The school's data protection officer: {name}",
  'privacy.controller.dpoContact': 'Contact: {contact}',
  'privacy.controller.missing':
    'The school has not entered its contact details yet. Ask the school office or your teacher.',
  'privacy.controller.noSchool':
    'Your school is responsible for your data. Open this page from the link in SchulID to see your school here.',
  'privacy.operator.title': 'Who runs SchulID?',
  'privacy.operator.text':
    '{name} runs SchulID on behalf of the schools (processing under Art. 28 GDPR). Contact: {contact}',
  'privacy.data.title': 'Which data, what for?',
  'privacy.data.account':
    'Your account: a username without your real name, your role, your school and your classes. So that you can log in.',
  'privacy.data.learning':
    'Your learning: which tasks you worked on, your answers, whether they were right and how long you took. So that you get feedback and your teacher sees what you can do.',
  'privacy.data.logins':
    'Your logins: when, from which country and whether they were allowed. The internet address is stored shortened. To protect your account.',
  'privacy.data.messages': 'Messages from SchulID to you, for example about a blocked login.',
  'privacy.data.audit':
    'What teachers and the school management administer (for example a new class), with their username. So that the school can see who changed what.',
  'privacy.data.research':
    'For research only when your school takes part in a study: without names, with a code that holds for that study only. You can object.',
  'privacy.retention.title': 'For how long?',
  'privacy.retention.what': 'What',
  'privacy.retention.howLong': 'How long',
  'privacy.retention.days': '{days} days',
  'privacy.retention.restoreBin':
    'Deleted accounts and classes in the restore bin (then deleted for good, the login account too)',
  'privacy.retention.loginAttempts': 'Login attempts',
  'privacy.retention.inactivity': 'Accounts nobody has logged in with for a long time (they go into the restore bin)',
  'privacy.retention.inactivityMonths': 'after {months} months without a login',
  'privacy.retention.inactivityNever': 'never (the school turned this off)',
  'privacy.retention.messages': 'Messages',
  'privacy.retention.auditLog': "The school's audit log",
  'privacy.retention.exportFiles': 'Research exports on the server',
  'privacy.retention.researchReleases':
    'Which learning attempts went into a research export (stays on the server, only to check later exports)',
  'privacy.retention.researchReleasesUntil':
    'until every study that could export data of the same school and week has ended',
  'privacy.retention.serverLogs': "The web server's logs (without full internet addresses)",
  'privacy.retention.loginEvents': 'Login events in the login service (Keycloak)',
  'privacy.retention.adminEvents': 'Administration events in the login service (Keycloak)',
  'privacy.retention.learning':
    'Your tasks and answers are kept as long as you have an account, but at most {months} months after the month you worked them. When your account is deleted, it goes into the restore bin first and is then deleted completely.',
  'privacy.session':
    'A login lasts at most {hours} hours. After {minutes} minutes without doing anything you are logged out.',
  'privacy.cookies.title': 'Cookies and storage on the device',
  'privacy.cookies.intro':
    'SchulID uses only the cookies a login needs. No advertising, no statistics, no third-party services.',
  'privacy.cookies.name': 'Name',
  'privacy.cookies.setBy': 'Set by',
  'privacy.cookies.purpose': 'What for',
  'privacy.cookies.lifetime': 'How long',
  'privacy.cookies.setBy.app': 'SchulID',
  'privacy.cookies.setBy.keycloak': 'Login service (Keycloak)',
  'privacy.cookies.purpose.app-session': 'Keeps you logged in to SchulID.',
  'privacy.cookies.purpose.login-session': 'Keeps you logged in to the login service.',
  'privacy.cookies.purpose.login-in-progress': 'Remembers a login that is under way.',
  'privacy.cookies.purpose.login-language': "Remembers the login page's language.",
  'privacy.cookies.browserSession': 'Until the browser is closed',
  'privacy.cookies.browserSessionAtMost': 'Until the browser is closed, at most {hours} hours',
  'privacy.cookies.seconds': '{seconds} seconds',
  'privacy.cookies.hours': '{hours} hours',
  'privacy.storage.title': 'Storage on the device',
  'privacy.storage.purpose.language': 'The language you chose.',
  'privacy.storage.purpose.unsent-answers':
    'An answer not sent yet (for example without Wi-Fi). Deleted as soon as it has arrived.',
  'privacy.studies.title': "Your school's studies",
  'privacy.studies.none': 'Your school takes part in no study at the moment.',
  'privacy.studies.range': '{from} to {to}',
  'privacy.studies.ended': 'ended',
  'privacy.rights.title': 'Your rights',
  'privacy.rights.access':
    'Access and a copy (Art. 15 and 20 GDPR): you can download all data about you. Parents ask the school.',
  'privacy.rights.rectification': 'Rectification (Art. 16): your teacher changes a wrong username.',
  'privacy.rights.erasure': 'Erasure (Art. 17): the school deletes your account; it goes into the restore bin first.',
  'privacy.rights.restriction':
    'Restriction (Art. 18): the school management can freeze your account. The data is kept but not used.',
  'privacy.rights.objection': 'Objection (Art. 21): tell your teacher if you do not want to be part of research.',
  'privacy.rights.complaint': 'Complaint: you can complain to the data protection authority: {name}.',
  'privacy.rights.complaintLink': 'List of the authorities',
  'privacy.toLogin': 'To the login',
  'privacyContacts.title': "The school's privacy contacts",
  'privacyContacts.intro':
    'The school is responsible for its pupils’ data. What you enter here is shown on the privacy page to everyone, before the login too.',
  'privacyContacts.controllerContact': "The school's address and contact",
  'privacyContacts.dpoName': 'Data protection officer',
  'privacyContacts.dpoContact': "The data protection officer's contact",
  'privacyContacts.saved': 'Saved. The privacy page shows it from now on.',
  'privacyContacts.view': 'View the privacy page',
};
