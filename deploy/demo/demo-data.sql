-- Demo data for the local platform (./servicenet start) and the system tests' throw-away platform.
-- Never loaded by production code paths. Idempotent: a second start changes nothing.
-- Runs as the schema owner, which row-level security also binds (FORCE), so it acts as HQ.
SET app.hq = 'on';
-- Times below are written as "N days before today, at hh:mm" Shanghai time, so the history always lies
-- in the past two years whenever the data is loaded.
SET TIME ZONE 'Asia/Shanghai';

BEGIN;

-- ---------------------------------------------------------------- outlets (网点资料数据库)
-- Outlets 1 and 2 are the tenants of the demo users manager.1 / tech.1 and manager.2 / tech.2
-- and of the API clients shop-1 and shop-2 in deploy/keycloak/servicenet-realm.json.
-- Ids follow the registration date. 20 ACTIVE, 3 PROBATION, 3 CANDIDATE, 2 SUSPENDED, 2 TERMINATED.
-- Outlet 4 (Minhang) was replaced by the newly recruited outlet 21; outlet 8 (Guangzhou Huangpu) by its
-- neighbour outlet 6, which already held Tianhe. Product categories go in only with a newly inserted outlet.
WITH v (id, code, legal_name, status, licence, address, contact_name, contact_phone, contact_email,
        opening_hours, qualifications, status_reason, successor_id, identity_status,
        reg_day, reg_at, status_day, status_at, categories) AS (VALUES
    (1, 'SH-PD-01', '上海浦东佳修家电服务有限公司', 'ACTIVE', '91310115MAKTQA8R0X',
        '上海市浦东新区张杨路 1288 号 1 层', '陈建国', '021-5888 1234', 'jiaxiu.pudong@example.cn',
        '周一至周日 8:30-19:00', '家电维修资质一级；制冷设备维修操作证 4 人；电工证 3 人', '试用期考核合格，转为正式特约维修点', NULL, 'PROVISIONED',
        700, '09:30', 600, '15:00', '{AIR_CONDITIONER,REFRIGERATOR,WASHING_MACHINE,WATER_HEATER}'),
    (2, 'SH-XH-01', '上海徐汇安达电器维修部', 'ACTIVE', '92310104MA4BNQUB1F',
        '上海市徐汇区漕溪北路 398 号', '王丽萍', '021-6438 2210', 'anda.xuhui@example.cn',
        '周一至周六 9:00-18:00', '家电维修资质二级；电子产品维修工证 3 人', '试用期考核合格，转为正式特约维修点', NULL, 'PROVISIONED',
        695, '14:00', 598, '15:30', '{TELEVISION,SMALL_APPLIANCE,WASHING_MACHINE,REFRIGERATOR}'),
    (3, 'SH-HP-01', '上海黄浦恒信家电维修有限公司', 'ACTIVE', '91310101MAA07NM9X0',
        '上海市黄浦区西藏南路 760 号', '周志强', '021-6302 7781', 'hengxin.huangpu@example.cn',
        '周一至周六 9:00-18:00', '家电维修资质二级；制冷设备维修操作证 2 人；电子产品维修工证 2 人', '试用期考核合格，转为正式特约维修点', NULL, 'NONE',
        680, '10:15', 580, '14:30', '{AIR_CONDITIONER,TELEVISION,SMALL_APPLIANCE}'),
    (4, 'SH-MH-01', '上海闵行莘顺电器维修部', 'TERMINATED', '92310112MAWK3U1D4M',
        '上海市闵行区沪闵路 6088 号', '吴海涛', '139 1762 0935', 'xinshun.minhang@example.cn',
        '周一至周六 9:00-18:00', '家电维修资质三级；制冷设备维修操作证 1 人',
        '更换不合格网点：由 SH-MH-02 上海闵行优维家电服务有限公司 接替。整改期满复查仍存在乱收费', 21, 'NONE',
        670, '11:00', 240, '14:00', '{AIR_CONDITIONER,REFRIGERATOR,WASHING_MACHINE}'),
    (5, 'SH-CN-01', '上海长宁诚达电器服务有限公司', 'ACTIVE', '91310105MABP9MK22D',
        '上海市长宁区天山路 1900 号', '刘敏', '021-6259 3316', 'chengda.changning@example.cn',
        '周一至周六 9:00-18:00', '家电维修资质二级；燃气热水器安装维修资格证 2 人', '试用期考核合格，转为正式特约维修点', NULL, 'NONE',
        650, '09:45', 550, '16:00', '{REFRIGERATOR,WASHING_MACHINE,WATER_HEATER}'),
    (6, 'GD-TH-01', '广州天河宏达家电服务有限公司', 'ACTIVE', '91440106MA5306A09L',
        '广州市天河区天河路 490 号', '黄志明', '020-3886 5120', 'hongda.tianhe@example.cn',
        '周一至周日 9:00-18:30', '家电维修资质一级；制冷设备维修操作证 5 人；电工证 4 人', '试用期考核合格，转为正式特约维修点', NULL, 'NONE',
        630, '10:30', 530, '15:00', '{AIR_CONDITIONER,REFRIGERATOR,WASHING_MACHINE,TELEVISION,WATER_HEATER}'),
    (7, 'GD-YX-01', '广州越秀利民电器维修部', 'ACTIVE', '92440104MA799TDC7X',
        '广州市越秀区中山四路 218 号', '梁淑芬', '020-8333 4172', 'limin.yuexiu@example.cn',
        '周一至周六 9:00-18:00', '家电维修资质二级；电子产品维修工证 3 人', '试用期考核合格，转为正式特约维修点', NULL, 'NONE',
        610, '15:20', 510, '10:00', '{TELEVISION,SMALL_APPLIANCE}'),
    (8, 'GD-HP-01', '广州黄埔港湾家电维修有限公司', 'TERMINATED', '91440112MA6TEKMPXA',
        '广州市黄埔区大沙地东路 318 号', '何永健', '137 2840 5561', 'gangwan.huangpu@example.cn',
        '周一至周六 9:00-18:00', '家电维修资质三级；制冷设备维修操作证 1 人',
        '更换不合格网点：由 GD-TH-01 广州天河宏达家电服务有限公司 接替。整改复查仍不合格，技术人员无上岗资格证上门', 6, 'NONE',
        590, '09:00', 150, '11:00', '{AIR_CONDITIONER,WATER_HEATER}'),
    (9, 'GD-FT-01', '深圳福田鹏城家电服务有限公司', 'ACTIVE', '91440304MAMBDXT7XL',
        '深圳市福田区深南中路 3024 号', '林嘉豪', '0755-8320 6619', 'pengcheng.futian@example.cn',
        '周一至周日 9:00-20:00', '家电维修资质一级；制冷设备维修操作证 4 人；电子产品维修工证 3 人', '试用期考核合格，转为正式特约维修点', NULL, 'NONE',
        560, '11:10', 460, '14:00', '{AIR_CONDITIONER,REFRIGERATOR,TELEVISION,SMALL_APPLIANCE}'),
    (10, 'SH-YP-01', '上海杨浦乐家家电服务有限公司', 'ACTIVE', '91310110MAUN1YPJ5Q',
        '上海市杨浦区国定路 335 号', '张伟', '021-6548 0926', 'lejia.yangpu@example.cn',
        '周一至周六 9:00-18:00', '家电维修资质二级；燃气热水器安装维修资格证 2 人；电工证 2 人', '试用期考核合格，转为正式特约维修点', NULL, 'NONE',
        540, '13:30', 440, '15:00', '{WASHING_MACHINE,REFRIGERATOR,WATER_HEATER}'),
    (11, 'GD-HZ-01', '广州海珠粤通家电维修有限公司', 'ACTIVE', '91440105MA8B8C7TXE',
        '广州市海珠区江南大道中 180 号', '陈少华', '020-8444 3390', 'yuetong.haizhu@example.cn',
        '周一至周六 9:00-18:00', '家电维修资质二级；制冷设备维修操作证 3 人', '试用期考核合格，转为正式特约维修点', NULL, 'NONE',
        520, '10:00', 420, '16:30', '{AIR_CONDITIONER,REFRIGERATOR}'),
    (12, 'ZJ-SC-01', '杭州上城钱塘家电服务有限公司', 'ACTIVE', '91330102MA6H4XDM83',
        '杭州市上城区解放东路 58 号', '沈国良', '0571-8702 4418', 'qiantang.shangcheng@example.cn',
        '周一至周日 8:30-18:00', '家电维修资质一级；制冷设备维修操作证 3 人；燃气热水器安装维修资格证 2 人', '试用期考核合格，转为正式特约维修点', NULL, 'NONE',
        500, '09:20', 400, '14:45', '{AIR_CONDITIONER,WASHING_MACHINE,WATER_HEATER,SMALL_APPLIANCE}'),
    (13, 'SH-JD-01', '上海嘉定嘉诚制冷设备维修有限公司', 'SUSPENDED', '91310114MA1TUMUC8X',
        '上海市嘉定区城中路 138 号', '朱建华', '021-5952 7706', 'jiacheng.jiading@example.cn',
        '周一至周六 9:00-18:00', '制冷设备维修资质二级；制冷设备维修操作证 3 人',
        '神秘顾客暗访发现乱收费，暂停整改', NULL, 'NONE',
        480, '14:10', 45, '17:00', '{AIR_CONDITIONER,REFRIGERATOR}'),
    (14, 'GD-NS-01', '深圳南山科维电器服务有限公司', 'ACTIVE', '91440305MA0ATYXN5G',
        '深圳市南山区南海大道 2163 号', '郑晓东', '0755-2664 1187', 'kewei.nanshan@example.cn',
        '周一至周六 9:00-18:00', '家电维修资质二级；电子产品维修工证 4 人', '试用期考核合格，转为正式特约维修点', NULL, 'NONE',
        460, '10:40', 360, '15:15', '{TELEVISION,SMALL_APPLIANCE,WASHING_MACHINE}'),
    (15, 'ZJ-XH-01', '杭州西湖之江电器维修有限公司', 'ACTIVE', '91330106MAGCB3MD1P',
        '杭州市西湖区文三路 259 号', '徐晓燕', '0571-8815 3092', 'zhijiang.xihu@example.cn',
        '周一至周六 9:00-18:00', '家电维修资质二级；制冷设备维修操作证 2 人；电子产品维修工证 2 人', '试用期考核合格，转为正式特约维修点', NULL, 'NONE',
        440, '09:50', 340, '14:00', '{REFRIGERATOR,WASHING_MACHINE,TELEVISION}'),
    (16, 'SH-PT-01', '上海普陀顺安家电维修服务部', 'ACTIVE', '92310107MAXNEARW5H',
        '上海市普陀区真北路 1568 号', '孙立新', '021-5266 8843', 'shunan.putuo@example.cn',
        '周一至周六 9:00-18:00', '家电维修资质二级；制冷设备维修操作证 2 人', '试用期考核合格，转为正式特约维修点', NULL, 'NONE',
        420, '15:00', 320, '10:30', '{AIR_CONDITIONER,WATER_HEATER,SMALL_APPLIANCE}'),
    (17, 'GD-BA-01', '深圳宝安永兴家电维修有限公司', 'SUSPENDED', '91440306MA13JK5M10',
        '深圳市宝安区新安六路 1008 号', '罗伟强', '0755-2779 5530', 'yongxing.baoan@example.cn',
        '周一至周日 9:00-18:00', '家电维修资质二级；制冷设备维修操作证 3 人',
        '服务投诉率连续两个月超标（上门超时、态度生硬），暂停派单整改', NULL, 'NONE',
        400, '11:30', 20, '16:00', '{AIR_CONDITIONER,REFRIGERATOR,WASHING_MACHINE}'),
    (18, 'ZJ-YZ-01', '宁波鄞州甬安家电服务有限公司', 'ACTIVE', '91330212MA1RMYM9XA',
        '宁波市鄞州区天童南路 588 号', '胡建军', '0574-8790 2261', 'yongan.yinzhou@example.cn',
        '周一至周六 8:30-17:30', '家电维修资质二级；制冷设备维修操作证 2 人；燃气热水器安装维修资格证 1 人', '试用期考核合格，转为正式特约维修点', NULL, 'NONE',
        380, '10:20', 280, '15:40', '{AIR_CONDITIONER,WATER_HEATER}'),
    (19, 'GD-NH-01', '佛山南海美达电器维修有限公司', 'ACTIVE', '91440605MANQPAN610',
        '佛山市南海区桂城南海大道北 75 号', '邓志坚', '0757-8622 9041', 'meida.nanhai@example.cn',
        '周一至周日 8:30-19:00', '家电维修资质一级；制冷设备维修操作证 4 人；电子产品维修工证 2 人；电工证 3 人', '试用期考核合格，转为正式特约维修点', NULL, 'NONE',
        360, '09:10', 260, '14:20', '{AIR_CONDITIONER,REFRIGERATOR,WASHING_MACHINE,WATER_HEATER,TELEVISION,SMALL_APPLIANCE}'),
    (20, 'SH-SJ-01', '上海松江惠民家电服务有限公司', 'ACTIVE', '91310117MAGX0ATH7R',
        '上海市松江区人民北路 2155 号', '钱红梅', '021-5781 6350', 'huimin.songjiang@example.cn',
        '周一至周六 9:00-18:00', '家电维修资质二级；燃气热水器安装维修资格证 2 人', '试用期考核合格，转为正式特约维修点', NULL, 'NONE',
        340, '14:30', 240, '10:00', '{WASHING_MACHINE,WATER_HEATER,SMALL_APPLIANCE}'),
    (21, 'SH-MH-02', '上海闵行优维家电服务有限公司', 'ACTIVE', '91310112MA0Y77TBXF',
        '上海市闵行区莘松路 380 号', '蔡文斌', '021-6492 5518', 'youwei.minhang@example.cn',
        '周一至周日 8:30-18:30', '家电维修资质二级；制冷设备维修操作证 3 人；电工证 2 人', '试用期考核合格，转为正式特约维修点', NULL, 'NONE',
        285, '10:00', 150, '15:30', '{AIR_CONDITIONER,REFRIGERATOR,WASHING_MACHINE}'),
    (22, 'GD-PY-01', '广州番禺骏达家电服务有限公司', 'ACTIVE', '91440113MABQGPTD7W',
        '广州市番禺区清河东路 318 号', '冯国辉', '020-3482 7706', 'junda.panyu@example.cn',
        '周一至周六 9:00-18:00', '家电维修资质二级；制冷设备维修操作证 2 人；电子产品维修工证 1 人', '试用期考核合格，转为正式特约维修点', NULL, 'NONE',
        270, '11:45', 170, '14:00', '{AIR_CONDITIONER,TELEVISION}'),
    (23, 'GD-LG-01', '深圳龙岗华信家电服务部', 'ACTIVE', '92440307MAN1HQ4X90',
        '深圳市龙岗区龙城街道龙翔大道 7188 号', '曾德华', '0755-2895 4413', 'huaxin.longgang@example.cn',
        '周一至周六 9:00-18:00', '家电维修资质三级；燃气热水器安装维修资格证 2 人', '试用期考核合格，转为正式特约维修点', NULL, 'NONE',
        250, '09:40', 140, '16:10', '{REFRIGERATOR,WASHING_MACHINE,WATER_HEATER}'),
    (24, 'ZJ-LC-01', '温州鹿城瓯越电器维修部', 'ACTIVE', '92330302MAXW2P8U1E',
        '温州市鹿城区车站大道 577 号', '叶成龙', '0577-8801 6625', 'ouyue.lucheng@example.cn',
        '周一至周六 8:30-17:30', '家电维修资质二级；制冷设备维修操作证 2 人', '试用期考核合格，转为正式特约维修点', NULL, 'NONE',
        230, '13:15', 120, '11:00', '{AIR_CONDITIONER,REFRIGERATOR,WASHING_MACHINE}'),
    (25, 'SH-BS-01', '上海宝山鑫利电器维修部', 'PROBATION', '92310113MATQR80K6C',
        '上海市宝山区牡丹江路 1211 号', '马俊', '021-5660 3384', 'xinli.baoshan@example.cn',
        '周一至周六 9:00-18:00', '家电维修资质三级；制冷设备维修操作证 1 人', NULL, NULL, 'NONE',
        150, '10:00', 120, '14:30', '{AIR_CONDITIONER,WASHING_MACHINE}'),
    (26, 'GD-BY-01', '广州白云安家电器服务有限公司', 'PROBATION', '91440111MAPE8KYK36',
        '广州市白云区云城西路 890 号', '谢永红', '138 2615 7740', 'anjia.baiyun@example.cn',
        '周一至周六 9:00-18:00', '家电维修资质三级；电子产品维修工证 2 人', NULL, NULL, 'NONE',
        120, '15:30', 90, '10:30', '{TELEVISION,SMALL_APPLIANCE}'),
    (27, 'ZJ-BJ-01', '杭州滨江智修家电服务有限公司', 'PROBATION', '91330108MA427UYA48',
        '杭州市滨江区江南大道 3850 号', '许嘉伟', '0571-8669 7320', 'zhixiu.binjiang@example.cn',
        '周一至周日 9:00-20:00', '家电维修资质二级；电子产品维修工证 3 人；燃气热水器安装维修资格证 1 人', NULL, NULL, 'NONE',
        90, '11:00', 60, '15:00', '{SMALL_APPLIANCE,TELEVISION,WATER_HEATER}'),
    (28, 'SH-FX-01', '上海奉贤南桥家电维修服务部', 'CANDIDATE', '92310120MABEEC1216',
        '上海市奉贤区南桥镇解放东路 886 号', '杨秀英', '138 1694 2057', 'nanqiao.fengxian@example.cn',
        '周一至周六 9:00-18:00', '家电维修资质三级（待复核）；制冷设备维修操作证 2 人', NULL, NULL, 'NONE',
        40, '14:00', 40, '14:00', '{AIR_CONDITIONER,WATER_HEATER}'),
    (29, 'GD-SD-01', '佛山顺德顺捷家电服务有限公司', 'CANDIDATE', '91440606MA975FWK5N',
        '佛山市顺德区大良街道凤山中路 29 号', '梁志勇', '136 3288 7104', 'shunjie.shunde@example.cn',
        '周一至周日 8:30-18:00', '家电维修资质二级；制冷设备维修操作证 3 人', NULL, NULL, 'NONE',
        25, '10:30', 25, '10:30', '{AIR_CONDITIONER,REFRIGERATOR,WASHING_MACHINE}'),
    (30, 'ZJ-XS-01', '杭州萧山兴达家电服务部', 'CANDIDATE', '92330109MAND559K2W',
        '杭州市萧山区人民路 245 号', '韩立平', '135 8812 4469', 'xingda.xiaoshan@example.cn',
        '周一至周六 9:00-18:00', '电子产品维修工证 2 人（家电维修资质申请中）', NULL, NULL, 'NONE',
        10, '16:00', 10, '16:00', '{WASHING_MACHINE,SMALL_APPLIANCE}')
), inserted AS (
    INSERT INTO outlet (id, code, legal_name, status, business_licence_no, address, contact_name, contact_phone,
                        contact_email, opening_hours, qualifications, status_reason, successor_id, identity_status,
                        created_at, status_changed_at)
    SELECT id, code, legal_name, status, licence, address, contact_name, contact_phone,
           contact_email, opening_hours, qualifications, status_reason, successor_id, identity_status,
           current_date - reg_day + reg_at::time, current_date - status_day + status_at::time
    FROM v
    ON CONFLICT (id) DO NOTHING
    RETURNING id
)
INSERT INTO outlet_product_category (outlet_id, category)
SELECT v.id, unnest(v.categories::varchar[])
FROM v JOIN inserted ON inserted.id = v.id
ON CONFLICT DO NOTHING;

-- ---------------------------------------------------------------- regions, appointments, tracking record
-- All or nothing, once: skipped when the region tree is already there.
DO $demo$
BEGIN
    IF EXISTS (SELECT 1 FROM region WHERE code = 'SH') THEN
        RETURN;
    END IF;

    INSERT INTO region (code, level, name_en, name_zh_cn, name_zh_tw) VALUES
        ('SH', 'PROVINCE', 'Shanghai',  '上海市', '上海市'),
        ('GD', 'PROVINCE', 'Guangdong', '广东省', '廣東省'),
        ('ZJ', 'PROVINCE', 'Zhejiang',  '浙江省', '浙江省');

    INSERT INTO region (parent_id, code, level, name_en, name_zh_cn, name_zh_tw)
    SELECT p.id, v.code, 'CITY', v.name_en, v.name_zh_cn, v.name_zh_tw
    FROM (VALUES
        ('SH', 'SH-SH', 'Shanghai',  '上海市', '上海市'),
        ('GD', 'GD-GZ', 'Guangzhou', '广州市', '廣州市'),
        ('GD', 'GD-SZ', 'Shenzhen',  '深圳市', '深圳市'),
        ('GD', 'GD-FS', 'Foshan',    '佛山市', '佛山市'),
        ('ZJ', 'ZJ-HZ', 'Hangzhou',  '杭州市', '杭州市'),
        ('ZJ', 'ZJ-NB', 'Ningbo',    '宁波市', '寧波市'),
        ('ZJ', 'ZJ-WZ', 'Wenzhou',   '温州市', '溫州市')
    ) AS v (parent, code, name_en, name_zh_cn, name_zh_tw)
    JOIN region p ON p.code = v.parent
    ORDER BY v.code;

    INSERT INTO region (parent_id, code, level, name_en, name_zh_cn, name_zh_tw, service_area)
    SELECT p.id, v.code, 'DISTRICT', v.name_en, v.name_zh_cn, v.name_zh_tw, v.service_area
    FROM (VALUES
        ('SH-SH', 'SH-SH-PD', 'Pudong New Area',     '浦东新区', '浦東新區', '浦东新区全境，含陆家嘴、张江、川沙'),
        ('SH-SH', 'SH-SH-XH', 'Xuhui District',      '徐汇区', '徐匯區', '徐汇区全境，含徐家汇、田林、漕河泾、华泾'),
        ('SH-SH', 'SH-SH-HP', 'Huangpu District',    '黄浦区', '黃浦區', '黄浦区全境，含外滩、南京东路、豫园、打浦桥'),
        ('SH-SH', 'SH-SH-JA', 'Jing''an District',   '静安区', '靜安區', '静安区全境，含南京西路、曹家渡、大宁、彭浦'),
        ('SH-SH', 'SH-SH-CN', 'Changning District',  '长宁区', '長寧區', '长宁区全境，含中山公园、虹桥、新泾、程家桥'),
        ('SH-SH', 'SH-SH-PT', 'Putuo District',      '普陀区', '普陀區', '普陀区全境，含长寿路、真如、长风、桃浦'),
        ('SH-SH', 'SH-SH-HK', 'Hongkou District',    '虹口区', '虹口區', '虹口区全境，含四川北路、北外滩、曲阳、江湾'),
        ('SH-SH', 'SH-SH-YP', 'Yangpu District',     '杨浦区', '楊浦區', '杨浦区全境，含五角场、控江、平凉、新江湾城'),
        ('SH-SH', 'SH-SH-MH', 'Minhang District',    '闵行区', '閔行區', '闵行区全境，含莘庄、七宝、梅陇、颛桥、浦江'),
        ('SH-SH', 'SH-SH-BS', 'Baoshan District',    '宝山区', '寶山區', '宝山区全境，含大场、顾村、淞南、罗店'),
        ('SH-SH', 'SH-SH-JD', 'Jiading District',    '嘉定区', '嘉定區', '嘉定区全境，含嘉定新城、南翔、安亭、江桥'),
        ('SH-SH', 'SH-SH-SJ', 'Songjiang District',  '松江区', '松江區', '松江区全境，含松江新城、九亭、泗泾、洞泾'),
        ('SH-SH', 'SH-SH-QP', 'Qingpu District',     '青浦区', '青浦區', '青浦区全境，含夏阳、徐泾、赵巷、朱家角'),
        ('SH-SH', 'SH-SH-FX', 'Fengxian District',   '奉贤区', '奉賢區', '奉贤区全境，含南桥、奉城、庄行、海湾'),
        ('SH-SH', 'SH-SH-JS', 'Jinshan District',    '金山区', '金山區', '金山区全境，含石化、朱泾、枫泾、亭林'),
        ('SH-SH', 'SH-SH-CM', 'Chongming District',  '崇明区', '崇明區', '崇明区全境，含崇明岛、长兴岛、横沙岛'),
        ('GD-GZ', 'GD-GZ-TH', 'Tianhe District',     '天河区', '天河區', '天河区全境，含珠江新城、天河北、石牌、员村'),
        ('GD-GZ', 'GD-GZ-YX', 'Yuexiu District',     '越秀区', '越秀區', '越秀区全境，含北京路、东山、流花、农林'),
        ('GD-GZ', 'GD-GZ-HZ', 'Haizhu District',     '海珠区', '海珠區', '海珠区全境，含江南西、赤岗、琶洲、昌岗'),
        ('GD-GZ', 'GD-GZ-LW', 'Liwan District',      '荔湾区', '荔灣區', '荔湾区全境，含上下九、西关、芳村、石围塘'),
        ('GD-GZ', 'GD-GZ-BY', 'Baiyun District',     '白云区', '白雲區', '白云区全境，含三元里、同和、京溪、新市、嘉禾'),
        ('GD-GZ', 'GD-GZ-PY', 'Panyu District',      '番禺区', '番禺區', '番禺区全境，含市桥、大石、洛浦、南村'),
        ('GD-GZ', 'GD-GZ-HP', 'Huangpu District',    '黄埔区', '黃埔區', '黄埔区全境，含大沙地、科学城、萝岗、长洲'),
        ('GD-GZ', 'GD-GZ-HD', 'Huadu District',      '花都区', '花都區', '花都区全境，含新华、狮岭、花山、炭步'),
        ('GD-SZ', 'GD-SZ-FT', 'Futian District',     '福田区', '福田區', '福田区全境，含华强北、车公庙、梅林、香蜜湖'),
        ('GD-SZ', 'GD-SZ-LH', 'Luohu District',      '罗湖区', '羅湖區', '罗湖区全境，含东门、人民南、笋岗、莲塘'),
        ('GD-SZ', 'GD-SZ-NS', 'Nanshan District',    '南山区', '南山區', '南山区全境，含蛇口、科技园、南头、西丽'),
        ('GD-SZ', 'GD-SZ-BA', 'Bao''an District',    '宝安区', '寶安區', '宝安区全境，含新安、西乡、福永、沙井、松岗'),
        ('GD-SZ', 'GD-SZ-LG', 'Longgang District',   '龙岗区', '龍崗區', '龙岗区全境，含布吉、横岗、龙城、坂田'),
        ('GD-SZ', 'GD-SZ-LHA', 'Longhua District',   '龙华区', '龍華區', '龙华区全境，含民治、龙华、大浪、观澜'),
        ('GD-FS', 'GD-FS-CC', 'Chancheng District',  '禅城区', '禪城區', '禅城区全境，含祖庙、石湾、张槎、南庄'),
        ('GD-FS', 'GD-FS-NH', 'Nanhai District',     '南海区', '南海區', '南海区全境，含桂城、大沥、里水、狮山、西樵'),
        ('GD-FS', 'GD-FS-SD', 'Shunde District',     '顺德区', '順德區', '顺德区全境，含大良、容桂、北滘、伦教、乐从'),
        ('ZJ-HZ', 'ZJ-HZ-SC', 'Shangcheng District', '上城区', '上城區', '上城区全境，含湖滨、清波、四季青、笕桥、九堡'),
        ('ZJ-HZ', 'ZJ-HZ-GS', 'Gongshu District',    '拱墅区', '拱墅區', '拱墅区全境，含武林、湖墅、米市巷、半山、祥符'),
        ('ZJ-HZ', 'ZJ-HZ-XH', 'Xihu District',       '西湖区', '西湖區', '西湖区全境，含西溪、文新、翠苑、留下、转塘'),
        ('ZJ-HZ', 'ZJ-HZ-BJ', 'Binjiang District',   '滨江区', '濱江區', '滨江区全境，含西兴、长河、浦沿'),
        ('ZJ-HZ', 'ZJ-HZ-XS', 'Xiaoshan District',   '萧山区', '蕭山區', '萧山区全境，含城厢、北干、新塘、宁围、瓜沥'),
        ('ZJ-HZ', 'ZJ-HZ-YH', 'Yuhang District',     '余杭区', '餘杭區', '余杭区全境，含未来科技城、良渚、仓前、闲林、瓶窑'),
        ('ZJ-NB', 'ZJ-NB-HS', 'Haishu District',     '海曙区', '海曙區', '海曙区全境，含鼓楼、月湖、西门、石碶、集士港'),
        ('ZJ-NB', 'ZJ-NB-JB', 'Jiangbei District',   '江北区', '江北區', '江北区全境，含中马、白沙、孔浦、庄桥、慈城'),
        ('ZJ-NB', 'ZJ-NB-YZ', 'Yinzhou District',    '鄞州区', '鄞州區', '鄞州区全境，含东柳、中河、钟公庙、下应、首南'),
        ('ZJ-NB', 'ZJ-NB-BL', 'Beilun District',     '北仑区', '北侖區', '北仑区全境，含新碶、小港、大碶、霞浦、春晓'),
        ('ZJ-WZ', 'ZJ-WZ-LC', 'Lucheng District',    '鹿城区', '鹿城區', '鹿城区全境，含五马、南汇、松台、双屿、藤桥'),
        ('ZJ-WZ', 'ZJ-WZ-LW', 'Longwan District',    '龙湾区', '龍灣區', '龙湾区全境，含永中、蒲州、海滨、状元、瑶溪'),
        ('ZJ-WZ', 'ZJ-WZ-OH', 'Ouhai District',      '瓯海区', '甌海區', '瓯海区全境，含梧田、娄桥、潘桥、茶山、丽岙')
    ) AS v (parent, code, name_en, name_zh_cn, name_zh_tw, service_area)
    JOIN region p ON p.code = v.parent
    ORDER BY v.code;

    -- 区域唯一性原则: each district has at most one holder at a time. A successor's appointment starts
    -- exactly when its predecessor's ends; the ended one keeps the outgoing outlet's reason, as a
    -- replacement in NetworkAdministration does. Coverage gaps: no holder in SH-SH-FX, SH-SH-JS, SH-SH-CM,
    -- GD-GZ-HD, GD-SZ-LHA, GD-FS-SD, ZJ-HZ-XS, ZJ-HZ-YH, ZJ-NB-JB, ZJ-NB-BL, ZJ-WZ-LW, ZJ-WZ-OH; and a
    -- suspended holder, who does not serve, in SH-SH-JD (outlet 13) and GD-SZ-BA (outlet 17).
    INSERT INTO region_assignment (region_id, outlet_id, valid_from, valid_to, appointed_by, end_reason)
    SELECT r.id, v.outlet_id, current_date - v.from_day + v.from_at::time,
           current_date - v.to_day + v.to_at::time, 'hq.admin', CASE WHEN v.to_day IS NOT NULL THEN o.status_reason END
    FROM (VALUES
        (1,  'SH-SH-PD', 690, '10:00', NULL, NULL),
        (2,  'SH-SH-XH', 688, '10:00', NULL, NULL),
        (3,  'SH-SH-HP', 670, '10:00', NULL, NULL),
        (3,  'SH-SH-JA', 480, '10:00', NULL, NULL),
        (4,  'SH-SH-MH', 660, '10:00', 240, '14:00'),
        (21, 'SH-SH-MH', 240, '14:00', NULL, NULL),
        (5,  'SH-SH-CN', 640, '10:00', NULL, NULL),
        (6,  'GD-GZ-TH', 620, '10:00', NULL, NULL),
        (6,  'GD-GZ-HP', 150, '11:00', NULL, NULL),
        (7,  'GD-GZ-YX', 600, '10:00', NULL, NULL),
        (7,  'GD-GZ-LW', 400, '10:00', NULL, NULL),
        (8,  'GD-GZ-HP', 580, '10:00', 150, '11:00'),
        (9,  'GD-SZ-FT', 550, '10:00', NULL, NULL),
        (9,  'GD-SZ-LH', 350, '10:00', NULL, NULL),
        (10, 'SH-SH-YP', 530, '10:00', NULL, NULL),
        (10, 'SH-SH-HK', 300, '10:00', NULL, NULL),
        (11, 'GD-GZ-HZ', 510, '10:00', NULL, NULL),
        (12, 'ZJ-HZ-SC', 490, '10:00', NULL, NULL),
        (12, 'ZJ-HZ-GS', 250, '10:00', NULL, NULL),
        (13, 'SH-SH-JD', 470, '10:00', NULL, NULL),
        (14, 'GD-SZ-NS', 450, '10:00', NULL, NULL),
        (15, 'ZJ-HZ-XH', 430, '10:00', NULL, NULL),
        (16, 'SH-SH-PT', 410, '10:00', NULL, NULL),
        (17, 'GD-SZ-BA', 390, '10:00', NULL, NULL),
        (18, 'ZJ-NB-YZ', 370, '10:00', NULL, NULL),
        (18, 'ZJ-NB-HS', 200, '10:00', NULL, NULL),
        (19, 'GD-FS-NH', 350, '10:00', NULL, NULL),
        (19, 'GD-FS-CC', 180, '10:00', NULL, NULL),
        (20, 'SH-SH-SJ', 330, '10:00', NULL, NULL),
        (20, 'SH-SH-QP', 100, '10:00', NULL, NULL),
        (22, 'GD-GZ-PY', 260, '10:00', NULL, NULL),
        (23, 'GD-SZ-LG', 238, '10:00', NULL, NULL),
        (24, 'ZJ-WZ-LC', 220, '10:00', NULL, NULL),
        (25, 'SH-SH-BS', 120, '14:30', NULL, NULL),
        (26, 'GD-GZ-BY',  90, '10:30', NULL, NULL),
        (27, 'ZJ-HZ-BJ',  60, '15:00', NULL, NULL)
    ) AS v (outlet_id, region, from_day, from_at, to_day, to_at)
    JOIN region r ON r.code = v.region
    JOIN outlet o ON o.id = v.outlet_id
    ORDER BY 3, v.outlet_id;

    -- The tracking record (跟踪记录), shaped as the application writes it (TrackingEntry): structured
    -- kinds need no note, a STATUS note is the reason given, the last one is the outlet's status_reason.
    -- Derived: REGISTERED from the outlets, APPOINTED / RELEASED from the appointments, REPLACED /
    -- SUCCEEDED from successor_id. Listed: status changes, notes, identity. Ids follow the time; at one
    -- instant the order is the application's (seq), e.g. for a replacement RELEASED, APPOINTED, STATUS,
    -- REPLACED, then the successor's STATUS and SUCCEEDED.
    INSERT INTO outlet_event (outlet_id, occurred_at, kind, actor, from_status, to_status, region_id,
                              other_outlet_id, note)
    SELECT outlet_id, occurred_at, kind, actor, from_status, to_status, region_id, other_outlet_id, note
    FROM (
        SELECT o.id AS outlet_id, o.created_at AS occurred_at, 0 AS seq, 'REGISTERED' AS kind, 'hq.admin' AS actor,
               NULL AS from_status, NULL AS to_status, NULL::bigint AS region_id, NULL::bigint AS other_outlet_id,
               NULL AS note
        FROM outlet o
        WHERE o.id BETWEEN 1 AND 30
      UNION ALL
        SELECT a.outlet_id, a.valid_from, 2, 'APPOINTED', a.appointed_by, NULL, NULL, a.region_id, NULL, NULL
        FROM region_assignment a
      UNION ALL
        SELECT a.outlet_id, a.valid_to, 1, 'RELEASED', 'hq.admin', NULL, NULL, a.region_id, NULL, a.end_reason
        FROM region_assignment a
        WHERE a.valid_to IS NOT NULL
      UNION ALL
        SELECT o.id, o.status_changed_at, 4, 'REPLACED', 'hq.admin', NULL, o.status, NULL, o.successor_id, o.status_reason
        FROM outlet o
        WHERE o.id BETWEEN 1 AND 30 AND o.successor_id IS NOT NULL
      UNION ALL
        SELECT o.successor_id, o.status_changed_at, 6, 'SUCCEEDED', 'hq.admin', NULL, NULL, NULL, o.id, NULL
        FROM outlet o
        WHERE o.id BETWEEN 1 AND 30 AND o.successor_id IS NOT NULL
      UNION ALL
        SELECT v.outlet_id, current_date - v.day + v.at::time, v.seq, v.kind, v.actor, v.from_status, v.to_status,
               NULL, NULL, CASE WHEN v.to_status = 'TERMINATED' THEN o.status_reason ELSE v.note END
        FROM (VALUES
            -- the usual path: a candidate is put on probation by its first appointment (no reason), then made active
            (1,  690, '10:00', 1, 'STATUS', 'hq.admin', 'CANDIDATE', 'PROBATION', NULL),
            (1,  600, '15:00', 1, 'STATUS', 'hq.admin', 'PROBATION', 'ACTIVE', '试用期考核合格，转为正式特约维修点'),
            (2,  688, '10:00', 1, 'STATUS', 'hq.admin', 'CANDIDATE', 'PROBATION', NULL),
            (2,  598, '15:30', 1, 'STATUS', 'hq.admin', 'PROBATION', 'ACTIVE', '试用期考核合格，转为正式特约维修点'),
            (3,  670, '10:00', 1, 'STATUS', 'hq.admin', 'CANDIDATE', 'PROBATION', NULL),
            (3,  580, '14:30', 1, 'STATUS', 'hq.admin', 'PROBATION', 'ACTIVE', '试用期考核合格，转为正式特约维修点'),
            (4,  660, '10:00', 1, 'STATUS', 'hq.admin', 'CANDIDATE', 'PROBATION', NULL),
            (4,  570, '15:00', 1, 'STATUS', 'hq.admin', 'PROBATION', 'ACTIVE', '试用期考核合格，转为正式特约维修点'),
            (5,  640, '10:00', 1, 'STATUS', 'hq.admin', 'CANDIDATE', 'PROBATION', NULL),
            (5,  550, '16:00', 1, 'STATUS', 'hq.admin', 'PROBATION', 'ACTIVE', '试用期考核合格，转为正式特约维修点'),
            (6,  620, '10:00', 1, 'STATUS', 'hq.admin', 'CANDIDATE', 'PROBATION', NULL),
            (6,  530, '15:00', 1, 'STATUS', 'hq.admin', 'PROBATION', 'ACTIVE', '试用期考核合格，转为正式特约维修点'),
            (7,  600, '10:00', 1, 'STATUS', 'hq.admin', 'CANDIDATE', 'PROBATION', NULL),
            (7,  510, '10:00', 1, 'STATUS', 'hq.admin', 'PROBATION', 'ACTIVE', '试用期考核合格，转为正式特约维修点'),
            (8,  580, '10:00', 1, 'STATUS', 'hq.admin', 'CANDIDATE', 'PROBATION', NULL),
            (8,  490, '16:00', 1, 'STATUS', 'hq.admin', 'PROBATION', 'ACTIVE', '试用期考核合格，转为正式特约维修点'),
            (9,  550, '10:00', 1, 'STATUS', 'hq.admin', 'CANDIDATE', 'PROBATION', NULL),
            (9,  460, '14:00', 1, 'STATUS', 'hq.admin', 'PROBATION', 'ACTIVE', '试用期考核合格，转为正式特约维修点'),
            (10, 530, '10:00', 1, 'STATUS', 'hq.admin', 'CANDIDATE', 'PROBATION', NULL),
            (10, 440, '15:00', 1, 'STATUS', 'hq.admin', 'PROBATION', 'ACTIVE', '试用期考核合格，转为正式特约维修点'),
            (11, 510, '10:00', 1, 'STATUS', 'hq.admin', 'CANDIDATE', 'PROBATION', NULL),
            (11, 420, '16:30', 1, 'STATUS', 'hq.admin', 'PROBATION', 'ACTIVE', '试用期考核合格，转为正式特约维修点'),
            (12, 490, '10:00', 1, 'STATUS', 'hq.admin', 'CANDIDATE', 'PROBATION', NULL),
            (12, 400, '14:45', 1, 'STATUS', 'hq.admin', 'PROBATION', 'ACTIVE', '试用期考核合格，转为正式特约维修点'),
            (13, 470, '10:00', 1, 'STATUS', 'hq.admin', 'CANDIDATE', 'PROBATION', NULL),
            (13, 380, '15:00', 1, 'STATUS', 'hq.admin', 'PROBATION', 'ACTIVE', '试用期考核合格，转为正式特约维修点'),
            (14, 450, '10:00', 1, 'STATUS', 'hq.admin', 'CANDIDATE', 'PROBATION', NULL),
            (14, 360, '15:15', 1, 'STATUS', 'hq.admin', 'PROBATION', 'ACTIVE', '试用期考核合格，转为正式特约维修点'),
            (15, 430, '10:00', 1, 'STATUS', 'hq.admin', 'CANDIDATE', 'PROBATION', NULL),
            (15, 340, '14:00', 1, 'STATUS', 'hq.admin', 'PROBATION', 'ACTIVE', '试用期考核合格，转为正式特约维修点'),
            (16, 410, '10:00', 1, 'STATUS', 'hq.admin', 'CANDIDATE', 'PROBATION', NULL),
            (16, 320, '10:30', 1, 'STATUS', 'hq.admin', 'PROBATION', 'ACTIVE', '试用期考核合格，转为正式特约维修点'),
            (17, 390, '10:00', 1, 'STATUS', 'hq.admin', 'CANDIDATE', 'PROBATION', NULL),
            (17, 300, '15:00', 1, 'STATUS', 'hq.admin', 'PROBATION', 'ACTIVE', '试用期考核合格，转为正式特约维修点'),
            (18, 370, '10:00', 1, 'STATUS', 'hq.admin', 'CANDIDATE', 'PROBATION', NULL),
            (18, 280, '15:40', 1, 'STATUS', 'hq.admin', 'PROBATION', 'ACTIVE', '试用期考核合格，转为正式特约维修点'),
            (19, 350, '10:00', 1, 'STATUS', 'hq.admin', 'CANDIDATE', 'PROBATION', NULL),
            (19, 260, '14:20', 1, 'STATUS', 'hq.admin', 'PROBATION', 'ACTIVE', '试用期考核合格，转为正式特约维修点'),
            (20, 330, '10:00', 1, 'STATUS', 'hq.admin', 'CANDIDATE', 'PROBATION', NULL),
            (20, 240, '10:00', 1, 'STATUS', 'hq.admin', 'PROBATION', 'ACTIVE', '试用期考核合格，转为正式特约维修点'),
            (21, 150, '15:30', 1, 'STATUS', 'hq.admin', 'PROBATION', 'ACTIVE', '试用期考核合格，转为正式特约维修点'),
            (22, 260, '10:00', 1, 'STATUS', 'hq.admin', 'CANDIDATE', 'PROBATION', NULL),
            (22, 170, '14:00', 1, 'STATUS', 'hq.admin', 'PROBATION', 'ACTIVE', '试用期考核合格，转为正式特约维修点'),
            (23, 238, '10:00', 1, 'STATUS', 'hq.admin', 'CANDIDATE', 'PROBATION', NULL),
            (23, 140, '16:10', 1, 'STATUS', 'hq.admin', 'PROBATION', 'ACTIVE', '试用期考核合格，转为正式特约维修点'),
            (24, 220, '10:00', 1, 'STATUS', 'hq.admin', 'CANDIDATE', 'PROBATION', NULL),
            (24, 120, '11:00', 1, 'STATUS', 'hq.admin', 'PROBATION', 'ACTIVE', '试用期考核合格，转为正式特约维修点'),
            (25, 120, '14:30', 1, 'STATUS', 'hq.admin', 'CANDIDATE', 'PROBATION', NULL),
            (26,  90, '10:30', 1, 'STATUS', 'hq.admin', 'CANDIDATE', 'PROBATION', NULL),
            (27,  60, '15:00', 1, 'STATUS', 'hq.admin', 'CANDIDATE', 'PROBATION', NULL),
            -- suspensions after inspections (秘密监察, 回访, 投诉热线)
            (4,  302, '16:20', 1, 'NOTE', 'hq.auditor', NULL, NULL, '秘密监察（神秘顾客）：空调加氟报价 680 元，超出维修清单上限；技术员未出示上岗资格证'),
            (4,  300, '10:00', 1, 'STATUS', 'hq.admin', 'ACTIVE', 'SUSPENDED', '神秘顾客暗访发现乱收费（空调加氟超出统一收费标准），暂停整改'),
            (8,  212, '11:30', 1, 'NOTE', 'hq.auditor', NULL, NULL, '季度回访：服务遗漏率 6.8%，超出 2% 控制线；多起报修未在 24 小时内上门'),
            (8,  210, '10:00', 1, 'STATUS', 'hq.admin', 'ACTIVE', 'SUSPENDED', '回访发现服务遗漏率连续三个月超标，暂停整改'),
            (13,  47, '15:40', 1, 'NOTE', 'hq.auditor', NULL, NULL, '秘密监察（神秘顾客）：冰箱不制冷，未按维修清单报价，另收上门费 80 元'),
            (13,  45, '17:00', 1, 'STATUS', 'hq.admin', 'ACTIVE', 'SUSPENDED', '神秘顾客暗访发现乱收费，暂停整改'),
            (17,  22, '10:10', 1, 'NOTE', 'hq.auditor', NULL, NULL, '投诉热线汇总：近两个月有效投诉 17 起，集中在上门超时和服务态度'),
            (17,  20, '16:00', 1, 'STATUS', 'hq.admin', 'ACTIVE', 'SUSPENDED', '服务投诉率连续两个月超标（上门超时、态度生硬），暂停派单整改'),
            -- replacement 1 (更换不合格网点): outlet 21, newly recruited, takes over Minhang from outlet 4
            -- and is put on probation by it; replacement 2: outlet 6, already active, takes over Huangpu from 8
            (21, 283, '15:00', 1, 'NOTE', 'hq.admin', NULL, NULL, '实地考察：作为闵行区后备网点考察，门店 120 平方米，技术人员 6 名，备件库规范'),
            (4,  240, '14:00', 3, 'STATUS', 'hq.admin', 'SUSPENDED', 'TERMINATED', NULL),
            (21, 240, '14:00', 5, 'STATUS', 'hq.admin', 'CANDIDATE', 'PROBATION', NULL),
            (8,  150, '11:00', 3, 'STATUS', 'hq.admin', 'SUSPENDED', 'TERMINATED', NULL),
            -- spot checks and other notes (不定期抽查, 秘密监察)
            (1,  200, '14:20', 1, 'NOTE', 'hq.auditor', NULL, NULL, '不定期抽查：服务态度良好，维修记录完整'),
            (1,   35, '10:40', 1, 'NOTE', 'hq.auditor', NULL, NULL, '秘密监察（神秘顾客）：洗衣机脱水故障，24 小时内上门，收费与维修清单一致'),
            (2,  150, '15:10', 1, 'NOTE', 'hq.auditor', NULL, NULL, '秘密监察（神秘顾客）：按约定时间上门，技术员出示上岗资格证，收费符合统一收费标准'),
            (6,   90, '09:50', 1, 'NOTE', 'hq.auditor', NULL, NULL, '不定期抽查：黄埔区接手顺利，备件台账清楚，旧件回收登记完整'),
            (14,  60, '16:00', 1, 'NOTE', 'hq.auditor', NULL, NULL, '不定期抽查：服务态度良好，维修记录完整'),
            (25,  30, '11:20', 1, 'NOTE', 'hq.admin', NULL, NULL, '试用期中期检查：上门及时率 96%，尚有 1 名技术员未取得制冷设备维修操作证'),
            (28,  38, '15:00', 1, 'NOTE', 'hq.admin', NULL, NULL, '实地考察：门店位于南桥镇主干道，技术人员 4 名，待补交资质证明；拟覆盖奉贤区'),
            (30,   8, '10:30', 1, 'NOTE', 'hq.admin', NULL, NULL, '资料初审：家电维修资质尚在申请，待取得后再安排实地考察'),
            -- the accounts of outlets 1 and 2 (Keycloak realm import), recorded as the identity outbox would
            (1,  599, '10:00', 1, 'IDENTITY', 'hq.admin', NULL, NULL, 'PROVISION_OUTLET manager.1'),
            (2,  597, '10:00', 1, 'IDENTITY', 'hq.admin', NULL, NULL, 'PROVISION_OUTLET manager.2')
        ) AS v (outlet_id, day, at, seq, kind, actor, from_status, to_status, note)
        JOIN outlet o ON o.id = v.outlet_id
    ) AS e
    ORDER BY occurred_at, seq, outlet_id;
END
$demo$;

COMMIT;

-- Ids above are explicit or come from the sequences; keep every sequence past them. Outlets HQ creates start at 1001.
SELECT setval('outlet_seq', greatest((SELECT max(id) FROM outlet), 1000));
SELECT setval('region_seq', greatest((SELECT max(id) FROM region), 1));
SELECT setval('region_assignment_seq', greatest((SELECT max(id) FROM region_assignment), 1));
SELECT setval('outlet_event_seq', greatest((SELECT max(id) FROM outlet_event), 1));
