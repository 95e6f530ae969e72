// Word problems, part 1 (grades 3–6): Klassenfahrt, Einkauf, Sportfest, Bus, Rezept, Taschengeld,
// Garten, Kino, Bücherei, Muffins. Each takes several steps; numbers stay realistic.
import type { Template } from './task-types';
import { count, euro, inUnit, num, q } from './templates-more-kit';

export const NAMES = ['Mia', 'Ben', 'Lina', 'Tim', 'Aylin', 'Noah', 'Emma', 'Jonas', 'Sofia', 'Elias', 'Mila', 'Paul'];
const money = (cents: number) => inUnit(q(cents, 100), '€');

const wordProblem = (
  id: string,
  title: string,
  grade: Template['grade'],
  difficulty: Template['difficulty'],
  generate: Template['generate'],
): Template => ({ id, title, version: 1, topic: 'word-problems', difficulty, grade, generate });

export const WORD_PROBLEMS_A: Template[] = [
  wordProblem('mo-wp-class-trip', 'Kosten der Klassenfahrt', 4, 3, (r) => {
    const [children, busPerChild, nights, night] = [r.int(20, 30), r.int(6, 15), r.int(2, 4), r.int(18, 32)];
    return {
      prompt:
        `Die Klasse 4a fährt mit ${children} Kindern ins Schullandheim. ` +
        `Der Bus kostet für alle zusammen ${children * busPerChild} €. ` +
        `Eine Übernachtung mit Essen kostet ${night} € pro Kind, ` +
        `und die Klasse bleibt ${nights} Nächte. Wie viel Euro muss jedes Kind bezahlen?`,
      answer: money((busPerChild + nights * night) * 100),
      hint: 'Rechne aus, wie viel der Bus für ein Kind kostet, und addiere die Übernachtungen eines Kindes.',
    };
  }),
  wordProblem('mo-wp-shopping', 'Einkaufen und Wechselgeld', 4, 2, (r) => {
    const [rolls, rollPrice] = [r.int(3, 8), r.int(7, 11) * 5];
    const [item, low, high] = r.pick([
      ['eine Flasche Milch', 109, 149],
      ['ein Stück Butter', 199, 249],
      ['ein Glas Honig', 349, 499],
      ['eine Packung Käse', 229, 349],
    ] as const);
    const itemPrice = r.int(low, high);
    const total = rolls * rollPrice + itemPrice;
    const note = [500, 1000, 2000].find((n) => n > total)!;
    const name = r.pick(NAMES);
    return {
      prompt:
        `${name} kauft ${rolls} Brötchen zu je ${rollPrice} ct und ${item} für ${euro(itemPrice)} ` +
        `und bezahlt mit einem ${note / 100}-€-Schein. Wie viel Euro bekommt ${name} zurück?`,
      answer: money(note - total),
      hint: 'Rechne zuerst aus, wie viel alles zusammen kostet; rechne dabei alles in Cent.',
    };
  }),
  wordProblem('mo-wp-sports-day', 'Punkte beim Sportfest', 4, 2, (r) => {
    for (;;) {
      const goal = r.int(15, 23) * 50;
      const sum = goal - r.int(10, 150);
      const [sprint, jump] = [r.int(150, 450), r.int(150, 450)];
      const throwing = sum - sprint - jump;
      if (throwing < 150 || throwing > 450) continue;
      return {
        prompt:
          `Beim Sportfest bekommt ${r.pick(NAMES)} für den Sprint ${sprint} Punkte, ` +
          `für den Weitsprung ${jump} Punkte und für den Wurf ${throwing} Punkte. ` +
          `Für eine Ehrenurkunde braucht man ${goal} Punkte. Wie viele Punkte fehlen noch?`,
        answer: num(goal - sum),
        hint: 'Addiere zuerst alle Punkte und vergleiche dann mit den Punkten für die Ehrenurkunde.',
      };
    }
  }),
  wordProblem('mo-wp-bus', 'Fahrgäste im Bus', 3, 2, (r) => {
    const start = r.int(15, 35);
    const [out1, in1] = [r.int(2, start - 2), r.int(2, 15)];
    const middle = start - out1 + in1;
    const [out2, in2] = [r.int(2, middle - 2), r.int(2, 15)];
    return {
      prompt:
        `Im Bus sitzen ${start} Fahrgäste. An der ersten Haltestelle steigen ${out1} Fahrgäste aus ` +
        `und ${in1} ein. An der zweiten Haltestelle steigen ${out2} aus und ${in2} ein. ` +
        `Wie viele Fahrgäste sind jetzt im Bus?`,
      answer: num(middle - out2 + in2),
      hint: 'Rechne Haltestelle für Haltestelle: erst die Aussteigenden abziehen, dann die Einsteigenden dazuzählen.',
    };
  }),
  wordProblem('mo-wp-recipe', 'Rezept umrechnen', 6, 2, (r) => {
    const base = r.pick([2, 4, 5]);
    const target = r.pick([3, 6, 7, 8, 10, 12].filter((t) => t !== base));
    const [ingredient, unit, word, per] = r.pick([
      ['Mehl', 'g', 'Gramm Mehl', r.pick([40, 50, 60, 75])],
      ['Milch', 'ml', 'Milliliter Milch', r.pick([80, 100, 125, 150])],
      ['Zucker', 'g', 'Gramm Zucker', r.pick([10, 15, 20, 25])],
    ] as const);
    const dish = r.pick(['Pfannkuchen', 'Waffeln', 'Grießbrei']);
    return {
      prompt:
        `Für ${base} Portionen ${dish} braucht man ${base * per} ${unit} ${ingredient}. ` +
        `Wie viele ${word} braucht man für ${target} Portionen?`,
      answer: inUnit(target * per, unit),
      hint: 'Rechne zuerst aus, wie viel man für eine Portion braucht.',
    };
  }),
  wordProblem('mo-wp-saving', 'Sparen mit Taschengeld', 4, 3, (r) => {
    const [price, saved, weekly] = [r.int(45, 150), r.int(5, 30), r.int(4, 10)];
    const [name, thing] = [
      r.pick(NAMES),
      r.pick(['ein Skateboard', 'ein Fußballtrikot', 'ein Hörbuch-Set', 'einen Rucksack']),
    ];
    return {
      prompt:
        `${name} möchte ${thing} für ${price} € kaufen. ${saved} € sind schon gespart, ` +
        `und jede Woche kommen ${weekly} € Taschengeld dazu, die ganz gespart werden. ` +
        `Nach wie vielen Wochen reicht das Geld?`,
      answer: num(Math.ceil((price - saved) / weekly)),
      hint:
        'Wie viel Geld fehlt noch? Überlege dann, wie viele Wochen man dafür sparen muss; ' +
        'eine angefangene Woche zählt ganz.',
    };
  }),
  wordProblem('mo-wp-fence', 'Zaun um den Garten', 5, 3, (r) => {
    const [length, gate, price] = [r.int(8, 25), r.int(1, 3), r.int(8, 25)];
    const width = r.int(5, length - 1);
    return {
      prompt:
        `Ein rechteckiger Garten ist ${length} m lang und ${width} m breit. ` +
        `Rundherum soll ein Zaun gebaut werden; nur für das Tor bleiben ${gate} m frei. ` +
        `Ein Meter Zaun kostet ${price} €. Wie viel kostet der Zaun?`,
      answer: money((2 * (length + width) - gate) * price * 100),
      hint: 'Berechne den Umfang, ziehe das Tor ab und nimm die Meter mal den Preis.',
    };
  }),
  wordProblem('mo-wp-cinema', 'Eintritt im Kino', 5, 2, (r) => {
    const [adults, children, popcorn] = [r.int(1, 2), r.int(1, 4), r.int(1, 3)];
    const [adultPrice, childPrice, popcornPrice] = [r.int(17, 23) * 50, r.int(10, 15) * 50, r.int(7, 10) * 50];
    const family = r.pick(['Yilmaz', 'Schneider', 'Nowak', 'Becker', 'Haddad']);
    return {
      prompt:
        `Familie ${family} geht ins Kino: ${count(adults, 'Erwachsener', 'Erwachsene')} und ` +
        `${count(children, 'Kind', 'Kinder')}. Eine Karte für Erwachsene kostet ` +
        `${euro(adultPrice)}, eine Kinderkarte ${euro(childPrice)}. ` +
        `Dazu kauft die Familie ${count(popcorn, 'Tüte', 'Tüten')} Popcorn zu je ` +
        `${euro(popcornPrice)}. Wie viel bezahlt sie insgesamt?`,
      answer: money(adults * adultPrice + children * childPrice + popcorn * popcornPrice),
      hint: 'Rechne die Karten für Erwachsene, die Kinderkarten und das Popcorn einzeln aus und addiere.',
    };
  }),
  wordProblem('mo-wp-reading', 'Ein Buch zu Ende lesen', 4, 2, (r) => {
    const [days, perDay, later, laterDays] = [r.int(3, 8), r.int(8, 20), r.int(10, 30), r.int(3, 10)];
    const pages = days * perDay + later * laterDays;
    const name = r.pick(NAMES);
    return {
      prompt:
        `${name} leiht in der Bücherei ein Buch mit ${pages} Seiten aus. ` +
        `In den ersten ${days} Tagen liest ${name} jeden Tag ${perDay} Seiten, ` +
        `danach jeden Tag ${later} Seiten. Wie viele Tage braucht ${name} danach noch, ` +
        `bis das Buch fertig gelesen ist?`,
      answer: num(laterDays),
      hint: 'Rechne aus, wie viele Seiten schon gelesen sind und wie viele noch fehlen.',
    };
  }),
  wordProblem('mo-wp-muffins', 'Muffins verkaufen', 4, 3, (r) => {
    const box = r.pick([4, 6]);
    const muffins = r.int(8, 20) * box + r.int(1, box - 1);
    const boxPrice = (box === 4 ? r.int(6, 10) : r.int(8, 14)) * 50;
    const singlePrice = r.pick([150, 200]);
    return {
      prompt:
        `Die Klasse backt ${muffins} Muffins für das Schulfest. ` +
        `Immer ${box} Muffins kommen in eine Schachtel; ` +
        `eine volle Schachtel kostet ${euro(boxPrice)}. ` +
        `Die übrigen Muffins werden einzeln für ${euro(singlePrice)} verkauft. ` +
        `Wie viel Euro nimmt die Klasse ein, wenn sie alle Muffins verkauft?`,
      answer: money(Math.floor(muffins / box) * boxPrice + (muffins % box) * singlePrice),
      hint: 'Wie viele Schachteln werden voll, und wie viele Muffins bleiben übrig?',
    };
  }),
];
