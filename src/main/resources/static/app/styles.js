// The six styles and three energies in plain words, shared by the first questions and the settings.

export const STYLES = [
  ['foundation_builder', 'Building habits', 'Small, steady steps that become routine.'],
  ['peak_performer', 'Performing at my best', 'Challenging tasks that push me further.'],
  ['systematic_improver', 'Improving step by step', 'A plan, tracked and refined.'],
  ['transformation_seeker', 'Changing a lot', 'Big changes, and I am ready for them.'],
  ['resilience_rebuilder', 'Getting back on my feet', 'Gentle tasks while I recover my energy.'],
  ['connected_explorer', 'Trying new things', 'Variety, and doing things with others.'],
];

export const ENERGIES = [['low', 'Low'], ['medium', 'Medium'], ['high', 'High']];

export const CATEGORIES = [
  ['hydration', 'Drinking water'],
  ['movement', 'Moving'],
  ['nutrition', 'Eating well'],
  ['wellness', 'Calm and mindfulness'],
  ['recovery', 'Rest and sleep'],
  ['work', 'Focus at work'],
];

export const styleName = (value) => STYLES.find(([v]) => v === value)?.[1] ?? value;
export const categoryName = (value) => CATEGORIES.find(([v]) => v === value)?.[1] ?? value;
