/** The served app's copy of the single file, beside index.html (scripts/singleFilePlugin writes it; see pristinePage). */
export const OFFLINE_PAGE = 'offline-briefing.html';

/** The id of the JSON data block an offline briefing file carries its story in (see editor/offlineBriefing, openStory). */
export const EMBEDDED_STORY = 'briefing-story';
