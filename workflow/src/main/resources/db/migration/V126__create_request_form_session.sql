-- One visit to the online application form that showed "already published?" suggestions: when they were
-- first shown, how often shown and clicked, and whether the visit ended in a filed request. No personal
-- data: the id is a random UUID the page was given, not linked to the user or the request.
create table request_form_session (
	id                   varchar(36)  not null primary key,
	suggestions_shown_at datetime(6)  not null,
	shown_count          int          not null,
	click_count          int          not null,
	filed_at             datetime(6)
);
create index ix_request_form_session_shown on request_form_session (suggestions_shown_at);
