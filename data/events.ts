import { dataset, type Dataset } from "./dataset";
import { findRound, getFigure } from "./queries";
import type { DatasetEvent, Figure, Round } from "./schema";

export const OUTSIDE_ROUNDS_NOTE =
  "These releases came between the rounds of talks. They are shown on the time axis of the held count, apart from the rounds, and are never added to a round or to the round totals.";

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
