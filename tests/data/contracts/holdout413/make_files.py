"""holdout413: builds ten blind ORDINARY draft contracts (.pdf/.docx/.txt/.md) and their labels (.json), then checks
them: rules derived from the labels by my own reading of policy.md section 3, coverage of all 20 CR rules, lengths read
back from the built files, and a scan for threshold figures (self-tested). Run: /work/main/.venv/bin/python -B make_files.py
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H413Z01 = """T:区教育局中小学校园安全管理平台采购合同
P:合同编号：JYJ-ZFCG-2026-017    采购方式：公开招标（政府采购）
P:甲方（采购人）：江宁市临川区教育局    地址：临川区学府路18号
P:乙方（供应商）：南京安校通信息技术有限公司    地址：南京市江北新区研创园8栋
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，甲乙双方就临川区中小学校园安全管理平台（以下称“平台”）的软件许可及定制开发事项，经协商一致，订立本合同。
H:第一条 项目内容
P:1.1 乙方向甲方提供校园安全管理平台软件的永久使用许可（区级部署，覆盖全区86所中小学及幼儿园），并完成门禁与视频监控对接、安全隐患排查上报、校车及家校通知等定制开发，负责部署实施、数据迁移与培训。
P:1.2 平台部署在甲方指定的教育城域网机房，乙方不得将平台数据迁出甲方机房。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰叁拾壹万贰仟元整（¥1,312,000），为固定总价，含税及全部费用，分项如下：
P:（1）平台软件许可费：¥720,000；
P:（2）定制开发费（门禁/视频对接、隐患排查、家校通知）：¥468,000；
P:（3）部署实施与数据迁移费：¥96,000；
P:（4）培训费（管理员及学校安全员）：¥28,000。
P:2.2 除上述价款外，甲方在本合同项下不再支付其他费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额预付款保函后15个工作日内，甲方支付合同总价的20%作为预付款，即¥262,400。
P:3.2 平台通过初验后15个工作日内，甲方支付合同总价的45%，即¥590,400。
P:3.3 平台通过终验后15个工作日内，甲方支付合同总价的35%，即¥459,200。
P:3.4 乙方每次收款前应开具合法有效的增值税发票。
P:3.5 甲方付款以财政资金到位为前提，甲方应及时办理支付审批手续，乙方应予配合。
P:3.6 乙方收款账户：中国银行南京江北新区支行，账号4567 8901 2345。
H:第四条 交付与工期
P:4.1 乙方应于合同签订后90日内完成部署和定制开发并提交初验申请，初验通过后进入60日试运行。
P:4.2 乙方应按甲方确认的需求规格说明书开发，需求变更须经甲方书面确认。
P:4.3 乙方应组建不少于8人的项目团队，项目经理须具备信息系统项目管理师资格并常驻临川区，未经甲方书面同意不得更换。
P:4.4 乙方应在合同签订后15日内提交项目实施方案、进度计划和测试方案，经甲方确认后执行；每周向甲方报送项目周报，说明进度、问题和风险。
P:4.5 部署期间乙方应遵守甲方机房管理制度，进入学校现场施工的，应服从学校安全管理，不得影响正常教学秩序。
H:第五条 验收
P:5.1 初验标准：需求规格说明书所列功能全部实现；门禁、视频对接不少于80所学校；并发500用户时页面响应不超过3秒；第三方安全测评无高危漏洞。
P:5.2 终验标准：试运行期间无一级故障，累计二级故障不超过3次；全部文档及源代码移交；甲方组织专家按上述标准验收并出具书面终验报告。
P:5.3 平台上线运行、甲方使用或付款，均不视为验收合格。验收不合格的，乙方应在15日内整改并重新提交验收。
H:第六条 质保与维护
P:6.1 质保期为三年，自终验合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级和技术支持。
P:6.2 质保期满后，如甲方续购维护服务，年度维护费不超过平台软件许可费的8%，即每年不超过¥57,600，且此后两个服务年度内不上调。
P:6.3 质保期内乙方每季度对平台进行一次巡检和安全漏洞扫描，出具巡检报告；重大节假日及开学期间安排专人值守。
P:6.4 质保期内乙方提供不少于两次的管理员进阶培训，并根据教育主管部门新的校园安全管理要求，对已交付功能进行必要的适应性调整。
H:第七条 服务水平
P:7.1 平台月可用率不低于99.95%（计划内维护除外，维护须提前3日书面通知甲方）。
P:7.2 一级故障（平台整体不可用或门禁报警中断）：乙方应在30分钟内响应，2小时内到场，6小时内恢复；二级故障2小时内响应，24小时内解决。
P:7.3 响应或恢复超时的，每超时1小时，甲方从应付款项中扣减¥500；月可用率每低于承诺值0.01个百分点，扣减¥1,000。
H:第八条 数据安全
P:8.1 平台存储的学生、教职工及家长个人信息和各类业务数据均属于甲方所有，乙方仅可为履行本合同使用，不得复制、留存或向任何第三方提供。
P:8.2 乙方应按网络安全等级保护第三级要求配合完成定级备案，落实访问控制、加密存储、日志审计等措施；远程运维须经甲方审批并通过堡垒机进行。
P:8.3 发生数据泄露或安全事件的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任及相应法律责任。
H:第九条 保密
P:9.1 乙方对履约中知悉的甲方工作秘密、校园安防布局及未公开信息负有保密义务，未经甲方书面同意不得向第三方披露。本条在合同终止后继续有效。
H:第十条 知识产权
P:10.1 定制开发成果（包括源代码、接口程序、数据库设计及文档）的知识产权归甲方所有，甲方可自行修改、使用或许可他人使用。
P:10.2 平台软件本身的知识产权仍归乙方，乙方授予甲方永久、不可撤销的使用许可。
P:10.3 乙方保证所交付成果不侵犯第三方权利，否则由乙方承担全部责任。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期提交初验申请的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方交付成果质量不符合约定的，应负责返工并承担由此增加的费用；给甲方造成损失的，应予赔偿。
P:11.3 甲方逾期付款的，每逾期一日按未付金额的万分之三支付违约金。
H:第十二条 分包
P:12.1 乙方不得将本项目分包或转包给任何第三方。
H:第十三条 合同解除
P:13.1 乙方逾期超过30日，或严重违约经甲方书面通知后15日内仍未改正的，甲方有权解除合同，并要求乙方退还已付款项、赔偿损失。
P:13.2 本合同在质保期届满且各方义务履行完毕后终止，不自动续期。
H:第十四条 争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方应协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:15.1 招标文件、投标文件及中标通知书为本合同组成部分。因不可抗力不能履行合同的，受影响一方应在3日内通知对方，并在15日内提供证明，双方可协商延期或部分免责。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：江宁市临川区教育局    代表：________    日期：2026年3月__日
P:乙方（盖章）：南京安校通信息技术有限公司    代表：________    日期：2026年3月__日
"""

H413Z02 = """T:热压机控制系统改造及维保合同
P:合同编号：MY-SB-2026-031
P:甲方（买方）：湖州德森木业有限公司    地址：湖州市南浔区练市镇工业园
P:乙方（卖方）：常州恒控自动化科技有限公司    地址：常州市武进区湖塘镇科技路66号
P:甲方现有两条多层热压机生产线（1#、2#线）的控制系统老化，甲方委托乙方对其进行改造，并在质保期内提供维保服务。双方经协商订立本合同。
H:一、改造内容
P:（一）更换两条线的PLC控制柜、液压比例阀及压力传感器、温控模块及热电偶、HMI触摸屏，并安装乙方热压工艺控制软件。
P:（二）按甲方的板材工艺（刨花板、中密度纤维板）编制压力曲线和配方程序，实现升压、保压、降压自动控制和数据记录。
P:（三）拆除旧系统，完成接线、调试及操作人员培训。
P:（四）改造后的性能要求：热板温度控制精度±1.5℃，压力控制精度±0.2MPa，热压周期不长于改造前，压力曲线和温度数据每5秒记录一次并可导出。
P:（五）保留原有紧急停机和安全联锁功能，并新增液压系统超压报警及操作员双手启动保护。
H:二、合同价款
P:（一）合同总价为人民币壹佰万零肆仟元整（¥1,004,000），明细如下表：
TB:序号|项目|数量|金额（元）
TB:1|PLC控制柜（含CPU、I/O模块）|2套|386,000
TB:2|液压比例阀及压力传感器|2套|214,000
TB:3|温控模块及热电偶|2套|98,000
TB:4|HMI触摸屏|2台|52,000
TB:5|热压工艺控制软件许可（永久）|2套|126,000
TB:|软硬件小计||876,000
TB:6|安装调试|1项|92,000
TB:7|工艺参数优化及培训|1项|36,000
TB:|合同总价||1,004,000
P:（二）上述价格含运输、保险、税费及安装所需辅材。
H:三、付款方式
P:（一）合同签订后10个工作日内，甲方支付合同总价的20%作为预付款，即¥200,800。
P:（二）全部设备到达甲方工厂并经甲方清点签收后10个工作日内，支付合同总价的55%，即¥552,200。
P:（三）安装调试完成后10个工作日内，支付合同总价的25%，即¥251,000。
H:四、交货与安装
P:（一）乙方应于合同签订后45日内将设备运至甲方工厂，1#线和2#线分别停产改造，每条线停产不超过10日。
P:（二）乙方应在甲方安排的停产期内完成安装、接线和调试，并保证改造后热压周期不长于改造前。
P:（三）乙方进场施工前应提交施工方案和安全措施，施工人员须持有电工作业证，遵守甲方安全生产管理制度；因乙方施工造成的人身伤害或财产损失由乙方负责。
P:（四）乙方应在安装调试期间对甲方操作工、电工和设备管理人员进行培训，每条线不少于2天，并提供中文操作手册、电气图纸和备件清单。
H:五、验收
P:（一）设备安装调试完成并通电试运行后，即视为甲方验收合格。
P:（二）甲方对设备外观、数量在到货时进行清点，清点签收仅确认数量。
P:（三）乙方应在到货时提供产品合格证、出厂检验报告、电气原理图、PLC及HMI程序备份和使用说明书，资料不全的，甲方可拒绝签收。
P:（四）设备所有权自甲方支付到货款后转移至甲方，毁损灭失风险自清点签收后转移。
H:六、质保与维保
P:（一）质保期为十八个月，自安装调试完成之日起计算。质保期内乙方免费维修、更换故障部件并升级控制软件。
P:（二）质保期内乙方按以下标准提供维保服务：一级故障（热压机停机）1小时内电话响应，2小时内工程师到场，12小时内恢复生产；二级故障（单项功能异常）8小时内响应，48小时内解决。
P:（三）质保期内乙方每季度上门巡检一次，检查传感器精度、液压系统和电气柜，出具巡检报告。
P:（三a）质保期内因设备或软件质量问题导致停产的，乙方应提供备用模块先行恢复生产；同一部件在质保期内故障三次以上的，乙方应免费更换新品。
P:（三b）乙方应在甲方工厂存放常用备件（比例阀、热电偶、I/O模块、电源模块各若干），备件清单经甲方确认，质保期满后甲方可按原价购买。
P:（四）响应、到场或恢复超时的，每超时1小时，乙方向甲方支付¥300。
P:（五）质保期满后，甲方可续签维保服务，年度维保费为软硬件小计的9%，即每年¥78,840，三个服务年度内不上调。
H:七、数据与网络安全
P:（一）控制系统中的工艺配方、压力曲线及生产数据均属于甲方，乙方不得复制、留存或用于其他客户。
P:（二）乙方远程维护须经甲方设备部书面批准，使用甲方提供的VPN账号，维护结束后立即关闭；乙方应防止病毒或恶意程序进入控制网络。
P:（三）因乙方原因造成数据泄露、丢失或控制系统被入侵的，乙方应在24小时内书面报告，并赔偿甲方全部损失。
H:八、保密
P:（一）乙方对甲方的工艺配方、产能、价格等技术和经营信息负有保密义务，未经甲方书面同意不得向第三方披露，合同终止后仍然有效。
H:九、知识产权
P:（一）乙方为甲方编制的PLC程序、配方程序及HMI画面归甲方所有，乙方应交付源程序，甲方可自行修改。
P:（二）工艺控制软件的著作权归乙方，甲方享有永久使用权。
P:（三）乙方保证所供设备及软件不侵犯第三方知识产权，否则由乙方负责处理并赔偿甲方损失。
H:十、分包
P:（一）乙方可将现场电气安装和布线工程分包给第三方施工队，但应提前3日书面告知甲方，乙方对分包工作质量负责。
H:十一、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的千分之一支付违约金。
P:（二）改造后设备达不到约定性能的，乙方应免费整改；整改后仍达不到的，甲方有权退货并要求赔偿损失。
P:（三）甲方逾期付款的，按未付金额每日万分之三支付违约金。
P:（四）乙方维保人员在甲方厂区内违反安全生产规定，经甲方指出后拒不改正的，甲方有权要求乙方更换人员。
H:十二、合同解除
P:（一）乙方逾期交货超过20日，或有其他严重违约行为经甲方催告后10日内仍未纠正的，甲方有权书面解除合同。
P:（二）质保期及维保期届满，本合同终止，不自动续期。
P:（三）合同解除后，乙方应在15日内退还甲方已付但未履行部分的款项，甲方已签收的设备由双方按实际情况结算；乙方已编制的程序和资料应移交甲方。
H:十三、争议解决
P:（一）本合同适用中华人民共和国法律。发生争议的，双方协商解决；协商不成的，向甲方所在地人民法院起诉。
H:十四、其他
P:（一）本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:（二）因不可抗力不能履行合同的，受影响一方应及时通知对方，并在合理期限内提供证明，双方协商延期履行或部分免责。
P:（三）合同附件（技术规格书、设备清单、施工方案）为本合同组成部分，与本合同具有同等效力。本合同未尽事宜，双方可另行签订补充协议。
P:（四）乙方开户银行：中国工商银行常州武进支行，账号：1105 0211 0920 0031 786。
P:甲方（盖章）：湖州德森木业有限公司    代表：________
P:乙方（盖章）：常州恒控自动化科技有限公司    代表：________
"""

H413Z03 = """书店连锁门店进销存及会员管理SaaS服务合同

合同编号：SY-IT-2026-008
甲方（客户）：浙江文汇书店连锁有限公司（下辖30家门店）
地址：杭州市拱墅区湖墅南路211号
乙方（服务商）：杭州云书阁软件服务有限公司
地址：杭州市余杭区五常街道文一西路998号

甲方拟将30家门店及总部的进销存、收银和会员管理迁移至乙方提供的SaaS平台，乙方同时负责实施上线。双方经协商一致，订立本合同。

1. 服务内容
1.1 乙方向甲方提供“云书阁”书店进销存及会员SaaS服务，包括门店收银、采购入库、调拨退货、库存盘点、会员积分、储值卡及营销券、总部经营报表等模块。
1.2 乙方负责实施服务：历史商品资料及会员数据迁移、与甲方财务系统和第三方支付的接口对接、门店收银设备调试及人员培训。
1.3 服务期为两个服务年度，自2026年5月1日起至2028年4月30日止。
1.4 服务期内乙方免费提供平台版本升级，新增功能不另行收费；涉及出版物发行管理、发票管理等政策调整的，乙方应及时完成适配。
1.5 乙方为甲方设立专属客户经理，每季度与甲方召开一次服务回顾会，通报服务水平、故障处理和改进计划。

2. 服务费用
2.1 门店订阅费：每家门店每个服务年度¥3,600，30家门店合计每个服务年度¥108,000。
2.2 总部中台订阅费（进销存、会员、报表）：每个服务年度¥54,000。
2.3 实施费：¥78,000；培训费：¥12,000。
2.4 本合同总价为¥414,000（订阅费两个服务年度合计¥324,000，实施及培训费¥90,000），含税。
2.5 服务期内甲方新增门店的，按每家门店每个服务年度¥3,600另行计费。

3. 付款方式
3.1 本合同不设预付款。
3.2 实施费和培训费在上线验收合格后15个工作日内一次付清。
3.3 订阅费自上线验收合格之日起按季度支付，乙方于每季度首月10日前开具发票，甲方收票后15个工作日内支付当季费用。

4. 实施与验收
4.1 乙方应于2026年4月20日前完成数据迁移、接口对接和全部门店的上线准备。
4.2 上线验收标准：（1）商品及会员数据迁移后抽样核对差错率为零；（2）30家门店连续7日正常收银，日结与财务系统对账一致；（3）会员积分、储值卡、营销券功能按需求清单全部可用；（4）高峰时段单笔收银不超过2秒。
4.3 验收由甲方信息部组织，合格后出具书面验收单；门店开始使用不视为验收合格。
4.4 乙方未按4.1约定完成上线准备的，每逾期一日，向甲方支付违约金¥300。
4.5 实施期间乙方应派驻不少于3名实施顾问，分批完成门店切换，每批切换前应制定回退方案，确保门店营业不中断。
4.6 甲方应按约定提供历史数据、门店网络环境和相关人员配合；因甲方原因造成延误的，上线日期相应顺延。

5. 服务水平
5.1 乙方保证SaaS平台月可用率不低于99.5%（每月计划内维护不超过6小时，须在夜间进行并提前3日通知甲方）。
5.2 故障分级与响应：一级故障（全部或多家门店无法收银）15分钟内响应，2小时内恢复；二级故障（单店或单模块异常）1小时内响应，8小时内恢复；三级问题2个工作日内答复。
5.3 月可用率低于99.5%的，每低0.5个百分点，减免当月订阅费的5%；一级故障恢复超时的，每超时1小时减免当月订阅费的2%。当月减免合计不超过当月订阅费。
5.4 乙方提供7×24小时服务热线，并每月向甲方提交服务报告。
5.5 乙方应至少每日对甲方数据进行一次异地备份，备份数据保存不少于30日；发生数据丢失时，恢复时间不超过8小时，数据丢失不超过最近一次备份后的数据。
5.6 每月服务报告应列明当月可用率、故障清单、处理时长和减免金额，经甲方确认后作为结算依据。

6. 数据归属与数据安全
6.1 甲方的商品、销售、库存及会员数据（含会员个人信息）属于甲方所有。乙方仅可为向甲方提供本合同服务而处理上述数据，不得用于其他任何目的，不得向第三方提供。
6.2 平台部署于境内云机房，并已通过网络安全等级保护第三级测评；乙方应采取数据加密、访问控制、操作审计和每日备份等措施。
6.3 发生数据泄露、丢失或篡改的，乙方应在24小时内通知甲方并配合处置；因乙方原因造成的，乙方承担全部赔偿责任。
6.4 合同终止后30日内，乙方应按甲方要求导出全部数据交付甲方，并在甲方确认后删除，出具删除证明。
6.5 乙方人员仅可在甲方授权范围内访问甲方数据，乙方应与接触数据的人员签订保密协议并定期开展安全培训。

7. 保密
7.1 双方对在履行本合同中获知的对方商业秘密、经营数据及未公开信息负有保密义务，未经对方书面同意不得披露。本条在合同终止后三年内继续有效。

8. 知识产权
8.1 SaaS平台的知识产权归乙方所有。
8.2 乙方为甲方定制开发的报表、接口程序及相关文档的知识产权归甲方所有，甲方可自行使用、修改或交由第三方维护。

9. 分包
9.1 未经甲方书面同意，乙方不得将本合同项下的任何工作分包或转包。

10. 续期
10.1 服务期届满前30日内双方均未书面提出不再续约的，本合同自动续期一个服务年度，可多次续期。
10.2 续期时乙方有权调整订阅单价，上调幅度不超过上一服务年度单价的8%，乙方应在续期前书面通知甲方新的价格。

11. 违约与解除
11.1 乙方严重违约，或连续两个月可用率低于约定，经甲方书面通知后15日内未纠正的，甲方有权解除合同，乙方应退还已付未使用的订阅费。
11.2 甲方逾期付款超过30日的，乙方可书面催告；催告后仍不支付的，乙方可暂停服务，但应提前7日通知。
11.3 合同解除或终止后，乙方应按6.4条交付数据，并在数据迁移期内继续提供只读访问，迁移期不超过60日，其间不另收费。
11.4 乙方违反本合同数据安全义务的，甲方有权立即解除合同并要求赔偿。

12. 法律适用及争议解决
12.1 本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，向甲方所在地人民法院起诉。

13. 其他
13.1 本合同附件（需求清单、门店清单、接口说明）为本合同组成部分。
13.2 因不可抗力导致服务中断的，受影响一方应及时通知对方并尽力减少损失；不可抗力持续超过30日的，任何一方可书面解除合同。
13.3 双方往来通知以书面形式送达合同首部所列地址，或发送至双方指定的电子邮箱。
13.4 本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方：浙江文汇书店连锁有限公司（盖章）    代表签字：________
乙方：杭州云书阁软件服务有限公司（盖章）    代表签字：________
"""

H413Z04 = """捐赠管理信息系统年度运维服务合同

项目名称：市红十字会捐赠管理信息系统运维服务
采购方式：竞争性磋商    项目编号：HZH-CS-2026-004
甲方（采购人）：宁州市红十字会
乙方（成交供应商）：宁州慧诚信息技术服务有限公司
乙方地址：宁州市高新区创业大道36号    联系人：________

根据本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就甲方捐赠管理信息系统的运维服务订立本合同。

服务范围
（1）本合同运维对象为甲方捐赠管理信息系统，包括捐赠登记、网上募捐通道、票据管理、定向捐赠追踪、物资出入库、信息公开子系统，以及配套的数据库、中间件和两台应用服务器。
（2）服务期自2026年4月1日起至2027年3月31日止。
（3）乙方派驻1名运维工程师在甲方办公地点驻场，工作日8:30—17:30在岗；非工作时间提供电话支持。
（3a）本合同服务对象还包括甲方向各区县红十字会开放的捐赠登记账号及其使用的客户端，乙方应为区县用户提供远程支持；各区县红十字会提出的需求由甲方统一确认后交乙方处理。

服务内容
（4）日常巡检：每日检查系统运行、数据库备份和网上募捐通道，并填写巡检记录。
（5）故障处理：按本合同服务水平条款处理系统故障。
（6）安全运维：每季度漏洞扫描和安全加固，配合甲方完成等级保护测评整改。
（7）功能小修改：服务期内提供不超过60人日的功能优化和报表调整，由甲方书面提出需求。
（8）数据备份与恢复：每日增量备份、每周全量备份，每半年进行一次恢复演练。
（8a）备份数据须保存在甲方指定的存储设备上，保存期不少于90日；恢复演练须形成书面记录，由甲方信息化负责人签字确认。
（9）重大活动保障：在“5·8”红十字博爱周、重大灾害募捐期间提供7×24小时保障。
（9a）系统环境维护：负责操作系统、数据库和中间件的补丁更新、参数优化和容量监控，磁盘使用率超过80%时提前报告甲方并提出扩容建议。
（9b）网上募捐通道维护：配合甲方与银行、第三方支付平台对账，每日核对网上捐款到账记录与系统登记记录，发现差异当日报告。
（9c）用户支持：为甲方及各区县红十字会用户提供操作咨询和账号管理，每半年组织一次业务培训。
（9d）运维文档：建立并持续更新系统运维手册、配置清单、应急预案和故障知识库，服务期满时完整移交甲方。

服务费用
（10）本合同总价为人民币叁拾捌万贰仟元整（¥382,000），含税，明细为：系统运维服务费¥168,000；安全运维及等保整改配合费¥46,000；功能小修改费¥72,000；驻场服务费¥96,000。
（11）服务费按季度支付。每季度结束后，甲方按运维考核结果确认当季服务，15个工作日内支付当季费用¥95,500。甲方不预付任何费用。

服务水平
（12）一级故障（网上募捐通道中断、系统整体不可用或数据异常）：乙方应在30分钟内响应，2小时内恢复；重大活动期间15分钟内响应。
（13）二级故障（单个子系统或功能异常）：2小时内响应，当日内解决。
（14）三级问题（操作咨询、报表调整）：1个工作日内答复。
（14a）乙方应建立运维工单记录，每个故障从报告、响应、处理到关闭的时间均须在工单中记录，甲方可随时查阅。
（14b）遇重大灾害紧急募捐的，乙方应在接到甲方通知后2小时内安排工程师到岗，配合开通专项募捐项目和信息公开栏目。
（15）运维考核结果作为甲方评价乙方服务及今后续签的参考，不另行扣减服务费。

考核与验收
（16）每季度末，乙方提交季度运维报告（巡检记录、故障清单及处理时长、备份和恢复演练记录、安全扫描报告）。甲方按服务水平条款逐项核对：一级故障全部按时恢复、备份任务全部成功、漏洞整改闭环，方可确认当季服务。
（17）服务期满前，甲方组织年度验收，对全年运维报告、资料移交和系统运行情况进行评审并出具书面验收意见。
（17a）季度考核不合格的，乙方应在10个工作日内提交整改报告并完成整改，整改结果经甲方确认后方可确认当季服务；整改期间当季费用暂缓支付。
（17b）服务期满时，乙方应向甲方或甲方指定的后续服务单位移交系统账号、口令、配置清单、运维文档和全部代码，并提供不少于10个工作日的交接支持。

数据安全
（18）系统中捐赠人信息、受助人信息、捐赠款物数据均属于甲方所有。乙方仅可为履行本合同访问，不得复制、留存、对外提供或用于其他目的。
（19）乙方工程师须通过甲方堡垒机登录服务器，使用个人账号，操作全程审计；禁止使用移动存储介质拷贝数据。
（20）乙方发现数据泄露、篡改或网络攻击的，应在1小时内报告甲方并采取应急措施；因乙方原因造成数据泄露或丢失的，乙方承担全部赔偿责任，并承担相应法律责任。

知识产权
（21）服务期间乙方为甲方修改的程序代码、报表、运维脚本及文档归甲方所有，乙方应在服务期满时完整移交。
（21a）乙方保证其提供的服务及工具不侵犯任何第三方的知识产权，因此引起的纠纷由乙方负责处理。

人员与分包
（22）驻场工程师须具备三年以上运维经验，更换人员须提前10日征得甲方同意。
（22a）乙方应为驻场工程师缴纳社会保险，遵守甲方考勤和办公管理制度；驻场工程师请假的，乙方应安排同等能力的人员替岗。
（22b）乙方应指定一名项目负责人，负责与甲方的日常沟通、季度考核和服务改进，每月向甲方汇报一次运维情况。
（23）乙方不得将本合同服务转包或分包给第三方。
（23a）乙方人员在甲方办公场所工作期间，应遵守甲方的安全保卫和信息化管理规定，不得擅自接入私人设备，不得在甲方网络中安装与运维无关的软件。

违约与解除
（24）乙方未按约定提供服务的，甲方可书面要求乙方限期整改。
（25）乙方严重违约，或连续两个季度考核不合格的，甲方有权书面通知解除合同，按实际服务期结算费用，给甲方造成损失的乙方应予赔偿。
（26）本合同期满即终止，不自动续期；如需继续采购，由甲方按政府采购程序另行组织。
（26a）合同解除或终止时，乙方应配合甲方完成服务交接，交接完成前不得停止一级故障的处理；乙方拒不配合交接的，甲方可暂停支付剩余费用。

法律适用与争议
（27）本合同适用中华人民共和国法律。因本合同发生争议的，双方协商解决；协商不成的，提交宁州仲裁委员会仲裁。

其他
（28）竞争性磋商文件、响应文件和成交通知书为本合同的组成部分。因不可抗力导致不能履行的，受影响一方应及时通知对方，并在合理期限内提供证明。本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。本合同一式四份，甲方三份，乙方一份，自双方盖章之日起生效。

甲方：宁州市红十字会（盖章）    代表：________    日期：2026年3月__日
乙方：宁州慧诚信息技术服务有限公司（盖章）    代表：________    日期：2026年3月__日
"""

H413Z05 = """# 设备管理（EAM）软件许可及定制开发合同

**智维EAM标准合同文本 V4.0（供方范本）**

合同编号：ZW-EAM-2026-0312

- 甲方（需方）：佛山广裕食品有限公司（月饼及糕点生产）
- 乙方（供方）：广州智维工业软件有限公司
- 乙方地址：广州市天河区科韵路16号智维大厦

甲方因月饼生产线（制馅、包馅成型、烘烤、冷却、包装）设备点检、维修、备件管理的需要，向乙方采购“智维EAM”设备管理软件许可及定制开发服务。双方依据本范本订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供智维EAM软件永久许可（100个并发用户，含移动端APP），模块包括设备台账、点检巡检、维修工单、预防性保养、备件库存和统计分析。

1.2 乙方按甲方需求进行定制开发：烘烤炉及包馅机OEE看板、与甲方ERP的备件采购接口、食品安全相关设备（金属探测器、杀菌设备）的点检记录电子化。

1.3 乙方负责软件安装部署、基础数据导入和操作培训。

1.4 甲方负责提供部署所需的服务器、数据库许可和网络环境，并按乙方要求整理设备台账、备件清单和点检标准等基础数据。

1.5 乙方提供的培训包括管理员培训1次、关键用户培训2次和车间维修人员现场培训，培训教材由乙方提供电子版。

## 第二条 合同价格

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 智维EAM软件许可（永久，100并发，含移动端） | 880,000 |
| 2 | 定制开发（OEE看板、ERP接口、食品安全点检） | 260,000 |
| 3 | 实施部署、数据导入及培训 | 96,000 |
| | 合同总价 | 1,236,000 |

2.1 合同总价为人民币壹佰贰拾叁万陆仟元整（¥1,236,000），含增值税。

## 第三条 付款方式

3.1 合同签订后5个工作日内，甲方支付合同总价的50%作为预付款，即¥618,000，乙方收款后启动项目。

3.2 系统上线运行后10个工作日内，甲方支付合同总价的45%，即¥556,200。

3.3 系统验收合格后10个工作日内，甲方支付合同总价的5%，即¥61,800。

3.4 乙方收款前应向甲方开具等额增值税专用发票。甲方逾期支付预付款的，乙方交付期限相应顺延。

## 第四条 交付

4.1 乙方在收到预付款后75日内完成部署、定制开发并上线运行。

4.2 因甲方需求变更、现场条件或数据准备不足导致的延误，交付期限相应顺延。

4.3 甲方在需求确认书签署后提出新增或变更需求的，乙方有权另行报价，双方签署变更确认单后执行，交付期限相应调整。

4.4 乙方应在项目启动后10日内提交实施计划，甲方应指定项目负责人和车间联络人配合实施。

## 第五条 验收

5.1 系统上线运行满30日后，甲方按以下标准验收：需求确认书所列功能全部实现；1,200台设备台账导入完整；点检工单从APP下发到回传闭环；OEE看板数据与生产报表的偏差不超过2%；ERP接口连续10日无丢单。

5.2 甲方应在乙方提交验收申请后7日内组织验收，验收合格后签署验收报告。

## 第六条 免费维护期

6.1 免费维护期为六个月，自系统上线运行之日起计算。免费维护期内乙方提供远程技术支持和缺陷修复。

6.2 一级故障（系统无法登录或工单无法流转）：乙方在8小时内响应，并尽力在3个工作日内解决；其他故障在2个工作日内响应。

6.3 乙方按上述时限提供服务，但不因响应或修复超时承担任何扣款、赔偿或违约金。

## 第七条 年度维护服务

7.1 免费维护期满后，甲方应购买年度维护服务，年度维护费为软件许可费的28%，即每年¥246,400，按年预付。

7.2 年度维护服务内容包括远程支持、缺陷修复和版本升级，现场服务另行收费。

7.3 现场服务按每人每日¥2,800收取，差旅费由甲方承担。甲方未购买年度维护服务的，乙方不再提供缺陷修复和版本升级。

## 第八条 知识产权

8.1 智维EAM软件及乙方为本项目定制开发的看板、接口程序、报表模板和相关源代码，其知识产权均归乙方所有。

8.2 甲方在本合同有效期内享有上述成果的非独占使用权，不得修改、反编译或提供给第三方。

## 第九条 数据

9.1 甲方录入系统的设备、维修和生产数据归甲方所有。

9.2 乙方应采取访问控制、数据加密和备份措施保障甲方数据安全；远程支持须经甲方同意。发生数据泄露的，乙方应在48小时内通知甲方，并对因其过错造成的损失承担赔偿责任。

9.3 甲方同意乙方可将脱敏后的设备运行及故障数据用于产品改进、故障模型训练和行业分析报告。

9.4 合同终止后，甲方可要求乙方协助导出系统中的业务数据，乙方按现场服务标准收费。

## 第十条 保密

10.1 双方对履约中获知的对方技术秘密和经营信息负有保密义务，未经对方书面同意不得披露，合同终止后三年内继续有效。

## 第十一条 合作伙伴

11.1 乙方可根据项目需要将部分实施、培训及现场服务工作交由乙方认证的合作伙伴完成，无需另行取得甲方同意，乙方对合作伙伴的工作负责。

## 第十二条 违约责任

12.1 因乙方原因逾期上线的，每逾期一日，乙方按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

12.2 甲方逾期付款的，每逾期一日按未付金额的千分之一支付违约金。

12.3 乙方在本合同项下的全部赔偿责任（含违约金）累计不超过合同总价的20%，且不承担间接损失、利润损失或数据损失。

12.4 甲方擅自修改软件、将软件用于许可范围以外或未按乙方要求配置运行环境导致的故障，乙方不承担责任，维修费用由甲方承担。

## 第十三条 合同解除

13.1 一方严重违约，经守约方书面催告后15日内仍未纠正的，守约方有权解除合同。

13.2 合同解除后，已支付的预付款不予退还，但乙方已交付成果的价款按实际完成情况结算。

## 第十四条 争议解决

14.1 因本合同产生的争议，双方协商解决；协商不成的，提交广州仲裁委员会仲裁。

## 第十五条 其他

15.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

15.2 因不可抗力导致合同不能履行的，双方互不承担违约责任，受影响一方应及时通知对方。

15.3 本范本条款由乙方提供，双方确认已充分阅读并理解全部条款。合同附件（需求确认书、报价单）为本合同组成部分。

甲方（盖章）：佛山广裕食品有限公司　　代表：________

乙方（盖章）：广州智维工业软件有限公司　　代表：________
"""

H413E01 = """T:Software Licence and Services Agreement
P:Agreement No. SSL-CN-2026-044
P:This Software Licence and Services Agreement (the "Agreement") is made on the date of the last signature below between:
P:(1) Suzhou Ruifeng Auto Parts Co., Ltd., a company incorporated in the People's Republic of China with its registered office at 88 Tongda Road, Wuzhong District, Suzhou, Jiangsu Province (the "Customer"); and
P:(2) Shannonside Software Limited, a company incorporated in Ireland with its registered office at Plassey Technology Park, Limerick, Ireland (the "Vendor").
P:Background: The Customer manufactures brake and suspension components and wishes to replace its paper-based quality records with the Vendor's quality management software, QualiTrack. The Vendor has agreed to grant perpetual licences and to configure, integrate and implement the software on the Customer's servers. At the Customer's request all prices are stated and paid in Chinese Yuan (CNY).
H:Article 1 Definitions
P:1.1 "Software" means QualiTrack version 9 in object code, including the modules for non-conformance, corrective and preventive action, supplier quality, audit management, calibration and document control, and any updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means all configurations, report templates, interfaces, scripts and documents produced by the Vendor specifically for the Customer under this Agreement.
P:1.3 "Customer Data" means all data entered into, processed by or generated in the Software by or for the Customer, including inspection results, supplier records and personal data of the Customer's employees.
P:1.4 "Go-Live" means the first use of the Software in production at the Customer's Suzhou plant after successful completion of the tests in Article 5.2.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, irrevocable, non-exclusive licence to install and use the Software for 150 named users for the internal business of the Customer and its affiliates in the People's Republic of China.
P:2.2 The Customer may make copies of the Software for backup, testing and disaster recovery.
P:2.3 The Software is installed on servers owned by the Customer in its own data centre. The Vendor shall not have standing access to those servers.
H:Article 3 Price
P:3.1 The total contract price is CNY 1,500,000 (the "Contract Price"), inclusive of all taxes and expenses, made up as follows: (a) perpetual licences for 150 named users, CNY 960,000; (b) configuration and integration with the Customer's ERP and MES systems, CNY 410,000; (c) migration of historical quality records, CNY 72,000; (d) validation support and training, CNY 58,000.
P:3.2 The licence fee in item (a) is the "Licence Fee" for the purposes of Article 7.
H:Article 4 Payment
P:4.1 The Customer shall pay 20% of the Contract Price (CNY 300,000) within 30 days after signature of this Agreement against the Vendor's invoice.
P:4.2 The Customer shall pay 45% of the Contract Price (CNY 675,000) within 30 days after Go-Live.
P:4.3 The Customer shall pay the remaining 35% of the Contract Price (CNY 525,000) within 30 days after Final Acceptance under Article 5.3.
P:4.4 All payments are made by bank transfer in CNY to the account named in the Vendor's invoice.
H:Article 5 Delivery, Testing and Acceptance
P:5.1 The Vendor shall deliver the Software and complete configuration, integration and migration so that Go-Live can occur within 120 days after signature, according to the project plan in Annex 2.
P:5.2 Before Go-Live the parties shall carry out user acceptance tests under the test scripts in Annex 3. The tests are passed when all Severity 1 and Severity 2 test defects are closed, the ERP and MES interfaces transfer every test record correctly, and migrated records reconcile with the source system without differences.
P:5.3 Final Acceptance occurs when, after Go-Live, the Software has run in production for 45 consecutive days without a Severity 1 incident, all Custom Deliverables and documents have been handed over, and the Customer has signed a Final Acceptance Certificate. The Customer shall not unreasonably withhold its signature if these criteria are met.
P:5.4 Production use, Go-Live or payment does not by itself mean Final Acceptance.
H:Article 6 Warranty
P:6.1 The Vendor warrants that for 18 months after Final Acceptance the Software and the Custom Deliverables will perform in all material respects in accordance with the documentation and Annex 1. During this warranty period the Vendor shall correct any defect free of charge and provide all updates and support under Article 8.
P:6.2 The Vendor warrants that the Software contains no malicious code and that its performance will not infringe third-party rights.
H:Article 7 Support after the Warranty Period
P:7.1 After the warranty period the Customer may order annual support from the Vendor. The annual support fee is 13% of the Licence Fee, i.e. CNY 124,800 per year, and is fixed for the first three support years.
P:7.2 After the third support year the annual support fee may change only by written agreement of the parties. Support is ordered by purchase order for each year and does not renew automatically.
P:7.3 Support covers defect correction, updates, new versions and the service levels in Article 8.
H:Article 8 Service Levels
P:8.1 Severity 1 means that the Software is unavailable or that inspection records cannot be created at the Suzhou plant. For Severity 1 incidents the Vendor shall respond within 1 hour, provide a workaround within 8 hours and a permanent fix within 5 business days.
P:8.2 Severity 2 means that an important function is impaired without a workaround. The Vendor shall respond within 2 business hours and provide a fix within 3 business days. Severity 3 incidents are answered within 2 business days.
P:8.3 Support is provided by telephone, e-mail and ticket portal in Chinese and English, and on site in Suzhou where remote work cannot solve a Severity 1 incident.
P:8.4 If the Vendor misses a response or workaround time for a Severity 1 incident, it shall pay or credit CNY 1,000 for each hour of delay; for Severity 2 incidents the amount is CNY 300 per hour of delay.
H:Article 9 Delay Damages
P:9.1 If Go-Live is delayed beyond the date in Article 5.1 for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
P:9.2 Payment of delay damages does not relieve the Vendor of its obligation to complete the work.
H:Article 10 Customer Data and Data Security
P:10.1 Customer Data belongs to the Customer. The Vendor shall process Customer Data only to perform this Agreement and on the Customer's written instructions, and shall not copy, keep or use it for any other purpose.
P:10.2 Any remote access by the Vendor requires the Customer's approval for each session and takes place through the Customer's VPN and bastion host with individual accounts and session recording. The Vendor shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law and shall not transfer Customer Data outside the People's Republic of China.
P:10.3 The Vendor shall notify the Customer within 12 hours of any security incident affecting Customer Data, cooperate in its investigation, and indemnify the Customer against all losses, fines and costs caused by a breach of this Article by the Vendor or its personnel.
H:Article 11 Confidentiality
P:11.1 Each party shall keep confidential all non-public technical and business information received from the other party, use it only for this Agreement and disclose it only to employees and advisers who need to know it and are bound by similar obligations.
P:11.2 This Article survives termination for three years.
H:Article 12 Intellectual Property
P:12.1 The Vendor retains all intellectual property rights in the Software.
P:12.2 All rights in the Custom Deliverables vest in the Customer on creation. The Vendor shall deliver their source files, and the Customer may use, modify and license them freely, including to another service provider.
P:12.3 The Vendor shall defend and indemnify the Customer against any claim that the Software or the Custom Deliverables infringe third-party rights.
H:Article 13 Liability
P:13.1 The Vendor's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to liability under Articles 10 and 12.3, for personal injury, or for wilful misconduct.
H:Article 14 Subcontracting
P:14.1 The Vendor shall not subcontract any part of its obligations without the Customer's prior written consent. The Vendor remains fully responsible for the work of any approved subcontractor.
H:Article 15 Term and Termination
P:15.1 This Agreement enters into force on signature by both parties and continues until all obligations have been performed.
P:15.2 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within 20 days after written notice, or if the delay damages under Article 9.1 reach their maximum. On such termination the Vendor shall refund amounts paid for work not accepted.
P:15.3 The licences granted in Article 2 survive any termination other than for the Customer's non-payment.
H:Article 16 Governing Law and Disputes
P:16.1 This Agreement is governed by the laws of Ireland.
P:16.2 Any dispute arising out of or in connection with this Agreement shall be referred to arbitration in Dublin, Ireland, under the Arbitration Act 2010 of Ireland, before a single arbitrator. The language of the arbitration is English.
H:Article 17 General
P:17.1 Annex 1 (Functional Specification), Annex 2 (Project Plan) and Annex 3 (Test Scripts) form part of this Agreement. In case of conflict, the Articles prevail over the Annexes.
P:17.2 Amendments must be in writing and signed by both parties. Notices are sent by courier or e-mail to the addresses stated above.
P:17.3 This Agreement is signed in two originals in English, one for each party.
P:For the Customer: Suzhou Ruifeng Auto Parts Co., Ltd.    Name: ____________  Title: ____________  Date: ________
P:For the Vendor: Shannonside Software Limited    Name: ____________  Title: ____________  Date: ________
"""

H413E02 = """# ORDER FORM No. PD-2026-0117 — RateWise Revenue Management Service

**Polderdata B.V.**, Catharijnesingel 52, 3511 GC Utrecht, the Netherlands ("Polderdata")

**Customer:** Hangzhou Xihu Yuelan Hotel Management Co., Ltd., 16 Beishan Street, Xihu District, Hangzhou, Zhejiang Province, People's Republic of China ("Customer")

This Order Form is entered into under, and incorporates, the Polderdata General Terms for Subscription Services (version 2026.1) set out below (together the "Agreement"). In case of conflict, this Order Form prevails over the General Terms. At the Customer's request all fees are stated and invoiced in Chinese Yuan (CNY).

## Order Details

| Item | Detail |
|---|---|
| Service | RateWise revenue management, rate shopping and forecasting, Professional edition |
| Properties covered | 14 hotels operated by Customer in Zhejiang and Jiangsu provinces |
| Subscription Start Date | 1 June 2026, or the date of Onboarding Acceptance if later |
| Subscription Term | 24 months from the Subscription Start Date |
| Hosting region | Mainland China (Shanghai) |
| Named users | 40 |

## Fees

| Fee | Amount (CNY) |
|---|---|
| Subscription Fee, 14 hotels × CNY 1,350 per hotel per month | 18,900 per month |
| Subscription Fees for the Subscription Term (24 months) | 453,600 |
| Onboarding Fee (one-time) | 36,000 |
| Total Order Value | 489,600 |

Subscription Fees are invoiced monthly in arrears from the Subscription Start Date. The Onboarding Fee is invoiced after Onboarding Acceptance. No amount is payable before the Subscription Start Date. Invoices are payable within 30 days. Additional hotels may be added at CNY 1,350 per hotel per month for the remainder of the Subscription Term.

## Onboarding

Polderdata will connect the Service to Customer's property management system and channel manager, load two years of historical booking data, configure rate rules and competitor sets for each hotel, and train Customer's revenue managers. Onboarding is to be completed by 15 May 2026.

Onboarding Acceptance occurs when Customer confirms in writing that (a) reservations and rates flow between the Service and the property management system for all 14 hotels without errors for 10 consecutive days, (b) historical data for each hotel reconciles with the property management system's month-end reports, and (c) the forecasts and rate recommendations are produced daily for every hotel. Customer will test within 10 business days of Polderdata's notice of readiness and give reasons for any refusal. Use of the Service alone is not Onboarding Acceptance.

If Onboarding is not completed by 15 May 2026 for reasons within Polderdata's control, Polderdata will pay CNY 400 for each day of delay, up to CNY 20,000.

Signed for Polderdata B.V.: ____________ Name / Title / Date

Signed for Customer: ____________ Name / Title / Date

---

# POLDERDATA GENERAL TERMS FOR SUBSCRIPTION SERVICES (v2026.1)

## Section 1 The Service

1.1 Polderdata will provide the subscription service described in the Order Form (the "Service") during the Subscription Term and grants Customer a non-exclusive, non-transferable right for its named users to access and use the Service for Customer's internal business.

1.2 Polderdata may improve and update the Service from time to time, provided that it does not materially reduce the functionality of the Service during the Subscription Term.

1.3 Customer is responsible for its users' accounts and passwords and for the accuracy of the data it enters.

1.4 Polderdata will provide online training material and two refresher webinars in each Subscription Year for Customer's revenue managers.

## Section 2 Availability and Support

2.1 Polderdata will use commercially reasonable efforts to make the Service available around the clock, except for planned maintenance and events outside its reasonable control. Polderdata will try to give notice of planned maintenance by e-mail.

2.2 Polderdata provides support by e-mail and through its help centre during Amsterdam business hours. Polderdata will respond to support requests in the ordinary course of business and will work on problems according to their importance.

2.3 Customer acknowledges that the Service depends on third-party data sources and networks and that Polderdata does not guarantee any particular level of availability, response or resolution.

## Section 3 Fees and Payment

3.1 Customer shall pay the fees set out in the Order Form. Fees are fixed for the Subscription Term.

3.2 Amounts not paid when due bear interest at 0.02% per day. Polderdata may suspend the Service if an undisputed invoice remains unpaid 30 days after a written reminder.

3.3 Fees exclude bank charges on Customer's side. Polderdata issues invoices that meet PRC tax requirements through its Shanghai service partner.

## Section 4 Customer Data

4.1 "Customer Data" means all data Customer or its users provide to the Service or that the Service generates for Customer, including booking, rate and guest stay data.

4.2 Customer Data belongs to Customer. Polderdata will use Customer Data only to provide the Service to Customer and will not sell it, combine it with other customers' data, or use it for any other purpose.

4.3 Customer Data is hosted in mainland China. Polderdata does not transfer Customer Data outside the People's Republic of China.

## Section 5 Data Security

5.1 Polderdata maintains an information security programme certified under ISO/IEC 27001, including encryption of data in transit and at rest, role-based access control, multi-factor authentication for administrators, logging of all administrative access and daily backups kept for 30 days.

5.2 Polderdata will notify Customer within 48 hours after becoming aware of any unauthorised access to or loss of Customer Data, provide the information Customer needs to meet its legal obligations, and take prompt steps to contain the incident.

5.3 Polderdata is responsible for, and will compensate Customer for, losses, regulatory penalties and notification costs caused by a security incident resulting from Polderdata's breach of this Section 5.

5.4 Guest personal information is processed only as Customer's entrusted party in accordance with the PRC Personal Information Protection Law.

## Section 6 Confidentiality

6.1 Each party shall keep the other party's Confidential Information secret, use it only for the Agreement and disclose it only to those of its staff and advisers who need to know it. Confidential Information includes Customer Data, pricing and the terms of the Agreement.

6.2 These obligations continue for three years after the end of the Agreement, and for Customer Data without time limit.

## Section 7 Intellectual Property

7.1 Polderdata owns the Service, its software and its documentation.

7.2 Rate rules, competitor sets, report layouts and other configurations created for Customer during onboarding belong to Customer. Customer may export, use and modify them and allow third parties to use them, also after the Agreement ends.

## Section 8 Subcontractors

8.1 Polderdata uses its Shanghai service partner and a mainland cloud hosting provider, both named in the Order Form annex and approved by Customer's signature. Any other subcontractor or sub-processor requires Customer's prior written consent.

8.2 Polderdata is responsible for its subcontractors as for itself.

## Section 9 Liability

9.1 Neither party is liable for indirect or consequential loss, loss of profit or loss of revenue.

9.2 Polderdata's total liability arising out of or in connection with the Agreement is limited to the fees paid by Customer under the Agreement in the six months preceding the event giving rise to the claim.

9.3 The limits in this Section 9 do not apply to Section 5.3, personal injury, or fraud.

## Section 10 Term, Renewal and Termination

10.1 The Agreement starts on signature of the Order Form and ends at the end of the Subscription Term. It does not renew automatically; any renewal requires a new Order Form signed by both parties.

10.2 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not cure it within 30 days after receiving written notice describing the breach.

10.3 On termination by Customer under Section 10.2, Polderdata will refund any prepaid fees for the period after termination.

10.4 Within 30 days after the end of the Agreement, Polderdata will make all Customer Data available for export in a standard format and will then delete it and confirm the deletion in writing.

## Section 11 Governing Law and Disputes

11.1 The Agreement is governed by the laws of the People's Republic of China.

11.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules. The arbitration shall be conducted in English and Chinese.

## Section 12 General

12.1 Neither party may assign the Agreement without the other party's written consent.

12.2 Notices must be in writing and sent by e-mail with confirmation or by courier to the addresses in the Order Form.

12.3 Force majeure excuses delay only for as long as it lasts, and the affected party shall notify the other party promptly.

12.4 The Agreement is the entire agreement between the parties on its subject matter and supersedes earlier proposals and correspondence. Terms printed on Customer's purchase orders do not apply.

12.5 If any provision of the Agreement is invalid, the rest remains in force and the parties shall replace the invalid provision with a valid one that comes closest to its purpose.
"""

H413E03 = """T:Purchase Contract for Cold-Store Monitoring Sensors and Software
P:Contract No. HX-CG-2026-052 (Buyer's standard purchase contract for equipment)
P:Buyer: Jiaxing Hengxin Cold Chain Logistics Co., Ltd., 9 Gangqu Road, Pinghu Economic Development Zone, Jiaxing, Zhejiang Province, People's Republic of China (the "Buyer")
P:Supplier: Scheldt Sensing NV, Technologiepark 21, 9052 Ghent (Zwijnaarde), Belgium (the "Supplier")
P:The Buyer operates a cold-store site in Pinghu with eight chambers for frozen and chilled food and an ammonia refrigeration plant. Following the Buyer's tender, the Buyer purchases from the Supplier wireless temperature and humidity sensors, gateways, ammonia leak detectors and monitoring software, with installation, calibration and training, on the terms below. All prices are in Chinese Yuan (CNY).
H:1. Scope of Supply
P:1.1 The Supplier shall supply, install, calibrate and commission the equipment and software listed in Clause 2 (the "System") at the Buyer's Pinghu site (the "Site"), integrate the System with the Buyer's warehouse management system and alarm SMS platform, and train the Buyer's staff.
P:1.2 The System shall record the temperature of every storage position group at intervals of no more than 2 minutes, raise alarms on threshold breaches set by the Buyer, and keep records for at least three years in line with food cold-chain requirements.
H:2. Contract Price
P:2.1 The Contract Price is CNY 1,132,000, fixed and inclusive of VAT, customs duties, transport, insurance and all other costs, as itemised below.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor, calibrated, IP67|420|1,180|495,600
TB:2|LoRa gateway with backup battery|24|8,600|206,400
TB:3|Ammonia leak detector with local alarm|18|6,900|124,200
TB:4|Monitoring server and perpetual software licence (unlimited sensors)|1|168,000|168,000
TB:|Hardware and Licence Subtotal|||994,200
TB:5|Installation, calibration and integration|1|118,000|118,000
TB:6|Training of operators and maintenance staff|1|19,800|19,800
TB:|Contract Price|||1,132,000
H:3. Payment
P:3.1 The Buyer shall pay 10% of the Contract Price (CNY 113,200) as an advance within 15 business days after signature, against an advance payment guarantee of the same amount issued by a bank acceptable to the Buyer.
P:3.2 The Buyer shall pay 55% of the Contract Price (CNY 622,600) within 15 business days after the Installation Certificate under Clause 5.1. The Installation Certificate confirms completion of installation only and is not acceptance.
P:3.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 396,200) within 15 business days after Final Acceptance under Clause 5.3.
P:3.4 Each payment requires a valid VAT invoice from the Supplier or its appointed Chinese distributor.
H:4. Delivery and Delay
P:4.1 The Supplier shall deliver all equipment to the Site within 60 days after signature and complete installation within 30 days after delivery, working around the Buyer's operations so that no chamber is out of monitoring for more than 20 minutes at a time.
P:4.2 If the Supplier delays delivery or completion of installation, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. If the delay exceeds 30 days, the Buyer may also terminate under Clause 13.
P:4.3 The equipment shall be new, of current production and packed for sea and road transport. Each package shall be marked with the contract number, the item number and the sensor serial numbers. The Supplier shall hand over the packing list, certificates of origin, calibration certificates for each sensor and the operation and maintenance manuals in Chinese and English.
P:4.4 Risk passes to the Buyer on signature of the Installation Certificate. Title passes on payment under Clause 3.2.
H:5. Installation, Testing and Acceptance
P:5.1 After installation the Supplier shall demonstrate that every sensor, gateway and detector is registered and reporting, and the parties shall sign an Installation Certificate.
P:5.2 The acceptance test consists of: (a) comparison of each sensor against a reference thermometer traceable to national standards, with a deviation of no more than 0.3 °C; (b) simulated ammonia leaks at each detector producing an alarm at the control room and an SMS within 60 seconds; (c) a gateway failure test showing that sensors roam to the next gateway without data loss; (d) correct transfer of readings to the warehouse management system; and (e) a trial run of 30 consecutive days in which no sensor misses readings for more than 10 minutes and no Severity 1 incident occurs.
P:5.3 Final Acceptance occurs when all tests in Clause 5.2 are passed and the Buyer signs a Final Acceptance Certificate. Use of the System during the trial run, installation, or any payment does not constitute acceptance. Failed tests shall be repeated after correction at the Supplier's cost.
H:6. Warranty
P:6.1 The Supplier warrants the System for 24 months after Final Acceptance. During the warranty period it shall repair or replace defective equipment free of charge, including parts, labour, travel and shipping, recalibrate sensors once every six months on Site, and provide software updates.
P:6.2 Batteries of sensors shall last at least three years; batteries failing earlier are replaced free of charge.
P:6.3 The warranty does not cover damage caused by the Buyer's misuse, unauthorised modification or force majeure. If the same item fails three times during the warranty period, the Supplier shall replace it with a new item and the warranty for that item starts again.
H:7. Service Levels
P:7.1 Severity 1 means loss of monitoring or alarms for a chamber or for the ammonia plant. The Supplier shall respond by telephone within 30 minutes, have an engineer on Site within 6 hours and restore monitoring within 12 hours, using spare gateways and sensors kept on Site.
P:7.2 Severity 2 means failure of single sensors or of reports. The Supplier shall respond within 2 hours and resolve the fault within 2 business days.
P:7.3 For each hour by which a Severity 1 response, arrival or restoration time is exceeded, the Supplier shall pay CNY 800; for Severity 2, CNY 200 per late business day.
H:8. Support after Warranty
P:8.1 After the warranty period the Buyer may order annual support covering the same services and service levels. The annual support fee is 7% of the Hardware and Licence Subtotal, i.e. CNY 69,594 per year, fixed for the first three support years. Later fees require written agreement.
P:8.2 Support is ordered each year by purchase order and does not renew automatically.
H:9. Buyer Data and Data Security
P:9.1 All readings, alarms, logs and reports of the System ("Buyer Data") belong to the Buyer. The Supplier shall use Buyer Data only to perform this Contract.
P:9.2 The monitoring server is installed in the Buyer's server room. Remote access by the Supplier requires the Buyer's approval for each session through the Buyer's VPN, with individual accounts and logging. The Supplier shall not copy Buyer Data out of the Site and shall follow PRC cybersecurity and data laws.
P:9.3 The Supplier shall report any security incident affecting the System or Buyer Data within 12 hours and is liable for all losses caused by its breach of this Clause 9.
H:10. Confidentiality
P:10.1 Each party shall keep confidential the other party's non-public information obtained under this Contract, including the layout of the Site, customer names and stock information, and shall not disclose it without prior written consent. This obligation survives termination for three years.
H:11. Intellectual Property
P:11.1 Dashboards, alarm rules, interface programs and configuration files created for the Buyer belong to the Buyer, which may use and modify them and let third parties do so. The Supplier shall hand over their source files.
P:11.2 The software and firmware of the equipment remain the Supplier's property and are licensed to the Buyer perpetually.
H:12. Liability and Subcontracting
P:12.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of Clauses 9 and 10, which are not limited.
P:12.2 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent and remains responsible for approved subcontractors. Its Chinese distributor named in Annex 3 is approved by signature of this Contract.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after written notice, or if delay damages reach their maximum. The Supplier shall then refund payments received for items not accepted.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Jiaxing Arbitration Commission for arbitration in Jiaxing.
H:15. General
P:15.1 Neither party is liable for delay caused by force majeure, provided it notifies the other party within five days and takes reasonable steps to limit the effects. If force majeure lasts more than 60 days, either party may terminate the Contract by written notice.
P:15.2 Notices shall be in writing and sent by courier or e-mail to the addresses above. Amendments require a written agreement signed by both parties.
P:15.3 Annex 1 (Technical Specification), Annex 2 (Site Plan and Sensor Positions) and Annex 3 (Distributor) form part of this Contract. The contract is signed in two English and two Chinese originals of equal effect.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H413E04 = """# MANAGED IT SERVICES AGREEMENT

Agreement reference: MIT-SH-2026-009

**BETWEEN**

**Shanghai Donghai Freight Forwarding Co., Ltd.**, 1288 Dongdaming Road, Hongkou District, Shanghai, People's Republic of China (the "Customer"); and

**Moselle IT Services S.à r.l.**, 7 Rue de l'Industrie, L-4050 Esch-sur-Alzette, Grand Duchy of Luxembourg, acting through its Shanghai representative team (the "Provider").

**BACKGROUND**

The Customer runs offices in Shanghai, Ningbo and Qingdao with about 260 staff. It wishes to outsource its IT service desk, end-user device support, Microsoft 365 administration and server monitoring to the Provider. The Provider has offered to take over these services for a fixed monthly charge. At the Customer's request all charges are stated and paid in Chinese Yuan (CNY).

## 1. DEFINITIONS

(a) "Services" means the managed services described in Schedule 1.

(b) "Service Commencement Date" means the date on which the Customer signs the Transition Acceptance Certificate under Clause 4.

(c) "Incident" means an unplanned interruption or reduction in quality of an IT service. Priorities of Incidents are defined in Schedule 2.

(d) "Customer Data" means all data of the Customer, its staff and its clients that the Provider can access while performing the Services, including shipment records, e-mail, files and user accounts.

## 2. TERM

(a) This Agreement starts on signature. The Services run for an Initial Term of 24 months from the Service Commencement Date.

(b) The Agreement ends at the end of the Initial Term. Any extension requires a written amendment signed by both parties; there is no automatic renewal.

## 3. SERVICES

(a) The Provider shall perform the Services described in Schedule 1 with skilled and experienced staff, in Chinese and English, in accordance with good industry practice and the Customer's IT policies as provided to the Provider in writing.

(b) The Provider shall keep a service desk reachable by telephone, e-mail and portal from 08:00 to 20:00 on business days, with an on-call engineer for Priority 1 Incidents at all other times.

(c) The Provider shall assign a named service manager who meets the Customer's IT manager monthly and presents a service report with Incident statistics, service level results, open problems and improvement actions.

(d) Changes to the scope of the Services are agreed through a written change request. The Provider shall price each change request on the basis of the rates in Schedule 3 and shall not start chargeable work before the Customer has approved the change request in writing.

(e) The Customer shall give the Provider's staff reasonable access to its offices, systems and information, provide administrator accounts needed for the Services, and name an IT manager as the Provider's main contact. The Provider is not responsible for failures to meet a service level to the extent they are caused by the Customer's failure to do so, provided the Provider has promptly informed the Customer of the problem.

## 4. TRANSITION AND ACCEPTANCE

(a) The Provider shall complete the transition described in Schedule 1, Part B, within 45 days after signature, including the take-over of documentation, creation of the asset inventory, installation of the monitoring agents and knowledge transfer from the Customer's current staff.

(b) Transition acceptance requires: (i) a complete asset inventory reconciled with the Customer's records; (ii) monitoring of all servers and network devices active and alarms tested; (iii) a knowledge base covering the Customer's 40 most frequent requests; and (iv) a two-week parallel run in which the Provider's service desk handles all tickets and meets the service levels in Schedule 2. When these criteria are met the Customer shall sign a Transition Acceptance Certificate. Use of the service desk during the parallel run is not acceptance.

(c) If transition is not completed within the period in Clause 4(a) for reasons attributable to the Provider, the Provider shall pay CNY 900 for each day of delay, up to CNY 45,000.

## 5. CHARGES AND PAYMENT

(a) The charges are set out in Schedule 3. The Monthly Service Charge is fixed for the Initial Term.

(b) The Transition Fee is invoiced after the Customer signs the Transition Acceptance Certificate. The Monthly Service Charge is invoiced monthly in arrears from the Service Commencement Date. Nothing is payable in advance.

(c) The Customer shall pay undisputed invoices within 30 days. Service credits under Schedule 2 are deducted from the next invoice.

## 6. SERVICE LEVELS

(a) The Provider shall meet the service levels in Schedule 2. Results are measured from the Provider's ticketing system, to which the Customer has read access.

(b) If a service level is missed, the Provider shall grant the service credits in Schedule 2. Service credits do not limit the Customer's other rights.

## 7. CUSTOMER DATA

(a) Customer Data belongs to the Customer. The Provider shall use Customer Data only to perform the Services for the Customer and shall not sell it, disclose it for marketing or use it for any other purpose.

(b) At the end of the Agreement the Provider shall return all Customer Data and documentation it holds and then delete its copies.

## 8. CONFIDENTIALITY

(a) Each party shall keep confidential all information of the other party that is marked as confidential or would reasonably be understood to be confidential, including the Customer's client lists, freight rates and shipment information, and shall use it only for this Agreement.

(b) The obligations in this Clause 8 survive the end of the Agreement for three years.

## 9. INTELLECTUAL PROPERTY

(a) Documentation, scripts, knowledge-base articles, configurations and reports produced by the Provider for the Customer belong to the Customer, which may use and modify them and give them to a successor provider.

(b) The Provider's own tools and monitoring software remain the Provider's property; the monitoring agents are removed at the end of the Agreement.

## 10. PERSONNEL AND SUBCONTRACTING

(a) The Provider shall not subcontract any part of the Services without the Customer's prior written consent. The Provider remains responsible for approved subcontractors.

(b) Staff working at the Customer's premises shall follow the Customer's site rules. The Provider shall replace any staff member whom the Customer reasonably objects to, and shall keep key staff named in Schedule 1 on the account during transition.

## 11. LIABILITY

(a) The Provider's total liability under this Agreement is limited to 150% of the total charges payable for the Initial Term, except for personal injury, fraud and wilful misconduct.

(b) Neither party is liable for loss of profit or indirect loss.

## 12. DURATION AND NO EARLY TERMINATION

(a) This Agreement cannot be terminated by either party before the end of the Initial Term. If the Provider fails to perform the Services, the Customer's remedies are service credits under Schedule 2, damages, and a request to the Provider to remedy the failure under an agreed improvement plan.

(b) Either party may end the Agreement if a force majeure event prevents performance for more than 90 consecutive days.

## 13. EXIT

(a) During the last three months of the Agreement the Provider shall cooperate with the Customer and any successor provider, hand over documentation and credentials and answer reasonable questions.

## 14. GOVERNING LAW AND DISPUTES

(a) This Agreement is governed by the laws of the People's Republic of China.

(b) Disputes shall be submitted to the Shanghai Arbitration Commission for arbitration in Shanghai.

## SCHEDULE 1 — SERVICES

| Part | Service | Scope |
|---|---|---|
| A1 | Service desk | Single point of contact for 260 users; logging, first-line fix, password resets |
| A2 | End-user device support | 280 laptops and desktops, 35 printers; on-site support in Shanghai, remote in Ningbo and Qingdao |
| A3 | Microsoft 365 administration | Accounts, licences, mailboxes, Teams and SharePoint permissions |
| A4 | Server and network monitoring | 14 servers, 3 firewalls, 22 switches; alarm handling and monthly patching |
| A5 | Joiners, movers, leavers | Account and device set-up and removal within 2 business days |
| B | Transition | Documentation, inventory, monitoring agents, knowledge transfer, parallel run |

## SCHEDULE 2 — SERVICE LEVELS AND CREDITS

| Priority | Definition | Response | Resolution | Credit if missed |
|---|---|---|---|---|
| P1 | Office-wide outage, freight system or e-mail down for a site | 30 minutes | 6 hours | CNY 1,500 per Incident |
| P2 | Single system or group of users affected | 1 hour | 1 business day | CNY 500 per Incident |
| P3 | Single user affected, workaround exists | 2 business hours | 3 business days | CNY 100 per Incident |
| Requests | Standard service requests | 1 business day | 3 business days | — |

Service credits in any month shall not exceed 10% of the Monthly Service Charge for that month.

## SCHEDULE 3 — CHARGES

| Charge | Amount (CNY) |
|---|---|
| Monthly Service Charge | 46,800 per month |
| Monthly Service Charges for the Initial Term (24 months) | 1,123,200 |
| Transition Fee (one-time) | 58,000 |
| Total charges for the Initial Term | 1,181,200 |

Additional users above 280 are charged at CNY 160 per user per month.

**Signed** for the Customer: ____________ Name / Title / Date

**Signed** for the Provider: ____________ Name / Title / Date
"""

H413E05 = """DATA API SUBSCRIPTION AGREEMENT

Agreement No. AWD-API-CN-2026-21

This Data API Subscription Agreement (the "Agreement") is made between:

Alpenwetter Data GmbH, Museumstrasse 14, 6020 Innsbruck, Austria, registered in the Austrian commercial register (the "Provider"); and

Weifang Lvye Agricultural Machinery Co., Ltd., 66 Dongfeng East Street, Kuiwen District, Weifang, Shandong Province, People's Republic of China (the "Customer").

RECITALS

A. The Provider operates a weather and agro-meteorological data platform that delivers observations, forecasts, soil moisture estimates and spraying-window indicators through an application programming interface (the "API").

B. The Customer sells tractors, sprayers and harvesters and runs a mobile application for farmers and dealers in northern China. It wishes to show field-level weather forecasts and spraying advice in that application.

C. The Provider agrees to provide access to the API on the terms below. At the Customer's request all fees are stated and paid in Chinese Yuan (CNY).

1. DEFINITIONS

1.1 "Data" means the weather, forecast, soil and agronomic data delivered through the API.

1.2 "Subscription Year" means each of the two periods set out in clause 3.1, and any renewed period of the same length under clause 3.2.

1.3 "Customer Inputs" means all information the Customer or its application sends to the API, including field coordinates, query logs, crop types and machine identifiers.

1.4 "Production Access" means API keys for the production environment with the volumes and coverage set out in clause 2.

2. SUBSCRIPTION AND SCOPE

2.1 The Provider grants the Customer a non-exclusive, non-transferable right during the Term to call the API, to display the Data in the Customer's mobile application and dealer portal, and to store Data for up to 90 days for display and troubleshooting.

2.2 The subscription covers: hourly forecasts for 10 days and daily forecasts for 15 days at 1 km resolution for the provinces of Shandong, Hebei, Henan, Heilongjiang, Jilin and Inner Mongolia; soil moisture estimates; spraying-window and frost-risk indicators; and historical observations back to 2010.

2.3 The subscription includes up to 30 million API calls per Subscription Year. Calls above that volume are charged at CNY 9 per 1,000 calls, invoiced quarterly in arrears.

2.4 The Customer shall not resell the Data as a separate product or provide it to third parties except as displayed in its application and portal.

3. TERM AND RENEWAL

3.1 The Term runs from 1 July 2026 (the "Start Date") to 30 June 2028 and consists of two Subscription Years: 1 July 2026 to 30 June 2027, and 1 July 2027 to 30 June 2028.

3.2 At the end of the Term the Agreement renews automatically for one further Subscription Year at the same fee, unless either party gives written notice of non-renewal at least 60 days before the end of the Term. The fee for a renewed Subscription Year is the same as the fee in clause 4.1.

4. FEES AND PAYMENT

4.1 The subscription fee is CNY 186,000 per Subscription Year, and CNY 372,000 for the Term. Fees are fixed for the Term.

4.2 The fee for each Subscription Year is invoiced at the start of that Subscription Year and is payable within 30 days of invoice. There are no set-up or other one-time fees.

4.3 Overage charges under clause 2.3 are not part of the fixed fees and are invoiced separately.

4.4 Payments are made by bank transfer in CNY to the account of the Provider's appointed agent in China named on the invoice.

5. ONBOARDING AND ACCEPTANCE

5.1 The Provider shall provide test keys within 10 days after signature and Production Access by the Start Date.

5.2 Before the Start Date the Customer may test the API. Production Access is accepted when the Customer confirms in writing that (a) all endpoints listed in Annex 1 respond correctly to the test calls in Annex 2; (b) Data is available for every county in the covered provinces; (c) the median response time measured from Beijing is no more than 800 milliseconds over a test period of 5 business days; and (d) the field mapping of the Customer's application works for 200 sample fields. The Customer shall complete the test within 10 business days of notice from the Provider and give reasons for any refusal.

5.3 If Production Access meeting clause 5.2 is not provided by the Start Date for reasons attributable to the Provider, the Provider shall pay CNY 300 for each day of delay, up to CNY 18,600, and the Term is not extended.

6. SERVICE LEVELS

6.1 The API will be available at least 99.95% of each calendar month, measured at the Provider's API gateway and excluding planned maintenance announced 5 days in advance and scheduled between 01:00 and 05:00 Central European Time.

6.2 Incidents are classified as Priority 1 (API unavailable or returning errors for more than 10% of calls), Priority 2 (degraded data quality or latency) and Priority 3 (other questions).

6.3 The Provider will respond to Priority 1 incidents within eight hours, to Priority 2 incidents within two business days, and to Priority 3 questions within five business days. Support is provided by e-mail and ticket in English during Austrian business hours.

6.4 If availability in a month falls below the level in clause 6.1, the Customer receives a service credit of 5% of one twelfth of the annual fee for each started 0.1 percentage point below that level, up to half of one twelfth of the annual fee. Credits are deducted from the next invoice.

7. CUSTOMER INPUTS AND DATA USE

7.1 Customer Inputs remain the property of the Customer. The Provider processes Customer Inputs to provide the API to the Customer.

7.2 The Customer grants the Provider a perpetual, royalty-free licence to use Customer Inputs in aggregated or de-identified form to calibrate and improve its forecast models, to develop new products and to prepare market statistics offered to other customers. This licence continues after the end of the Agreement.

7.3 The Provider shall not identify the Customer or any farmer by name in any product or statistic.

8. DATA SECURITY

8.1 The Provider maintains an information security management system certified under ISO/IEC 27001, encrypts all traffic with TLS, stores Customer Inputs encrypted, restricts access to authorised staff and keeps access logs.

8.2 The Provider shall notify the Customer within 48 hours after becoming aware of a security incident affecting Customer Inputs or API keys, and shall take measures to contain it.

8.3 The Provider is liable for losses of the Customer resulting from a security incident caused by the Provider's breach of this clause 8.

8.4 Customer Inputs do not include personal names or telephone numbers. The Customer shall not send such data to the API.

9. CONFIDENTIALITY

9.1 Each party shall keep confidential the other party's non-public business and technical information, including the terms of this Agreement and API keys, and shall use it only for this Agreement. This obligation survives termination for three years.

10. INTELLECTUAL PROPERTY

10.1 The Provider owns all rights in the API and the Data, subject to the rights granted in clause 2.

10.2 Field mappings, integration scripts and custom report templates that the Provider prepares specifically for the Customer belong to the Customer, which may use and modify them freely and let third parties do so.

11. SUBCONTRACTING

11.1 The Provider shall not subcontract the performance of its obligations, other than the hosting by its data centre provider named in Annex 3, without the Customer's prior written consent.

12. LIABILITY

12.1 The Data consists of forecasts and estimates. The Provider does not warrant that forecasts will prove accurate, but warrants that the Data is produced with due care using the methods described in Annex 1.

12.2 The total liability of either party under this Agreement is limited to 150% of the fees for the Term. The limit does not apply to liability under clauses 8.3 and 9, personal injury or wilful misconduct.

13. TERMINATION

13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.

13.2 If the Customer terminates under clause 13.1, the Provider shall refund the pro rata part of the fee paid for the period after termination.

13.3 On termination the Customer shall stop calling the API and delete stored Data within 30 days.

14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of Austria, excluding its conflict-of-law rules and the UN Convention on Contracts for the International Sale of Goods.

14.2 All disputes shall be finally settled under the Vienna Rules of the Vienna International Arbitral Centre by one arbitrator. The place of arbitration is Vienna and the language is English.

15. GENERAL

15.1 Annex 1 (API Description), Annex 2 (Test Calls) and Annex 3 (Hosting Provider) form part of this Agreement.

15.2 Amendments must be in writing and signed by both parties. Notices may be given by e-mail to the contacts in Annex 3.

Signed for Alpenwetter Data GmbH: ____________ Name / Title / Date

Signed for Weifang Lvye Agricultural Machinery Co., Ltd.: ____________ Name / Title / Date
"""

FILES = {  # key: (file name, format, source)
    "z01": ("h413z01_education_bureau_campus_safety_platform.pdf", "pdf", H413Z01),
    "z02": ("h413z02_wood_mill_hot_press_control_retrofit.docx", "docx", H413Z02),
    "z03": ("h413z03_bookstore_chain_retail_membership_saas.txt", "txt", H413Z03),
    "z04": ("h413z04_red_cross_donation_system_annual_om.txt", "txt", H413Z04),
    "z05": ("h413z05_mooncake_factory_eam_supplier_template.md", "md", H413Z05),
    "e01": ("h413e01_qms_licence_irish_vendor.pdf", "pdf", H413E01),
    "e02": ("h413e02_hotel_revenue_saas_order_form_dutch_vendor.md", "md", H413E02),
    "e03": ("h413e03_cold_store_sensors_belgian_supplier.docx", "docx", H413E03),
    "e04": ("h413e04_managed_it_services_luxembourg_provider.md", "md", H413E04),
    "e05": ("h413e05_weather_data_api_austrian_provider.txt", "txt", H413E05),
}

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]

OK = dict(availability_pct=None, p1_response_hours=None, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
          buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None, liability_cap_pct=None,
          prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=True, warranty_months=None,
          post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
          subcontract_without_consent=False, governing_law="PRC", contract_kind="goods_or_licence")

# key: (language, category, term overrides, extra, TCO inputs or None, design rules)
DESIGN = {
    "z01": ("zh", "software", dict(availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=0.08,
            prepayment_pct=20, warranty_months=36, post_warranty_fee_pct=8),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1312000), dict(base=720000), []),
    "z02": ("zh", "hardware", dict(p1_response_hours=1, ld_rate_per_day_pct=0.1, prepayment_pct=20,
            acceptance_clause=False, final_payment_on_acceptance=False, warranty_months=18, post_warranty_fee_pct=9,
            subcontract_without_consent=True),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=True,
                 contract_value=1004000), dict(base=876000), ["CR-ACCEPTANCE", "CR-SUBCONTRACT"]),
    "z03": ("zh", "cloud", dict(availability_pct=99.5, p1_response_hours=0.25, ld_rate_per_day_pct=300 / 414000 * 100,
            final_payment_on_acceptance=None, auto_renewal_price_increase=True, contract_kind="service"),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=414000), None,
            ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"]),
    "z04": ("zh", "services", dict(p1_response_hours=0.5, sla_remedy=False, confidentiality=False,
            final_payment_on_acceptance=None, contract_kind="service"),
            dict(sla_clause=True, ld_stated=False, acceptance_deemed_on_delivery=False, contract_value=382000), None,
            ["CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-SLA-NO-REMEDY"]),
    "z05": ("zh", "software", dict(p1_response_hours=8, sla_remedy=False, ip_owner="supplier", buyer_owns_data=False,
            ld_rate_per_day_pct=0.02, liability_cap_pct=20, prepayment_pct=50, warranty_months=6,
            post_warranty_fee_pct=28, subcontract_without_consent=True, governing_law=None),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1236000), dict(base=880000),
            ["CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
             "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE",
             "CR-WARRANTY"]),
    "e01": ("en", "software", dict(p1_response_hours=1, ld_rate_per_day_pct=0.08, liability_cap_pct=150,
            prepayment_pct=20, warranty_months=18, post_warranty_fee_pct=13, governing_law="Ireland"),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1500000), dict(base=960000), ["CR-GOVERNING-LAW"]),
    "e02": ("en", "cloud", dict(sla_remedy=False, ld_rate_per_day_pct=400 / 489600 * 100, liability_cap_pct=6 / 24 * 100,
            final_payment_on_acceptance=None, contract_kind="service"),
            dict(sla_clause=False, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=489600), None,
            ["CR-LIABILITY-CAP", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
    "e03": ("en", "hardware", dict(p1_response_hours=0.5, ld_rate_per_day_pct=0.1, liability_cap_pct=200,
            prepayment_pct=10, warranty_months=24, post_warranty_fee_pct=7),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1132000), dict(base=994200), []),
    "e04": ("en", "services", dict(p1_response_hours=0.5, data_security_clause=False,
            ld_rate_per_day_pct=900 / 1181200 * 100, liability_cap_pct=150, final_payment_on_acceptance=None,
            termination_for_breach=False, contract_kind="service"),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1181200), None,
            ["CR-DATA-SECURITY", "CR-TERMINATION"]),
    "e05": ("en", "cloud", dict(availability_pct=99.95, p1_response_hours=8, buyer_owns_data=False,
            ld_rate_per_day_pct=300 / 372000 * 100, liability_cap_pct=150, final_payment_on_acceptance=None,
            governing_law="Austria", contract_kind="service"),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=372000), None,
            ["CR-DATA-OWNERSHIP", "CR-GOVERNING-LAW", "CR-SLA-RESPONSE"]),
}
# e02's sla_remedy: no SLA at all, so no remedy (CR-SLA-NO-REMEDY needs an SLA and does not fire).

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco_share(t, x, tco):
    """Policy section 4: horizon 5 years from acceptance; post-warranty years pro rata; fee base = itemised licence /
    hardware subtotal. Returns the post-warranty share of TCO in %, or None when the fee is not a stated figure."""
    if t["post_warranty_fee_pct"] is None or not x.get("post_warranty_fee_capped"):
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * tco["base"] * t["post_warranty_fee_pct"] / 100
    return fees / (x["contract_value"] + fees) * 100


def derive(t, x, tco):
    """My own reading of policy.md section 3 (not project code)."""
    r = set()
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
    if x["sla_clause"] and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not x["ld_stated"]:
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if (not x.get("post_warranty_fee_capped") or t["post_warranty_fee_pct"] is None
                or t["post_warranty_fee_pct"] > 15):
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(t, x, tco)
        if share is not None and share > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or x.get("forum_outside_mainland"):
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if set(rules) & HIGH:
        return "high"
    return "medium" if set(rules) - LOW else "low"


def labels():
    out = {}
    for key, (lang, cat, over, extra, tco, design) in DESIGN.items():
        t = dict(OK)
        t.update(over)
        t = {k: t[k] for k in KEYS}
        rules = derive(t, extra, tco)
        assert rules == sorted(design), (key, rules, design)
        out[key] = {"file": FILES[key][0], "language": lang, "category": cat, "expected_terms": t,
                    "expected_extra": extra, "expected_rules": rules}
    return out


# ---------- threshold scan ----------
ZH_NUM = "零〇一二三四五六七八九十百千"
PATTERNS = [
    ("availability 99.9", r"(?<![\d.])99\.9(?![\d])"),
    ("P1 4 h", r"(?<![\d.])4\s*-?\s*(?:个)?\s*(?:小时|h\b|hrs?\b|hours?\b)"),
    ("P1 4 h zh", r"(?<![" + ZH_NUM + r"])四\s*个?\s*小时"),
    ("P1 4 h en", r"\bfour[\s-]+(?:\(4\)\s*)?(?:business\s+|working\s+)?hours?\b"),
    ("P1 240 min", r"(?<![\d.])240\s*(?:分钟|min)"),
    ("LD 0.05", r"(?<![\d.])0?\.05\s*(?:%|‰|per\s*cent|percent)"),
    ("LD 万分之五", r"万分之五(?![" + ZH_NUM + r"\d])"),
    ("LD 千分之零点五", r"千分之零点五|0\.5\s*‰"),
    ("cap 100", r"(?<![\d.])100(?:\.0+)?\s*(?:%|per\s*cent|percent)"),
    ("cap 百分之百", r"百分之(?:一)?百(?![" + ZH_NUM + r"])"),
    ("cap hundred", r"\bone\s+hundred\s+per\s*cent"),
    ("prepay 30", r"(?<![\d.])30(?:\.0+)?\s*(?:%|per\s*cent|percent)"),
    ("prepay 百分之三十", r"百分之三十(?![" + ZH_NUM + r"点])|三成"),
    ("prepay thirty", r"\bthirty\s+per\s*cent"),
    ("warranty 12", r"(?<![\d.])12\s*-?\s*(?:个月|months?\b)"),
    ("warranty 十二个月", r"十二个月|一年|壹年"),
    ("warranty twelve", r"\btwelve[\s-]+(?:\(12\)\s*)?(?:calendar\s+)?months?\b|\bone[\s-]+year\b|(?<![\d.])1\s*-?\s*years?\b"),
    ("fee 15", r"(?<![\d.])15(?:\.0+)?\s*(?:%|per\s*cent|percent)"),
    ("fee 百分之十五", r"百分之十五(?![" + ZH_NUM + r"点])"),
    ("fee fifteen", r"\bfifteen\s+per\s*cent"),
    ("TCO 40", r"(?<![\d.])40(?:\.0+)?\s*(?:%|per\s*cent|percent)"),
    ("TCO 百分之四十", r"百分之四十(?![" + ZH_NUM + r"点])|四成"),
    ("TCO forty", r"\bforty\s+per\s*cent"),
    ("horizon 5 years", r"(?<![\d.])5\s*-?\s*(?:年(?!度)|years?\b)"),
    ("horizon 五年", r"(?<![" + ZH_NUM + r"])五\s*年"),
    ("horizon five", r"\bfive[\s-]+(?:\(5\)\s*)?years?\b"),
    ("horizon 60 months", r"(?<![\d.])60\s*-?\s*(?:个月|months?\b)|六十个月"),
]
RX = [(n, re.compile(p, re.I)) for n, p in PATTERNS]
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 小时", "四小时", "四个小时", "4 hours", "four hours", "4-hour", "240分钟",
            "0.05%", ".05 %", "万分之五", "100%", "100 %", "百分之百", "百分之一百", "30%", "百分之三十", "三成",
            "12个月", "12 months", "十二个月", "twelve months", "一年", "one year", "15%", "百分之十五", "40%",
            "四成", "百分之四十", "5年", "五年", "five years", "5 years", "60 months", "60个月", "thirty per cent"]
MUST_MISS = ["24小时", "24 hours", "二十四小时", "99.95%", "99.5%", "115%", "0.15%", "150%", "2025年", "2026年",
             "万分之五十", "服务年度", "Subscription Year", "14 hours", "1,500,000", "130%", "0.08%", "百分之三十五",
             "1100%", "45%", "35%", "120 months", "25 years", "2 hours", "412个月", "第十五条", "15 days", "30 days",
             "每年", "五个工作日", "five days", "10%"]


def hits(text):
    return [(n, m.group(0)) for n, rx in RX for m in rx.finditer(text)]


def selftest():
    for s in MUST_HIT:
        assert hits(s), ("must hit", s)
    for s in MUST_MISS:
        assert not hits(s), ("must miss", s, hits(s))


def forms(text):
    return {"raw": text, "collapsed": re.sub(r"\s+", " ", text), "nospace": re.sub(r"\s+", "", text)}


def scan(name, text):
    bad = {}
    for form, s in forms(text).items():
        h = hits(s)
        if h:
            bad[form] = h
    return bad


# ---------- build and read back ----------
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def measure(lang, text):
    return len(text) if lang == "zh" else len(text.split())


if __name__ == "__main__":
    selftest()
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    sources = {k: v[2] for k, v in FILES.items() if v[1] in ("docx", "pdf")}
    targets = {k: (v[0], v[1]) for k, v in FILES.items() if v[1] in ("docx", "pdf")}
    write(sources, targets, OUT, wrap_words=True)
    for k, (name, kind, src) in FILES.items():
        if kind in ("txt", "md"):
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    labs = labels()
    covered = set()
    problems = []
    for k, lab in labs.items():
        name = FILES[k][0]
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        covered |= set(lab["expected_rules"])
        text = read_back(OUT / name)
        lang = lab["language"]
        n = measure(lang, text)
        n_nows = len(re.sub(r"\s+", "", text)) if lang == "zh" else n
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        ok = lo <= n <= hi
        t, x = lab["expected_terms"], lab["expected_extra"]
        share = tco_share(t, x, DESIGN[k][4]) if t["contract_kind"] == "goods_or_licence" else None
        print(f"{name}: {lang} length {n}" + (f" (no whitespace {n_nows})" if lang == "zh" else " words")
              + f" rules {lab['expected_rules']} risk {risk(lab['expected_rules'])}"
              + (f" TCO share {share:.2f}%" if share is not None else ""))
        if not ok:
            problems.append((name, "length", n, n_nows))
        for where, txt in (("built", text), ("source", FILES[k][2])):
            b = scan(name, txt)
            if b:
                problems.append((name, where, b))
        # no label on a threshold
        th = dict(availability_pct=99.9, p1_response_hours=4, ld_rate_per_day_pct=0.05, liability_cap_pct=100,
                  prepayment_pct=30, warranty_months=12, post_warranty_fee_pct=15)
        for key, v in th.items():
            assert t[key] is None or abs(t[key] - v) > 1e-9, (name, key)
        assert share is None or abs(share - 40) > 2, (name, share)
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    for p in problems:
        print("PROBLEM", p)
    assert not problems
    print("all checks passed")
