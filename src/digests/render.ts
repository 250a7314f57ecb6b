import { renderMjml, renderText } from '../mail/templates.js';
import type { DigestSection } from './select.js';

export interface DigestView {
  editionLabel: string;
  sections: DigestSection[];
  manageUrl: string;
  unsubscribeUrl: string;
  publicUrl: string;
  topicsLine: string;
}

export interface RenderedDigest {
  subject: string;
  html: string;
  text: string;
}

export async function renderDigest(view: DigestView): Promise<RenderedDigest> {
  const top = view.sections[0]?.stories[0];
  const data = {
    ...view,
    sections: view.sections.map((section) => ({
      label: section.label,
      stories: section.stories.map((s) => ({
        title: s.title,
        link: s.link,
        summary: s.summary,
        credit: [s.dateline ?? s.place, s.agency ?? s.source].filter(Boolean).join(' · '),
      })),
    })),
  };
  return {
    subject: top ? `${view.editionLabel}: ${top.title}` : view.editionLabel,
    html: await renderMjml('digest', data),
    text: renderText('digest', data),
  };
}
