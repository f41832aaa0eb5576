-- Administrative reconsideration, litigation and complaints about a request's handling (SPEC §2.5,
-- the annual report's 表四), with their outcomes.
create table request_remedy (
	id          bigint        not null auto_increment primary key,
	version     bigint        not null,
	request_id  bigint        not null,
	kind        varchar(30)   not null,
	filed_on    date          not null,
	authority   varchar(200),
	outcome     varchar(20)   not null,
	decided_on  date,
	note        varchar(2000),
	recorded_by varchar(100)  not null,
	constraint fk_request_remedy_request foreign key (request_id) references disclosure_request (id)
) engine=InnoDB default charset=utf8mb4;

create index ix_request_remedy_request on request_remedy (request_id);
