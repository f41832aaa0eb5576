-- An adopted 政务信息 item the office sent into proactive disclosure: the catalogue item drafted from
-- it (at most one per item), so the item shows the catalogue entry and the entry its source.
create table report_catalogue_item (
	report_id  bigint       not null primary key,
	item_id    bigint       not null,
	created_by varchar(100) not null,
	created_at datetime(6)  not null,
	constraint uk_report_catalogue_item unique (item_id),
	constraint fk_report_catalogue_item_report foreign key (report_id) references information_report (id),
	constraint fk_report_catalogue_item_item foreign key (item_id) references catalogue_item (id)
) engine=InnoDB default charset=utf8mb4;
