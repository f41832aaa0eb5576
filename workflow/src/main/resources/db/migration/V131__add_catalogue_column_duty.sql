-- Who must publish each column's information (公开主体) and by when (公开时限), shown on the column pages.
-- Sources: 《中华人民共和国政府信息公开条例》 (2019) arts. 12, 19–21, 26, 33, 49; SPEC §1 (政策解读 3 WD).
alter table catalogue_column add column publisher varchar(200);
alter table catalogue_column add column time_limit varchar(300);

update catalogue_column set publisher = '各级人民政府及县级以上人民政府部门（由本机关政府信息公开工作机构编制）',
	time_limit = '内容变更之日起20个工作日内更新（《条例》第十二条、第二十六条）' where code = 'guide';
update catalogue_column set publisher = '本机关',
	time_limit = '制度形成或者变更之日起20个工作日内（《条例》第二十六条）' where code = 'rules';
update catalogue_column set publisher = '各级人民政府及县级以上人民政府部门（《条例》第十九条至第二十一条）',
	time_limit = '信息形成或者变更之日起20个工作日内（《条例》第二十六条）' where code = 'statutory';
update catalogue_column set publisher = '本机关（《条例》第二十条第（二）项）',
	time_limit = '信息形成或者变更之日起20个工作日内（《条例》第二十六条）' where code = 'functions';
update catalogue_column set publisher = '文件制定机关（《条例》第二十条第（一）项）',
	time_limit = '信息形成或者变更之日起20个工作日内（《条例》第二十六条）' where code = 'policy';
update catalogue_column set publisher = '规章制定机关（《条例》第二十条第（一）项）',
	time_limit = '信息形成或者变更之日起20个工作日内（《条例》第二十六条）' where code = 'regulation';
update catalogue_column set publisher = '规范性文件制定机关（《条例》第二十条第（一）项）',
	time_limit = '信息形成或者变更之日起20个工作日内（《条例》第二十六条）' where code = 'normative';
update catalogue_column set publisher = '文件制定机关（《条例》第二十条第（一）项）',
	time_limit = '信息形成或者变更之日起20个工作日内（《条例》第二十六条）' where code = 'other-doc';
update catalogue_column set publisher = '文件起草部门',
	time_limit = '所解读的政策文件公开之日起3个工作日内' where code = 'interpretation';
update catalogue_column set publisher = '规划编制机关（《条例》第二十条第（三）项）',
	time_limit = '信息形成或者变更之日起20个工作日内（《条例》第二十六条）' where code = 'planning';
update catalogue_column set publisher = '本机关（《条例》第二十条第（四）项）',
	time_limit = '信息形成或者变更之日起20个工作日内（《条例》第二十六条）' where code = 'statistics';
update catalogue_column set publisher = '行政许可实施机关（《条例》第二十条第（五）项）',
	time_limit = '信息形成或者变更之日起20个工作日内（《条例》第二十六条）' where code = 'licensing';
update catalogue_column set publisher = '作出行政处罚、行政强制决定的机关（《条例》第二十条第（六）项）',
	time_limit = '信息形成或者变更之日起20个工作日内（《条例》第二十六条）' where code = 'enforcement';
update catalogue_column set publisher = '本级人民政府及预算部门（《条例》第二十条第（七）项）',
	time_limit = '信息形成或者变更之日起20个工作日内（《条例》第二十六条）' where code = 'budget';
update catalogue_column set publisher = '收费实施机关（《条例》第二十条第（八）项）',
	time_limit = '信息形成或者变更之日起20个工作日内（《条例》第二十六条）' where code = 'fees';
update catalogue_column set publisher = '采购人及集中采购机构（《条例》第二十条第（九）项）',
	time_limit = '信息形成或者变更之日起20个工作日内（《条例》第二十六条）' where code = 'procurement';
update catalogue_column set publisher = '项目批准和实施机关（《条例》第二十一条）',
	time_limit = '信息形成或者变更之日起20个工作日内（《条例》第二十六条）' where code = 'projects';
update catalogue_column set publisher = '本机关（《条例》第二十条第（十一）项）',
	time_limit = '信息形成或者变更之日起20个工作日内（《条例》第二十六条）' where code = 'livelihood';
update catalogue_column set publisher = '本机关（《条例》第二十条第（十二）项）',
	time_limit = '信息形成或者变更之日起20个工作日内（《条例》第二十六条）' where code = 'emergency';
update catalogue_column set publisher = '本机关（《条例》第二十条第（十三）项）',
	time_limit = '信息形成或者变更之日起20个工作日内（《条例》第二十六条）' where code = 'supervision';
update catalogue_column set publisher = '本机关（《条例》第二十条第（十四）项）',
	time_limit = '信息形成或者变更之日起20个工作日内（《条例》第二十六条）' where code = 'personnel';
update catalogue_column set publisher = '设区的市级、县级人民政府及其部门（《条例》第二十一条）',
	time_limit = '信息形成或者变更之日起20个工作日内（《条例》第二十六条）' where code = 'key-areas';
update catalogue_column set publisher = '建议提案承办机关',
	time_limit = '办理答复完成之日起20个工作日内（《条例》第二十六条）' where code = 'proposals';
update catalogue_column set publisher = '收到申请的行政机关（本机关政府信息公开工作机构）',
	time_limit = '收到申请之日起20个工作日内答复；需延长的，经政府信息公开工作机构负责人同意，延长不超过20个工作日（《条例》第三十三条）' where code = 'on-request';
update catalogue_column set publisher = '县级以上人民政府部门；县级以上地方人民政府办公厅（室）（《条例》第四十九条）',
	time_limit = '部门每年1月31日前，本级人民政府每年3月31日前（《条例》第四十九条）' where code = 'annual-report';
