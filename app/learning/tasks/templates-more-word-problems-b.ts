// Word problems, part 2 (grades 3–6): Zugfahrt, Schwimmbad, Markt, Saft beim Schulfest, Schulweg
// (fractions), Schlussverkauf (percent), Wand streichen, Busse für den Ausflug, Fußballturnier,
// Wandertag. Each takes several steps; numbers stay realistic.
import type { Template } from './task-types';
import { count, de, euro, gcd, inUnit, num, q, shuffle } from './templates-more-kit';
import { NAMES } from './templates-more-word-problems-a';

const money = (cents: number) => inUnit(q(cents, 100), '€');
// Ways to school: singular and plural of the verb phrase.
const WAYS: [string, string][] = [
  ['fährt mit dem Bus', 'fahren mit dem Bus'],
  ['fährt mit dem Fahrrad', 'fahren mit dem Fahrrad'],
  ['geht zu Fuß', 'gehen zu Fuß'],
  ['wird mit dem Auto gebracht', 'werden mit dem Auto gebracht'],
];
const wordProblem = (
  id: string,
  title: string,
  grade: Template['grade'],
  difficulty: Template['difficulty'],
  generate: Template['generate'],
): Template => ({ id, title, version: 1, topic: 'word-problems', difficulty, grade, generate });

export const WORD_PROBLEMS_B: Template[] = [
  wordProblem('mo-wp-train', 'Reisezeit mit Umsteigen', 4, 2, (r) => {
    const [hours, minutes, wait, second] = [r.int(1, 2), r.int(1, 11) * 5, r.int(8, 35), r.int(20, 75)];
    return {
      prompt:
        `Familie Weber fährt mit dem Zug zu den Großeltern. ` +
        `Die erste Fahrt dauert ${hours} h ${minutes} min. ` +
        `Dann warten sie ${wait} min auf den Anschlusszug, der noch ${second} min fährt. ` +
        `Wie viele Minuten ist die Familie insgesamt unterwegs?`,
      answer: inUnit(hours * 60 + minutes + wait + second, 'min'),
      hint: 'Rechne die erste Fahrt in Minuten um (1 h = 60 min) und addiere alles.',
    };
  }),
  wordProblem('mo-wp-swimming', 'Bahnen im Schwimmbad', 4, 2, (r) => {
    const [pool, laps, more] = [r.pick([25, 50]), r.int(8, 30), r.int(2, 10)];
    const [first, second] = [r.pick(NAMES), r.pick(['Ole', 'Hanna', 'Can', 'Lea'])];
    return {
      prompt:
        `Das Becken im Schwimmbad ist ${pool} m lang. ${first} schwimmt ${laps} Bahnen, ` +
        `${second} schwimmt ${more} Bahnen mehr. Wie viele Meter schwimmen beide zusammen?`,
      answer: inUnit((2 * laps + more) * pool, 'm'),
      hint: 'Rechne zuerst aus, wie viele Bahnen beide zusammen schwimmen.',
    };
  }),
  wordProblem('mo-wp-market', 'Einkauf auf dem Markt', 6, 3, (r) => {
    const [applePerKg, appleKg] = [r.int(9, 18) * 20, r.int(1, 6) * 5];
    const [cherryPerKg, cherryG] = [r.int(10, 22) * 40, r.pick([250, 500, 750])];
    return {
      prompt:
        `Auf dem Markt kostet 1 kg Äpfel ${euro(applePerKg)} und 1 kg Kirschen ` +
        `${euro(cherryPerKg)}. Frau Kaya kauft ${de(q(appleKg, 10))} kg Äpfel und ${cherryG} g ` +
        `Kirschen. Wie viel muss sie bezahlen?`,
      answer: money((applePerKg * appleKg) / 10 + (cherryPerKg * cherryG) / 1000),
      hint: 'Rechne die Gramm in Kilogramm um (500 g = 0,5 kg) und berechne jeden Preis einzeln.',
    };
  }),
  wordProblem('mo-wp-juice', 'Saft für das Schulfest', 5, 3, (r) => {
    for (;;) {
      const [bottle, bottles, cup, price] = [
        r.pick([750, 1000, 1500]),
        r.int(4, 15),
        r.pick([200, 250]),
        r.pick([30, 40, 50, 60]),
      ];
      if ((bottle * bottles) % cup !== 0) continue;
      const cups = (bottle * bottles) / cup;
      return {
        prompt:
          `Für das Schulfest kauft die Klasse ${bottles} Flaschen Apfelsaft mit je ` +
          `${de(q(bottle, 1000))} l. Ein Becher fasst ${cup} ml. ` +
          `Jeder Becher Saft wird für ${price} ct verkauft. Wie viel Euro nimmt die Klasse ein, ` +
          `wenn sie den ganzen Saft verkauft?`,
        answer: money(cups * price),
        hint: 'Rechne aus, wie viele Milliliter Saft es insgesamt sind und wie viele Becher man damit füllt.',
      };
    }
  }),
  wordProblem('mo-wp-way-to-school', 'Schulweg in Bruchteilen', 5, 3, (r) => {
    for (;;) {
      const [d1, d2] = [r.pick([2, 3, 4, 5, 6, 8]), r.pick([3, 4, 5, 6, 8])];
      const [n1, n2] = [r.int(1, d1 - 1), r.int(1, d2 - 1)];
      if (d1 === d2 || gcd(n1, d1) > 1 || gcd(n2, d2) > 1) continue;
      const children = ((d1 * d2) / gcd(d1, d2)) * r.int(1, 8);
      const rest = children - (children / d1) * n1 - (children / d2) * n2;
      if (children < 16 || children > 32 || rest < 1) continue;
      // Which two ways are given as fractions and which one is the rest.
      const [first, second, third] = shuffle(r, WAYS);
      const says = (n: number, d: number, [one, many]: [string, string]) =>
        `${n}/${d} der Kinder ${n === 1 ? one : many}`;
      return {
        prompt:
          `In der Klasse 5c sind ${children} Kinder. ${says(n1, d1, first!)}, ` +
          `${says(n2, d2, second!)}, die anderen ${third![1]}. Wie viele Kinder ${third![1]}?`,
        answer: num(rest),
        hint: 'Rechne zuerst aus, wie viele Kinder zu den beiden Brüchen gehören.',
      };
    }
  }),
  wordProblem('mo-wp-sale', 'Schlussverkauf mit Prozenten', 6, 3, (r) => {
    const [ball, guards, percent] = [r.int(12, 40), r.int(8, 24), r.pick([10, 20, 25, 50])];
    const name = r.pick(NAMES);
    return {
      prompt:
        `Im Sportgeschäft kostet ein Fußball ${ball} € und ein Paar Schienbeinschoner ${guards} €. ` +
        `Beim Schlussverkauf gibt es auf alles ${percent} % Rabatt. ${name} kauft beides. ` +
        `Wie viel Euro muss ${name} bezahlen?`,
      answer: money((ball + guards) * (100 - percent)),
      hint: 'Addiere die Preise und ziehe dann den Rabatt ab.',
    };
  }),
  wordProblem('mo-wp-paint', 'Farbe für Wände', 5, 3, (r) => {
    const [walls, length, height, cover] = [r.int(1, 3), r.int(3, 7), r.pick([2, 3]), r.int(4, 10)];
    const [windowW, windowH] = [r.int(1, 2), r.int(1, 2)];
    const area = walls * length * height - windowW * windowH;
    const wallsText = walls === 1 ? 'eine Wand. Sie ist' : `${walls} gleich große Wände. Jede ist`;
    return {
      prompt:
        `Tim streicht ${wallsText} ${length} m lang und ${height} m hoch. Ein Fenster, ` +
        `${windowW} m breit und ${windowH} m hoch, wird nicht gestrichen. ` +
        `Ein Liter Farbe reicht für ${cover} m², und Farbe gibt es nur in 1-Liter-Dosen. ` +
        `Wie viele Dosen muss Tim mindestens kaufen?`,
      answer: num(Math.ceil(area / cover)),
      hint:
        'Berechne die Fläche ohne das Fenster und überlege, wie viele Liter dafür reichen; ' +
        'eine angebrochene Dose zählt ganz.',
    };
  }),
  wordProblem('mo-wp-buses', 'Wie viele Busse?', 4, 2, (r) => {
    for (;;) {
      const classes = [r.int(20, 29), r.int(20, 29), r.int(20, 29)];
      const [adults, seats] = [r.int(3, 8), r.pick([40, 50, 55])];
      const total = classes.reduce((a, b) => a + b, 0) + adults;
      if (total % seats === 0) continue;
      return {
        prompt:
          `Drei Klassen machen einen Ausflug in den Zoo: die 3a mit ${classes[0]}, ` +
          `die 3b mit ${classes[1]} und die 3c mit ${classes[2]} Kindern. ` +
          `Dazu kommen ${adults} Erwachsene. Ein Bus hat ${seats} Sitzplätze. ` +
          `Wie viele Busse braucht man mindestens?`,
        answer: num(Math.ceil(total / seats)),
        hint: 'Zähle zuerst alle Personen; auch ein Bus, der nicht voll wird, muss fahren.',
      };
    }
  }),
  wordProblem('mo-wp-football', 'Punkte im Fußballturnier', 4, 2, (r) => {
    const [won, drawn, lost] = [r.int(1, 7), r.int(0, 5), r.int(0, 4)];
    const drawnText = drawn === 0 ? 'spielt nie unentschieden' : `spielt ${drawn}-mal unentschieden`;
    const lostText = lost === 0 ? 'verliert kein Spiel' : `verliert ${count(lost, 'Spiel', 'Spiele')}`;
    return {
      prompt:
        `Beim Fußballturnier des Sportfests gibt es für einen Sieg 3 Punkte, ` +
        `für ein Unentschieden 1 Punkt und für eine Niederlage keinen Punkt. ` +
        `Die Mannschaft der 6c gewinnt ${count(won, 'Spiel', 'Spiele')}, ` +
        `${drawnText} und ${lostText}. Wie viele Punkte hat sie?`,
      answer: num(3 * won + drawn),
      hint: 'Rechne die Punkte für die Siege und für die Unentschieden aus und addiere sie.',
    };
  }),
  wordProblem('mo-wp-hike', 'Strecke beim Wandertag', 5, 2, (r) => {
    const [total, first, second] = [r.int(90, 160), r.int(25, 50), r.int(15, 35)];
    return {
      prompt:
        `Beim Wandertag will die Klasse ${de(q(total, 10))} km wandern. ` +
        `Bis zur Mittagspause schafft sie ${de(q(first, 10))} km, ` +
        `danach noch ${de(q(second, 10))} km bis zum Spielplatz. ` +
        `Wie viele Kilometer sind es dann noch bis zum Ziel?`,
      answer: inUnit(q(total - first - second, 10), 'km'),
      hint: 'Addiere die geschafften Strecken und ziehe sie von der ganzen Strecke ab; Komma unter Komma.',
    };
  }),
];
