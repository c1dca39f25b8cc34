import type { Section } from '../feed/types';
import type { StoredStory } from '../offline/story-store';
import { StoryList } from '../ui/story-list';
import { useReadMarks } from './read-marks';

/** Stories kept on this device (收藏, history) as a story list, in the order given. */
export function StoredStoryList({ stories, label }: { stories: StoredStory[]; label: string }) {
  const sections = new Map<string, Section>();
  for (const { section } of stories) if (section) sections.set(section.id, section);
  return (
    <StoryList
      articles={stories.map((story) => story.article)}
      sections={[...sections.values()]}
      label={label}
      read={useReadMarks()}
    />
  );
}
