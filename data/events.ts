import { dataset, type Dataset } from "./dataset";
import { findRound, getFigure } from "./queries";
import type { DatasetEvent, Figure, Round } from "./schema";

export interface OutsideRoundsEvent {
  event: DatasetEvent;
  figure?: Figure;
  round?: Round;
}

/** Events outside the rounds in date order, with the figure counting them and the round they are linked to. */
export function eventsOutsideRounds(data: Dataset = dataset): OutsideRoundsEvent[] {
  return data.events
    .filter((e) => e.kind === "release-outside-rounds")
    .map((event) => ({
      event,
      figure: event.figureId ? getFigure(event.figureId, data) : undefined,
      round: event.relatedRound ? findRound(event.relatedRound, data) : undefined,
    }));
}
