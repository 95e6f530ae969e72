// The export's risk report as a person reads it: the group sizes over the quasi-identifiers (k,
// groups, the smallest, those below k) and the linkage check — the share of pupils each attack
// singles out against the study's threshold — as bars with their figures written out, and as a table.
import { useTranslation } from '../shared/i18n';
import { percentOf, qiName, type Export } from './labels';
import { Bar } from './bar';

type Report = NonNullable<Export['riskReport']>;

export function RiskReport(props: { report: Report }) {
  const { t } = useTranslation();
  const { report } = props;
  const rows: [string, string | number | null | undefined][] = [
    [t('forschung.groups.k'), report.k],
    [t('forschung.groups.pupils'), report.pupils],
    [t('forschung.groups.count'), report.groups],
    [t('forschung.groups.smallest'), report.smallestGroupPupils],
    [t('forschung.groups.smallestReleased'), report.smallestGroupReleased],
    [t('forschung.groups.belowK'), report.groupsBelowK],
    [t('forschung.groups.unique'), report.pupilsUniqueInSomeGroup],
    [
      t('forschung.groups.suppression'),
      report.suppressionApplied === undefined
        ? null
        : report.suppressionApplied
          ? t('forschung.yes')
          : t('forschung.no'),
    ],
  ];
  const smallest = report.smallestGroupReleased ?? report.smallestGroupPupils;
  return (
    <section class="card" aria-labelledby="risk-title">
      <h2 id="risk-title">{t('forschung.risk')}</h2>
      <h3>{t('forschung.groups')}</h3>
      {report.quasiIdentifiers ? (
        <p>
          {t('forschung.groupsHelp', {
            identifiers: report.quasiIdentifiers.map((name) => qiName(t, name)).join(', '),
          })}
        </p>
      ) : null}
      {report.k !== undefined && smallest !== null && smallest !== undefined ? (
        <Bar
          label={t('forschung.smallestVsK', { size: smallest, k: report.k })}
          value={smallest}
          max={Math.max(report.k * 2, smallest)}
          mark={report.k}
          isBad={smallest < report.k}
        />
      ) : null}
      <div class="scroll">
        <table class="figures">
          <caption class="visually-hidden">{t('forschung.groups')}</caption>
          <tbody>
            {rows
              .filter(([, value]) => value !== undefined && value !== null)
              .map(([name, value]) => (
                <tr key={name}>
                  <th scope="row">{name}</th>
                  <td>{value}</td>
                </tr>
              ))}
          </tbody>
        </table>
      </div>
      {report.linkage ? <Linkage linkage={report.linkage} /> : null}
    </section>
  );
}

function Linkage(props: { linkage: NonNullable<Report['linkage']> }) {
  const { t } = useTranslation();
  const { linkage } = props;
  const threshold = linkage.thresholdPercent;
  const attacks = [
    { name: t('forschung.attack.school'), count: linkage.school.singledOut, share: linkage.school.sharePercent },
    {
      name: t('forschung.attack.otherStudies', { exports: linkage.otherStudies.exportsCompared }),
      count: linkage.otherStudies.linked,
      share: linkage.otherStudies.sharePercent,
    },
    {
      name: t('forschung.attack.earlier'),
      count: linkage.earlierExportsOfStudy.revealed,
      share: linkage.earlierExportsOfStudy.sharePercent,
    },
  ];
  const max = Math.max(threshold * 2, 1, ...attacks.map((a) => a.share));
  const verdict = (share: number) => (share > threshold ? t('forschung.above') : t('forschung.below'));
  return (
    <>
      <h3>{t('forschung.linkage')}</h3>
      <p>{t('forschung.linkageHelp', { pupils: linkage.pupils, threshold: percentOf(threshold) })}</p>
      {attacks.map((attack) => (
        <Bar
          key={attack.name}
          label={`${attack.name}: ${t('forschung.attackLine', {
            percent: percentOf(attack.share),
            count: attack.count,
            verdict: verdict(attack.share),
          })}`}
          value={attack.share}
          max={max}
          mark={threshold}
          isBad={attack.share > threshold}
        />
      ))}
      <details>
        <summary>{t('forschung.asTable')}</summary>
        <div class="scroll">
          <table class="figures">
            <caption class="visually-hidden">{t('forschung.linkage')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('forschung.attack')}</th>
                <th scope="col">{t('forschung.singledOut')}</th>
                <th scope="col">{t('forschung.share')}</th>
                <th scope="col">{t('forschung.threshold')}</th>
                <th scope="col">{t('forschung.verdict')}</th>
              </tr>
            </thead>
            <tbody>
              {attacks.map((attack) => (
                <tr key={attack.name}>
                  <th scope="row">{attack.name}</th>
                  <td>{attack.count}</td>
                  <td>{percentOf(attack.share)} %</td>
                  <td>{percentOf(threshold)} %</td>
                  <td>{verdict(attack.share)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </>
  );
}
