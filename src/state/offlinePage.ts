/** The served app's copy of the single file, beside index.html (scripts/singleFilePlugin writes it; see pristinePage). */
export const OFFLINE_PAGE = 'offline-briefing.html';
