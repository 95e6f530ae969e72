// A school whose people have names for usernames (as careless set-ups do), pupils with attempts,
// an objecting pupil, a class below k, logins from a known address — everything an export must
// never let out — plus a platform admin, two researchers and two studies.
import { randomUUID } from 'node:crypto';
import { createSchoolWithOrganization, type TestSchool } from '../support/keycloak';
import type { TestServer } from '../support/app';
import { signIn, type SignedInApi } from '../support/suites';

export const STUDY_DAY = '2026-10-13'; // a Tuesday
export const NEXT_DAY = '2026-10-14';

export type ResearchWorld = {
  school: TestSchool;
  admin: SignedInApi;
  teacher: SignedInApi;
  schoolAdmin: SignedInApi;
  researcher: SignedInApi;
  otherResearcher: SignedInApi;
  bigClass: { id: string; name: string; pupils: { id: string; username: string }[] };
  smallClass: { id: string; name: string; pupils: { id: string; username: string }[] };
  objector: { id: string; username: string };
  loner: { id: string };
  studyId: string;
  otherStudyId: string;
  dayStudyId: string;
  relativeStudyId: string;
  attemptIds: string[];
  forbidden: string[];
};

export async function buildResearchWorld(server: TestServer): Promise<ResearchWorld> {
  const school = await createSchoolWithOrganization(server.dbs.platform);
  const tag = randomUUID().slice(0, 4);
  const teacherNames = { username: `max.mustermann.${tag}`, email: `max.mustermann.${tag}@grundschule-am-see.de` };
  const teacher = await signIn(server.baseUrl, ['teacher'], school, teacherNames);
  const schoolAdmin = await signIn(server.baseUrl, ['school-admin'], school, {
    username: `sabine.schulze.${tag}`,
    email: `sabine.schulze.${tag}@grundschule-am-see.de`,
  });
  const admin = await signIn(server.baseUrl, ['platform-admin']);
  const researcher = await signIn(server.baseUrl, ['researcher'], undefined, {
    username: `dr.erika.forsch.${tag}`,
    email: `erika.forsch.${tag}@uni-beispiel.de`,
  });
  const otherResearcher = await signIn(server.baseUrl, ['researcher']);

  const makeClass = async (name: string, usernames: string[]) => {
    const created = await teacher.post('/classes', { name, grade: 4, schoolYear: '2026/27' });
    if (created.status !== 201) throw new Error(`class: ${created.status} ${JSON.stringify(created.body)}`);
    const added = await teacher.post(`/classes/${created.body.id}/pupils`, { usernames });
    if (added.status !== 201) throw new Error(`pupils: ${added.status} ${JSON.stringify(added.body)}`);
    return {
      id: created.body.id as string,
      name,
      pupils: (added.body.pupils as { pupilId: string; username: string }[]).map((p) => ({
        id: p.pupilId,
        username: p.username,
      })),
    };
  };
  const bigClass = await makeClass(
    `4b Frau Schmidt ${tag}`,
    ['lena-mueller', 'jonas-schneider', 'mia-fischer', 'paul-weber', 'emma-wagner', 'ben-becker'].map(
      (n) => `${n}-${tag}`,
    ),
  );
  const smallClass = await makeClass(
    `Förderkurs Herr Meier ${tag}`,
    ['tom-klein', 'anna-wolf'].map((n) => `${n}-${tag}`),
  );

  // Attempts straight into the database (logging in as each pupil adds nothing here): pupil i of
  // the big class has i + 1 attempts on STUDY_DAY, so a pupil can be recognised by their count.
  const attemptIds: string[] = [];
  const addAttempt = async (pupilId: string, day: string, index: number) => {
    const id = randomUUID();
    attemptIds.push(id);
    const startedAt = new Date(`${day}T08:${String(10 + index).padStart(2, '0')}:00+02:00`);
    const results = ['correct', 'wrong', 'unreadable'] as const;
    const result = results[index % 3]!;
    await server.dbs.platform.attempt.create({
      data: {
        id,
        schoolId: school.id,
        pupilId,
        templateId: 'fr-add-same',
        templateVersion: 1,
        seed: index,
        topic: 'fractions-add',
        difficulty: 1,
        startedAt,
        expiresAt: new Date(startedAt.getTime() + 1_800_000),
        submittedAt: new Date(startedAt.getTime() + 20_000 + index),
        durationMs: 20_000 + index,
        activeMs: 15_000,
        result,
        normalizedAnswer: result === 'unreadable' ? null : index % 2 ? '0,75' : '3/4',
      },
    });
  };
  for (const [i, pupil] of bigClass.pupils.entries())
    for (let n = 0; n <= i; n++) await addAttempt(pupil.id, STUDY_DAY, n);
  for (const pupil of smallClass.pupils) for (let n = 0; n < 3; n++) await addAttempt(pupil.id, STUDY_DAY, n);
  const loner = bigClass.pupils[0]!; // alone on the next day: a quasi-identifier group of one
  await addAttempt(loner.id, NEXT_DAY, 7);
  for (const pupil of [...bigClass.pupils, ...smallClass.pupils]) {
    await server.dbs.platform.loginAttempt.create({
      data: {
        schoolId: school.id,
        userId: pupil.id,
        country: 'DE',
        isAllowed: true,
        reason: 'allowed',
        ipTruncated: '85.214.132.0',
        clientId: 'schulid-app',
      },
    });
  }

  const study = await admin.post('/research/studies', {
    name: 'Bruchrechnen Klasse 4',
    purpose: 'Wie lange brauchen Kinder für Brüche?',
    from: '2026-09-01',
    to: '2027-07-31',
    timeCoarsening: 'week',
    researcherIds: [researcher.user.id, researcher.user.id],
    schoolIds: [school.id],
  });
  if (study.status !== 201) throw new Error(`study: ${study.status} ${JSON.stringify(study.body)}`);
  const newStudy = async (name: string, timeCoarsening: string, researcherId: string) =>
    (
      await admin.post('/research/studies', {
        name,
        purpose: 'Vergleich',
        from: '2026-09-01',
        to: '2027-07-31',
        timeCoarsening,
        researcherIds: [researcherId],
        schoolIds: [school.id],
      })
    ).body.id as string;
  const otherStudy = { body: { id: await newStudy('Andere Studie', 'week', otherResearcher.user.id) } };
  const dayStudyId = await newStudy('Tagesgenaue Studie', 'day', researcher.user.id);
  const relativeStudyId = await newStudy('Relative Zeit', 'days-since-first', researcher.user.id);
  for (const studyId of [study.body.id, otherStudy.body.id, dayStudyId, relativeStudyId]) {
    const optIn = await schoolAdmin.put(`/school/studies/${studyId}/participation`, {
      isOptedIn: true,
    });
    if (optIn.status !== 200) throw new Error(`opt in: ${optIn.status} ${JSON.stringify(optIn.body)}`);
  }
  const objector = bigClass.pupils[3]!;
  const objection = await teacher.put(`/classes/${bigClass.id}/pupils/${objector.id}/research-objection`, {
    objects: true,
  });
  if (objection.status !== 200) throw new Error(`objection: ${objection.status} ${JSON.stringify(objection.body)}`);

  const people = [teacher.user, schoolAdmin.user, admin.user, researcher.user, otherResearcher.user];
  const forbidden = [
    ...people.flatMap((u) => [u.id, u.username]),
    teacherNames.email,
    `sabine.schulze.${tag}`,
    `erika.forsch.${tag}`,
    ...[...bigClass.pupils, ...smallClass.pupils].flatMap((p) => [
      p.id,
      p.username,
      p.username.split('-').slice(0, 2).join('-'),
      p.username.split('-')[1]!,
    ]),
    school.id,
    school.orgId,
    school.slug,
    bigClass.id,
    smallClass.id,
    bigClass.name,
    smallClass.name,
    'Schmidt',
    'Meier',
    ...attemptIds,
    '85.214.132',
    'schulid-app',
  ];
  return {
    school,
    admin,
    teacher,
    schoolAdmin,
    researcher,
    otherResearcher,
    bigClass,
    smallClass,
    objector,
    loner: { id: loner.id },
    studyId: study.body.id,
    otherStudyId: otherStudy.body.id,
    dayStudyId,
    relativeStudyId,
    attemptIds,
    forbidden,
  };
}
