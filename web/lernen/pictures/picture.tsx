// The picture a task carries, drawn by its kind (see app/learning/representation.ts). Pictures to
// read belong to the question; pictures to mark, shade or fill are the answer: they report the
// text to submit through onAnswer ('' while nothing is chosen) and stop reacting once isLocked.
import { AngleView } from './angle';
import { BarChartView } from './bar-chart';
import { CoordinateGridView } from './coordinate-grid';
import { DataTableView } from './data-table';
import { DotFieldView } from './dot-field';
import { FractionPartsView } from './fraction-parts';
import { GridShapeView } from './grid-shape';
import { NumberLineView } from './number-line';
import type { Picture } from './picture-answer';
import { PlaceValueView } from './place-value';
import './pictures.css';

export { isTouched, type Picture } from './picture-answer';

// Once the answer is checked, the picture stays as it was touched; the feedback says what was read,
// so the line under the picture and its buttons go.
export function PictureView(props: {
  picture: Picture;
  isLocked: boolean;
  onAnswer: (text: string) => void;
  onSubmit: () => void;
}) {
  return <div class={props.isLocked ? 'picture-frame locked' : 'picture-frame'}>{pictureOf(props)}</div>;
}

function pictureOf(props: Parameters<typeof PictureView>[0]) {
  const { picture } = props;
  switch (picture.kind) {
    case 'number-line':
      return <NumberLineView line={picture} {...props} />;
    case 'fraction-parts':
      return <FractionPartsView {...props} picture={picture} />;
    case 'place-value':
      return <PlaceValueView {...props} picture={picture} />;
    case 'dot-field':
      return <DotFieldView {...props} picture={picture} />;
    case 'bar-chart':
      return <BarChartView chart={picture} />;
    case 'table':
      return <DataTableView table={picture} />;
    case 'coordinate-grid':
      return <CoordinateGridView grid={picture} />;
    case 'grid-shape':
      return <GridShapeView shape={picture} />;
    case 'angle':
      return <AngleView angle={picture} />;
  }
}
