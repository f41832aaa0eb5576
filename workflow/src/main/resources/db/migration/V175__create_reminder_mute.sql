-- A member of staff's dismissed or snoozed workbench reminders: a dismissal holds while the reminder
-- keeps the state it was dismissed in; a snooze holds until muted_until.
create table reminder_mute (
	id            bigint         not null auto_increment primary key,
	user_name     varchar(100)   not null,
	reminder_key  varchar(200)   not null,
	state         varchar(200),
	muted_until   datetime(6),
	created_at    datetime(6)    not null,
	constraint uk_reminder_mute_user_key unique (user_name, reminder_key)
) engine=InnoDB default charset=utf8mb4;
