"""holdout768: builds the ten blind held-out drafts from the sources below, writes their .json labels and asserts the
checks of the brief (lengths, no threshold value or figure, rules derived from labels = design list, coverage).
Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H768Z01 = """T:耕地地力监测与评价平台采购合同
P:合同编号：NYJ-ZC-2025-031（政府采购）
P:甲方（采购人）：某市农业农村局
P:乙方（供应商）：某数字农业科技有限公司
P:根据政府采购公开招标结果及招标文件、投标文件，双方就耕地地力监测与评价平台软件许可及定制开发事项订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供耕地地力监测与评价平台软件（以下简称“平台”）的永久使用许可，许可范围为甲方及所属乡镇农业综合服务站，不限用户数。
P:1.2 乙方按甲方需求定制开发土壤采样点管理、化验数据导入与质控、地力等级评价模型、耕地质量年度报告自动生成、“一张图”展示及与省级耕地质量监测系统的数据交换接口。
P:1.3 乙方负责历史监测数据（约十一年的采样点及化验结果）的清洗、转换与迁移，并负责部署、培训及试运行保障。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰玖拾陆万陆仟元整（¥1,966,000），其中：平台软件许可费¥1,080,000；定制开发费¥642,000；数据迁移及接口费¥168,000；实施及培训费¥76,000。
P:2.2 上述价款已包含税费、差旅、部署、培训及质保期内全部服务费用，甲方不再另行支付任何费用。
H:第三条 付款方式
P:3.1 合同生效且甲方收到乙方等额预付款保函后十五个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台部署完成、通过初步验收后，甲方支付合同总价的45%。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%。
P:3.4 乙方每次请款前应开具合法有效的增值税发票。甲方付款受财政资金拨付进度影响的，双方协商处理。
H:第四条 交付与进度
P:4.1 乙方应于合同生效后六十日内完成平台部署及历史数据迁移，九十日内完成全部定制功能并提交初步验收。
P:4.2 乙方交付物包括：平台安装介质及授权文件、定制模块及接口程序的源代码、数据库设计说明、迁移脚本、部署手册、用户手册及培训材料。
H:第五条 验收
P:5.1 初步验收标准：历史数据迁移完整，迁移前后采样点数量及化验指标逐条核对一致；地力等级评价结果与甲方抽取的二百个样点人工评价结果一致；省级接口连续十日数据交换无差错；一百名用户并发时页面响应时间不超过三秒。
P:5.2 初步验收合格后进入六十日试运行，试运行期间未发生一级故障且全部遗留问题整改完毕的，乙方可申请最终验收。最终验收由甲方组织专家按招标文件技术要求逐项测试，并出具书面验收报告。
P:5.3 平台上线使用、试运行或甲方支付部分款项，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提交验收，相关费用由乙方承担。
H:第六条 服务水平
P:6.1 质保期内，平台月度可用率应不低于99.5%（计划内维护时间除外，计划维护应提前三个工作日通知甲方）。
P:6.2 一级故障（平台整体不可用或数据无法上报）乙方应在30分钟内响应，六小时内恢复；二级故障两小时内响应，次工作日内解决；三级问题按工作日处理。
P:6.3 月度可用率每低于约定值0.1个百分点，甲方有权从应付款项或履约保证金中扣减¥1,500；一级故障响应超时的，每超时一小时扣减¥800。
H:第七条 质保与后续维护
P:7.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、远程及现场技术支持。
P:7.2 质保期满后，甲方如需继续由乙方提供运维服务，年度维护费不超过平台软件许可费的9%（即每年不超过¥97,200），该价格在质保期满后三年内不作上调。维护合同每年另行签订，不自动续期。
H:第八条 知识产权
P:8.1 平台标准产品的知识产权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 定制开发的功能模块、接口程序、评价模型参数配置、迁移脚本及全部文档的知识产权归甲方所有，乙方应交付完整源代码；甲方可自行或委托第三方修改、使用和再许可。
P:8.3 乙方保证所提供软件不侵犯任何第三方合法权益，否则由乙方承担全部责任。
H:第九条 数据安全
P:9.1 平台中的采样点坐标、土壤化验数据、农户及经营主体信息等全部数据归甲方所有。乙方仅为履行本合同处理该等数据，不得用于本合同以外的任何目的，不得向任何第三方提供。
P:9.2 乙方应按照网络安全等级保护第三级要求配合部署，远程运维须经甲方审批并通过堡垒机进行，操作全程留痕；不得将数据拷贝至甲方网络以外的设备。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在两小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任及由此产生的行政处罚后果。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期提交验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金；逾期超过三十日的，甲方有权解除合同。
P:10.2 乙方交付内容不符合合同约定且整改后仍不合格的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
P:10.3 甲方无正当理由逾期付款的，按银行同期贷款利率向乙方支付利息。
H:第十一条 分包与转让
P:11.1 乙方不得将本合同项下任何工作分包或转包给第三方，不得转让合同权利义务。
H:第十二条 合同解除
P:12.1 任何一方严重违约，经对方书面催告后十五日内仍未纠正的，守约方有权书面通知解除本合同，并要求违约方赔偿损失。
P:12.2 因不可抗力致使合同目的无法实现的，双方可协商解除合同。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。
P:13.2 因本合同引起的争议，双方应协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 项目管理与人员
P:14.1 乙方应指定具有农业信息化项目经验的项目经理一名，全程负责本项目实施，未经甲方同意不得更换。项目经理每周向甲方提交项目周报，说明进度、问题及下周计划。
P:14.2 乙方应安排不少于三名开发及实施人员驻场，驻场期间遵守甲方办公纪律及信息系统管理规定。甲方认为乙方人员不能胜任的，有权要求乙方更换，乙方应在七日内完成更换。
P:14.3 甲方指定专人负责需求确认、数据提供和组织验收，并为乙方提供必要的办公条件和网络环境。
H:第十五条 培训与文档
P:15.1 乙方应对甲方及乡镇农业综合服务站的业务人员进行操作培训，对甲方信息管理人员进行系统管理培训，培训合计不少于六期，每期培训后进行考核，考核不合格的人员乙方应免费安排补训。
P:15.2 乙方应按国家及行业有关标准编制需求规格说明书、概要设计、数据库设计、测试报告、部署手册、用户手册及运维手册，并随系统一并交付纸质版和电子版。
P:15.3 乙方应配合甲方完成耕地质量等级年度变更评价工作，确保平台输出的报告格式符合农业农村部有关技术规程要求。
H:第十六条 不可抗力
P:16.1 因地震、洪水等不可抗力致使合同不能按期履行的，受影响方应在三日内书面通知对方，并在十五日内提供有关证明，双方根据影响程度协商延期履行或部分免除责任。
H:第十七条 通知
P:17.1 本合同项下的通知应以书面形式送达合同首页所列地址或双方确认的电子邮箱，送达之日即为通知生效之日。一方联系方式变更的，应在三日内通知对方。
H:第十八条 其他
P:18.1 招标文件、投标文件及中标通知书为本合同组成部分。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：某市农业农村局            乙方（盖章）：某数字农业科技有限公司
P:日期：2025年  月  日
"""

H768Z02 = """T:膨润土造粒及包装线控制系统改造及维保合同
P:合同编号：MS-GZ-2025-017
P:甲方（买方）：某宠物用品有限公司（猫砂厂）
P:乙方（卖方）：某自动化工程有限公司
P:甲方膨润土猫砂造粒、烘干、筛分及自动包装线原控制系统老化，故障频繁。经比选，甲方委托乙方对该生产线控制系统进行改造并提供后续维保服务。双方经协商一致，订立本合同。
H:第一条 改造范围
P:1.1 乙方负责拆除原继电器控制柜，新建PLC主控系统、变频驱动系统、称重包装控制系统和中控室监控系统，覆盖原料破碎、造粒机、回转烘干机、振动筛分、除尘及两条自动包装线。
P:1.2 乙方为甲方定制开发配方及批次管理程序，实现膨润土配比、结团强度检测数据、产量和能耗的自动采集与报表，并与甲方现有ERP系统对接。
P:1.3 改造施工须利用甲方计划停产检修期完成，整线停产时间不得超过十八日。
H:第二条 合同价格
P:2.1 合同总价为人民币壹佰陆拾万元整（¥1,600,000），明细如下：
TB:序号|项目|数量|金额（元）
TB:1|PLC主控柜及IO模块|1套|386,000
TB:2|变频器及驱动柜|22台|298,000
TB:3|称重包装控制器及检重秤|2套|236,000
TB:4|中控室工控机、HMI及大屏|1套|154,000
TB:5|SCADA组态软件许可及数据采集软件许可|1套|286,000
TB:软硬件小计|||1,360,000
TB:6|安装、布线及调试|1项|148,000
TB:7|配方及批次管理程序定制开发|1项|92,000
TB:合计|||1,600,000
P:2.2 上述价格包含设备、软件、运输、安装、调试、培训及税费。
H:第三条 付款方式
P:3.1 合同签订后十日内，甲方支付合同总价的10%作为预付款。
P:3.2 设备全部到货并安装完成、经甲方签收后，甲方支付合同总价的55%。到货签收仅表示数量核对无误，不视为质量验收。
P:3.3 系统通过最终验收后十五个工作日内，甲方支付合同总价的35%。
H:第四条 交货与施工
P:4.1 乙方应于合同签订后四十五日内将设备运至甲方厂区，并在甲方停产检修期内完成安装调试。
P:4.2 乙方施工人员应遵守甲方安全生产及防尘管理制度，动火作业须办理审批手续。
H:第五条 验收
P:5.1 验收标准：全部IO点逐点测试正确；造粒机、烘干机及筛分设备联动控制正常；包装线每小时包装量达到技术协议约定值，称重误差不超过正负五克；系统连续满负荷运行七十二小时无停机故障；配方及批次报表数据与人工记录核对一致。
P:5.2 满足5.1条后，甲方组织最终验收并出具书面验收报告。设备投入生产使用或甲方支付款项，均不视为验收合格。
P:5.3 验收不合格的，乙方应在十日内整改完毕并重新申请验收。
H:第六条 质保与维保
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内乙方免费更换损坏部件并提供技术服务。
P:6.2 一级故障（整线或任一包装线停机）乙方应在2小时内响应，八小时内到达现场；二级故障次日内到场处理。
P:6.3 乙方响应或到场超时的，每超时一小时，甲方可从应付款中扣减¥800。
P:6.4 质保期满后，乙方按年提供维保服务（含定期巡检、备件更换、程序维护及驻厂支持），年度维保费按软硬件小计的32%计取，即每年¥435,200，该标准在质保期满后三年内保持不变。维保费按季度支付。
H:第七条 知识产权
P:7.1 PLC程序、组态画面、配方及批次管理程序及其源代码归甲方所有，乙方应在验收时一并移交，甲方有权自行修改和使用。组态软件等标准产品的知识产权归原厂所有，甲方获得永久使用许可。
H:第八条 数据安全
P:8.1 生产数据、配方参数和产量能耗数据归甲方所有，乙方不得用于本合同以外的任何用途。
P:8.2 乙方远程维护须经甲方书面同意，通过甲方指定的加密通道进行，并保留操作日志；乙方不得将任何生产数据拷贝出甲方厂区。
P:8.3 因乙方原因导致数据泄露、丢失或控制系统被非法入侵的，乙方应在两小时内通知甲方，并承担相应赔偿责任。
H:第九条 保密
P:9.1 双方对在履行本合同过程中知悉的对方商业秘密和技术信息负有保密义务，未经对方书面同意不得向第三方披露。本条义务在合同终止后三年内持续有效。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期完成调试的，每逾期一日，按合同总价的万分之八支付违约金。
P:10.2 乙方在本合同项下的累计赔偿责任以合同总价的60%为限，但乙方故意或重大过失造成的损失除外。
P:10.3 甲方逾期付款的，按逾期金额每日万分之三向乙方支付违约金。
H:第十一条 分包
P:11.1 乙方不得将本合同工作转包。电缆桥架安装等辅助工作如需分包，须事先取得甲方书面同意，乙方对分包工作承担全部责任。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后十日内仍未改正的，甲方有权解除合同并要求乙方赔偿损失。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同发生的争议，提交甲方所在地仲裁委员会仲裁。
H:第十四条 培训与资料
P:14.1 乙方应在调试期间对甲方电工、设备管理员及中控室操作人员进行现场培训，内容包括系统操作、报警处理、配方下发、包装规格切换、常见故障判断及日常点检，培训不少于五个工作日，并对参训人员进行实操考核。
P:14.2 乙方应在最终验收前向甲方提交电气原理图、接线图、IO点表、PLC程序及注释、组态工程文件、设备说明书、备品备件清单及维保手册，资料应与现场实际一致，纸质版两套，电子版一套。
H:第十五条 安全生产与环境
P:15.1 乙方应为施工人员办理意外伤害保险，施工人员须经甲方安全培训后方可进场。乙方在甲方厂区内发生的人身伤害及财产损失，由乙方负责，但因甲方原因造成的除外。
P:15.2 乙方施工应采取防尘措施，不得影响甲方其他车间正常生产，施工垃圾应及时清运，拆除的原控制柜及电缆由甲方统一处置。
P:15.3 改造后的控制系统应设置除尘风机与造粒机、烘干机的联锁保护，烘干机超温、包装线急停等安全保护功能应经甲方安全管理部门确认。
H:第十六条 备品备件
P:16.1 乙方应随设备提供两年用量的易损备件，并在质保期满后至少五年内保证主要备件的持续供应，备件价格不得高于本合同同类部件单价。
H:第十七条 不可抗力
P:17.1 因不可抗力不能履行合同的，受影响方应及时通知对方并提供证明，双方协商延期履行或解除合同。
H:第十八条 项目管理
P:18.1 乙方应指定项目经理一名，负责设计、采购、施工及调试的全过程管理，项目经理在停产改造期间须常驻甲方厂区。乙方应在开工前提交施工组织设计、停产改造日程表及切换方案，经甲方确认后实施。
P:18.2 双方每周召开一次项目例会，乙方汇报进度、质量及安全情况，会议纪要经双方签字后作为项目文件存档。停产改造期间，双方每日召开碰头会。
P:18.3 乙方如需变更设备品牌或型号，应事先取得甲方书面同意，且变更后设备的性能和质量不得低于技术协议要求。
P:18.4 乙方应在改造前对原控制系统的程序和参数进行备份，并制定回退方案，确保改造失败时能在二十四小时内恢复原系统运行。
H:第十九条 其他
P:19.1 技术协议为本合同附件，与本合同具有同等效力。本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：                    乙方（盖章）：
"""

H768Z03 = """连锁门店预约排课及会员管理SaaS服务合同

合同编号：QY-SaaS-2025-045
甲方（客户）：某小提琴教育连锁管理有限公司
乙方（服务商）：某云软件科技有限公司

甲方在全国经营四十五家小提琴培训门店，为统一管理学员预约、排课、课消和会员储值，拟订购乙方的门店预约与会员管理SaaS服务，并由乙方提供实施服务。双方经协商一致，签订本合同。

一、服务内容
（一）订阅服务
1. 乙方向甲方提供“琴课通”预约排课及会员管理SaaS服务，开通门店四十五家，每店不限教师及前台账号数量。
2. 服务功能包括：课程及琴房排期、教师排课与考勤、学员预约与请假补课、课时包及储值卡管理、乐器租赁登记、考级报名管理、微信小程序预约及家长端消息通知、经营报表。
3. 服务期为两个服务年度：第一个服务年度自2025年9月1日起至2026年8月31日止，第二个服务年度自2026年9月1日起至2027年8月31日止。
（二）实施服务
1. 乙方负责将甲方现有四十五家门店的学员档案、剩余课时、储值余额及排课数据迁移至平台。
2. 乙方负责小程序品牌化配置、门店及价格体系配置、与甲方财务系统的收款对账接口配置，并对店长及前台人员进行培训。

二、服务费用
（一）订阅费按门店数计收，每店每个服务年度¥6,800，每个服务年度合计¥306,000，两个服务年度合计¥612,000。
（二）实施费为一次性费用¥86,000。
（三）合同总金额为¥698,000（含税）。
（四）服务期内新增门店的，按每店每个服务年度¥6,800折算剩余月份计费，不影响本合同其他条款。

三、付款方式
（一）实施费在平台上线验收合格后十个工作日内一次性支付。
（二）订阅费按季度支付，每季度首月十日前支付当季订阅费¥76,500。
（三）乙方应在收款前开具增值税专用发票。

四、实施与验收
（一）乙方应在2025年8月20日前完成数据迁移、配置和培训，并提交上线验收。
（二）上线验收标准：
1. 迁移的学员档案、剩余课时及储值余额与甲方原系统逐店核对一致，差错为零；
2. 预约、排课、课消、储值、退费等业务流程在三家试点门店连续运行十日无阻断性问题；
3. 收款对账接口每日自动对账结果与财务系统一致；
4. 四十五家门店店长及前台培训完成并通过操作考核。
（三）甲方在收到验收申请后五个工作日内组织验收并签署验收单。开通账号或甲方使用平台不视为验收合格。
（四）乙方逾期提交上线验收的，每逾期一日向甲方支付违约金¥500。

五、服务水平
（一）平台月度可用率不低于99.95%，计划维护安排在每日零时至六时之间并提前通知甲方。
（二）一级故障（全部门店无法预约或无法课消）乙方应在30分钟内响应，两小时内恢复；二级故障（单店或单一功能不可用）一小时内响应，当日解决。
（三）月度可用率未达标的，按当月订阅费的5%向甲方提供服务抵扣；一级故障恢复超时的，每超时一小时再抵扣当月订阅费的1%，单月抵扣合计不超过当月订阅费。

六、数据与安全
（一）甲方在平台中录入或产生的学员信息、家长联系方式、课消及储值记录等业务数据归甲方所有。
（二）乙方有权将甲方业务数据进行去标识化处理后，用于乙方产品改进、行业经营分析及向第三方提供行业研究报告，该权利在本合同终止后继续有效。
（三）乙方应采取加密存储、访问权限控制、操作日志审计等措施保护数据安全，平台部署于境内云资源并已完成网络安全等级保护备案。
（四）发生数据泄露或丢失的，乙方应在二十四小时内通知甲方并采取补救措施；因乙方原因造成的，乙方承担赔偿责任。
（五）合同终止后三十日内，乙方应向甲方完整导出全部业务数据，并在甲方确认后删除平台中的甲方数据。

七、知识产权
（一）平台软件及其后续版本的知识产权归乙方所有。
（二）为甲方专门制作的小程序品牌页面、报表模板及接口配置归甲方所有，甲方可自由使用、修改或交由第三方维护。

八、保密
双方对因本合同知悉的对方经营信息、价格信息和技术资料负有保密义务，未经对方书面同意不得披露，保密期限至合同终止后三年。

九、续期
本合同服务期满前三十日内任何一方未书面提出异议的，本合同自动续期一个服务年度，并可依此类推。续期时乙方有权按其届时公布的标准价格调整订阅费，调整后的价格以乙方通知为准。

十、责任限制
乙方在本合同项下的累计赔偿责任以合同总金额的两倍为限，但因乙方原因造成的数据泄露不受此限。

十一、分包
乙方不得将实施服务分包给第三方；确需由第三方协助的，应事先取得甲方书面同意。

十二、合同解除
（一）乙方严重违约，经甲方书面通知后十五日内未纠正的，甲方有权解除合同，乙方应退还已付未使用期间的订阅费。
（二）平台连续两个月可用率未达标的，甲方有权解除合同。

十三、法律适用与争议解决
本合同适用中华人民共和国法律。发生争议时双方协商解决，协商不成的，提交甲方所在地人民法院诉讼解决。

十四、双方的其他义务
（一）甲方的义务
1. 甲方应指定总部项目负责人及各门店联系人，按时提供原系统数据、门店信息、课程及价格体系资料。
2. 甲方应确保其在平台中收集学员及家长个人信息已依法取得授权，并向家长告知信息使用目的。
3. 甲方应妥善保管管理员账号，因甲方账号管理不善造成的损失由甲方承担。
（二）乙方的义务
1. 乙方应指定客户成功经理一名，负责甲方的日常服务对接、需求反馈和版本更新说明。
2. 乙方每月向甲方提交服务报告，内容包括可用率、故障处理情况、功能使用情况及改进建议。
3. 乙方在平台版本更新影响门店操作的，应提前七日通知甲方，并提供操作说明或线上培训。
4. 服务期内甲方新开门店的，乙方应在五个工作日内完成开通和配置。

（三）服务交接
1. 合同期满不再续期或合同解除的，乙方应提供不少于三十日的过渡期，过渡期内甲方可继续使用平台并导出数据，乙方不另收费。
2. 乙方应协助甲方将学员档案、剩余课时、储值余额等数据迁移至甲方指定的新系统，提供完整的数据字典及字段说明。
3. 过渡期内乙方应保持平台正常运行，不得以任何理由中断服务或限制数据导出。
（四）账号与权限
1. 平台设总部管理员、门店店长、前台、教师四类角色，各角色权限由甲方在平台中自行设定。
2. 储值退费、课时调整等敏感操作须经店长审批，平台应完整记录操作人和操作时间，记录保存期限不少于两年。

（五）门店营业保障
1. 乙方的计划维护不得安排在周六、周日及法定节假日的营业时间内。
2. 寒暑假招生旺季前，乙方应对平台进行容量评估和压力测试，并将测试结果告知甲方，确保旺季期间预约和缴费功能正常。

十五、不可抗力
因自然灾害、公共卫生事件、基础电信网络大面积故障等不可抗力导致服务中断的，受影响方应及时通知对方，并尽力减少损失；不可抗力持续超过三十日的，双方可协商解除合同。

十六、通知
本合同项下的通知以书面形式或电子邮件发送至双方指定联系人，电子邮件发出后次一工作日视为送达。

十七、其他
本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：                      乙方（盖章）：
日期：                              日期：
"""

H768Z04 = """基本公共卫生服务信息系统年度运维服务合同

项目编号：JK-YW-2025-008
甲方：某市疾病预防控制中心
乙方：某健康信息技术服务有限公司

甲方基本公共卫生服务信息系统（以下简称“公卫系统”）承担全市居民健康档案、预防接种、慢病随访、孕产妇和儿童健康管理等业务。为保障系统稳定运行，甲方委托乙方提供年度运维服务。双方根据采购结果，订立本合同。

第一条 服务范围
（一）公卫系统应用软件的日常巡检、缺陷修复、性能调优及版本更新部署；
（二）数据库、中间件及应用服务器的监控、备份与恢复演练；
（三）与区县卫生健康信息平台、预防接种管理系统、医保结算系统接口的监测和异常处理；
（四）基层医疗卫生机构用户的电话及远程技术支持，服务时间为每日八时至二十时，一级故障全天候响应；
（五）配合甲方完成网络安全等级保护测评、数据质量核查及上级部门的检查工作；
（六）每月提交运维报告，每季度提交系统运行分析报告。

第二条 服务期限
服务期自2025年7月1日起至2026年6月30日止。服务期满本合同终止，不自动续期；甲方如需继续采购，按规定另行组织。

第三条 服务费用及支付
（一）本合同服务费总额为人民币伍拾捌万陆仟元整（¥586,000），含驻场人员、远程支持、备品及税费等全部费用。
（二）本合同不设预付款。服务费按季度支付，每季度末经甲方考核后，于次月十五个工作日内支付当季服务费¥146,500；考核扣减金额从当季服务费中扣除。
（三）乙方应按甲方要求开具发票。

第四条 人员配置
（一）乙方安排两名驻场工程师，工作日在甲方办公场所提供服务，其中至少一人具备数据库管理经验。
（二）乙方更换驻场人员应提前十日书面通知甲方，并经甲方同意，新人员须完成交接。

第五条 服务水平
（一）公卫系统月度可用率不低于99.95%（经甲方同意的计划维护时间除外）。
（二）故障分级及处理时限：一级故障（系统整体不可用、接种数据无法上传）30分钟内响应，两小时内恢复；二级故障（部分功能不可用）一小时内响应，八小时内解决；三级问题（咨询及一般性问题）次工作日内答复。
（三）数据库每日增量备份、每周全量备份，每季度进行一次恢复演练，演练结果书面报甲方。

第六条 考核与验收
（一）甲方每季度按本合同附件《运维服务考核表》对乙方进行考核，考核内容包括系统可用率、故障响应与恢复时间、备份及恢复演练、用户满意度、报告提交情况。考核得分八十分以上为合格。
（二）服务期满后，乙方提交年度运维总结、系统配置清单、运维脚本及文档，甲方组织年度验收。年度验收以四个季度考核均合格且交接资料齐全为标准。

第七条 服务水平未达标的处理
（一）月度可用率低于约定值的，每低于0.1个百分点扣减当季服务费¥1,000，不足0.1个百分点的按0.1个百分点计。
（二）一级故障响应或恢复超时的，每超时一小时扣减¥600；二级故障超时的，每次扣减¥300。
（三）季度考核不合格的，扣减当季服务费的5%。

第八条 数据安全
（一）公卫系统中的居民健康档案、预防接种记录等全部数据归甲方所有，乙方仅为履行本合同在授权范围内访问，不得用于任何其他目的。
（二）乙方人员须签署个人信息保护承诺书，通过甲方堡垒机访问生产环境，禁止私自导出、复制或留存数据；测试须使用甲方提供的脱敏数据。
（三）乙方应遵守《数据安全法》《个人信息保护法》及卫生健康行业网络安全管理规定。发生数据泄露、篡改或丢失的，乙方应在一小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部赔偿责任，并承担由此产生的行政责任。

第九条 保密
乙方对履行合同中知悉的甲方工作秘密、系统架构、账号口令及其他非公开信息负有保密义务，不得向第三方披露。保密义务在合同终止后持续有效。

第十条 知识产权
乙方在运维过程中为甲方编写的脚本、配置文件、报表及文档归甲方所有，甲方可自由使用和修改。

第十一条 违约责任
（一）乙方未能在合同签订后五日内完成驻场人员进场及服务交接的，每逾期一日按¥600向甲方支付违约金。
（二）因乙方原因导致系统长时间中断、数据丢失，或乙方违反第八条约定的，乙方应赔偿甲方全部损失。
（三）甲方逾期付款的，按同期贷款市场报价利率支付利息。

第十二条 分包
乙方不得将本合同项下的服务分包或转包给任何第三方。

第十三条 合同解除
（一）乙方连续两个季度考核不合格，或严重违约经甲方书面通知后十日内仍未改正的，甲方有权解除合同，并按实际服务期间结算费用。
（二）因政策调整导致合同无法履行的，双方协商解除。

第十四条 服务交接
合同终止或解除时，乙方应在十五日内向甲方或甲方指定的单位完整移交系统账号、运维资料和脚本，并配合完成交接，不得以任何理由拖延。

第十五条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十六条 应急保障
（一）乙方应编制公卫系统应急预案，明确故障升级流程、应急联系人及数据恢复步骤，报甲方备案，并每半年参加一次甲方组织的应急演练。
（二）在预防接种集中开展期、年度绩效考核数据上报期及突发公共卫生事件期间，乙方应按甲方要求增派技术人员，实行每日值守，确保系统稳定运行，增派人员不另行收费。

第十七条 运维规范
（一）乙方对生产环境的变更须提交变更申请，说明变更内容、影响范围和回退方案，经甲方审批后在约定时间窗口内实施。
（二）乙方应建立运维工作台账，记录巡检、故障处理、变更、备份及恢复演练情况，甲方可随时查阅。
（三）乙方应及时跟踪操作系统、数据库和中间件的安全漏洞公告，在甲方确认后完成补丁更新。

第十八条 驻场管理与考勤
（一）驻场工程师应遵守甲方作息时间和保密管理要求，进出机房须登记，离岗超过一日应提前报甲方信息科同意。
（二）甲方每月对驻场人员出勤情况进行核对，缺勤的按每人每日¥500从当季服务费中扣除，乙方另行安排人员顶岗的除外。
（三）乙方应对驻场工程师进行卫生健康业务知识和网络安全培训，每年不少于两次，培训记录报甲方备案。

第十九条 报告与沟通
（一）月度运维报告应包括系统运行指标、故障统计与分析、变更记录、备份与恢复情况、安全事件及整改建议。
（二）双方每季度召开一次运维工作会议，通报考核结果，研究解决存在的问题，会议纪要由双方签字确认。
（三）遇重大故障或安全事件，乙方应在处置完成后三个工作日内提交书面故障分析报告，说明原因、处置过程及防范措施。

第十九条之一 服务质量改进
乙方应根据季度考核结果和用户反馈制定改进计划，明确改进措施和完成时间，并在下一季度运维报告中说明改进落实情况。甲方可组织基层用户对乙方服务进行满意度调查，调查结果纳入季度考核。

第二十条 不可抗力
因不可抗力导致合同不能履行的，受影响方应及时通知对方，并在合理期限内提供证明；双方根据影响程度协商处理。

第二十一条 其他
采购文件、响应文件及考核表为本合同组成部分。本合同一式四份，甲方三份，乙方一份，自双方签字盖章之日起生效。

甲方（盖章）：                      乙方（盖章）：
日期：                              日期：
"""

H768Z05 = """# 匠造工序跟踪系统软件许可及实施合同（标准文本）

> 本合同为乙方标准合同文本（版本：JZ-HT-2024-B），甲方如有特殊要求请以补充协议形式约定。

合同编号：JZ-2025-0612

甲方：某梳妆台工艺品厂

乙方：某匠造软件有限公司

鉴于甲方拟在其梳妆台及实木家具生产车间推行工序数字化管理，乙方拥有“匠造工序跟踪系统”软件产品，双方本着平等互利的原则，就软件许可及实施事宜达成如下协议。

## 第一条 合同标的

1.1 乙方向甲方提供“匠造工序跟踪系统”标准版软件许可，许可用户数为六十个，用于甲方一个生产基地。

1.2 乙方根据甲方需求进行定制开发，内容包括：雕花工序派工单及计件统计、CNC雕刻程序版本管理、手工精雕质检记录、上漆工序（底漆、打磨、面漆、擦色）工艺参数采集、烤漆房温湿度记录、漆面缺陷追溯及车间看板。

1.3 乙方负责系统安装部署、基础数据初始化及操作培训。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 匠造工序跟踪系统标准版软件许可（六十用户） | 520,000 |
| 2 | 雕花及上漆工序定制开发 | 348,000 |
| 3 | 安装部署、数据初始化及培训 | 62,000 |
| | 合计 | 930,000 |

合同总价为人民币玖拾叁万元整（¥930,000）。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%。

3.2 系统上线运行后十个工作日内，甲方支付合同总价的35%。

3.3 甲方未按期付款的，乙方有权暂停实施工作，工期相应顺延。

## 第四条 实施周期

4.1 乙方应在收到首期款项后九十日内完成定制开发及部署，具体进度以乙方提交的实施计划为准。

4.2 因甲方需求变更、车间现场条件不具备或甲方人员配合不到位造成的延误，工期顺延，乙方不承担责任。

## 第五条 上线与验收

5.1 系统安装完成并经乙方测试可以运行后，乙方通知甲方上线。

5.2 系统上线运行之日即视为甲方验收合格。甲方在上线后提出的问题，由乙方在维护服务中处理。

## 第六条 免费维护期

6.1 乙方提供六个月免费维护服务，自系统上线之日起计算。

6.2 免费维护期内，乙方负责修复软件缺陷，并通过电话、远程方式提供技术支持。

6.3 一级故障（系统无法登录或无法派工）乙方在8小时内响应，二级及以下问题在三个工作日内响应。乙方将尽力在合理时间内解决问题。

## 第七条 后续维护服务

7.1 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订年度维护服务协议。

7.2 年度维护服务费按乙方届时公布的服务价格标准执行，乙方有权根据市场情况每年调整。

## 第八条 知识产权

8.1 本合同项下乙方提供的软件产品，以及乙方为甲方定制开发的功能模块、工艺参数模板、看板程序及相关源代码和文档，其知识产权均归乙方所有。

8.2 甲方仅获得在本合同约定范围内使用上述软件的非独占、不可转让的使用权，不得对软件进行修改、反编译，或许可第三方使用。

8.3 乙方不向甲方交付源代码。

## 第九条 数据安全

9.1 甲方在系统中录入和产生的生产数据、工艺参数及员工计件数据归甲方所有，乙方不得将其用于本合同以外的目的。

9.2 乙方远程维护须经甲方同意，并遵守甲方的网络安全管理规定；乙方应采取必要的技术措施防止数据泄露、丢失或被篡改。

9.3 因乙方原因造成甲方数据泄露或丢失的，乙方应及时通知甲方，协助恢复数据并承担相应赔偿责任。

## 第十条 保密

双方对在合作过程中获得的对方技术资料、商业信息负有保密义务，未经对方书面同意不得向第三方披露。保密义务自本合同签订之日起三年内有效。

## 第十一条 违约责任

11.1 乙方无正当理由逾期完成部署的，每逾期一日按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的3%。

11.2 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金。

11.3 在任何情况下，乙方在本合同项下承担的全部赔偿责任累计不超过合同总价的20%，且乙方不对甲方的间接损失、利润损失或停产损失承担责任。

## 第十二条 合同解除

12.1 一方严重违约，经另一方书面催告后三十日内仍未纠正的，守约方有权解除本合同。

12.2 甲方单方解除合同的，已支付款项不予退还。

## 第十三条 不可抗力

因地震、火灾、疫情等不可抗力导致合同不能履行的，受影响方应及时通知对方，并在合理期限内提供证明，可部分或全部免除责任。

## 第十四条 法律适用与争议解决

本合同适用中华人民共和国法律。因本合同发生的争议，双方应友好协商；协商不成的，任何一方均可向乙方所在地人民法院提起诉讼。

## 第十五条 双方义务

15.1 甲方应指定项目联系人，及时提供车间工序资料、产品型号、雕花图样编号、漆种及工艺参数等基础数据，并保证数据真实准确。

15.2 甲方应提供满足系统运行要求的服务器、网络及车间终端设备，并负责车间看板的安装位置和供电。

15.3 乙方应按实施计划完成安装部署和培训，培训对象包括车间主任、工段长、质检员及系统管理员，培训方式由乙方确定。

15.4 甲方提出的需求变更，由乙方评估工作量后另行报价，经双方确认后实施，工期相应顺延。

15.5 乙方应向甲方提供系统操作手册电子版一份。甲方需要其他技术文档的，双方另行协商。

15.6 甲方应按乙方要求配合进行系统测试，并安排车间人员参加培训。因甲方人员未参加培训导致操作不当的，由甲方自行承担后果。

15.7 甲方应定期备份系统数据。因甲方未备份导致数据丢失的，乙方不承担责任。

## 第十六条 系统升级

16.1 乙方发布的标准版软件补丁，在免费维护期内向甲方免费提供。大版本升级不属于免费维护范围，甲方需要升级的，按乙方届时报价另行购买。

16.2 甲方定制功能在大版本升级时需要重新适配的，适配费用由甲方承担。

16.3 乙方有权根据产品规划调整标准版功能，并不承担对甲方定制功能的兼容义务。

## 第十七条 甲方的使用限制

17.1 甲方不得超出许可用户数使用软件，确需增加用户的，应按乙方价格另行购买用户许可。

17.2 甲方不得将软件用于许可范围以外的生产基地或关联公司。

17.3 甲方违反本条约定的，乙方有权暂停维护服务，并要求甲方补交许可费用。

## 第十七条之一 免责

17A.1 因甲方网络、服务器、车间终端或其他第三方软硬件原因导致系统无法正常运行的，乙方不承担责任。

17A.2 因甲方操作不当、擅自修改系统配置或数据库造成的故障，乙方协助处理的，按乙方服务价格另行收费。

17A.3 系统生成的计件统计、工艺参数及质检记录仅供甲方管理参考，甲方据此作出的工资结算或质量判定，由甲方自行负责。

## 第十八条 通知

双方往来通知以书面形式送达合同首页地址，或以电子邮件发送至双方联系人。

## 第十九条 其他

19.1 本合同未尽事宜，由双方另行签订补充协议。

19.2 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：　　　　　　　　　　乙方（盖章）：

签订日期：　　　　年　　月　　日
"""

H768E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. KSL-CN-2025-004
P:This Software Licence and Services Agreement (the "Agreement") is made between Huaxin Agri-Commodities Trading Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Qingdao (the "Buyer"), and Eastern Highlands Software Company Ltd., a company incorporated in the Republic of the Sudan with its principal office in Kassala (the "Vendor").
P:The Buyer purchases sesame, gum arabic and sorghum from growers and cooperatives and operates bonded warehouses. The Vendor develops a crop procurement and warehouse receipts system used by trading houses in the region. The Buyer wishes to license that system, have it adapted to its business and have it implemented at its head office and warehouses, and the Vendor is willing to do so on the terms below.
H:Article 1 Definitions
P:1.1 "Licensed Software" means the Vendor's CropLedger procurement and warehouse receipts software, version 5, in object code, with its documentation and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the modules, interfaces, report templates, data conversion scripts and documentation developed by the Vendor specifically for the Buyer under Article 3, including their source code.
P:1.3 "Buyer Data" means all data entered into, processed by or generated in the Licensed Software by or for the Buyer, including supplier, contract, lot, quality and stock data.
P:1.4 "Final Acceptance" means the Buyer's written confirmation under Article 6.3.
H:Article 2 Licence
P:2.1 The Vendor grants the Buyer a perpetual, irrevocable, non-exclusive licence to install and use the Licensed Software for the business of the Buyer and its affiliates in mainland China, for up to 150 named users and an unlimited number of warehouse sites.
P:2.2 The Buyer may make copies for backup, testing and disaster recovery. The licence fee is fully paid on completion of the payments in Article 5, and no further licence fee is payable for the licensed scope.
H:Article 3 Customisation and Implementation Services
P:3.1 The Vendor shall develop the following Custom Deliverables: a grower and cooperative contract module with Chinese and English contract templates; a lot quality module recording moisture, oil content and admixture results; an interface to the Buyer's ERP for purchase orders, goods receipts and invoices; an interface to the weighbridge systems of four warehouses; and a set of twenty management reports.
P:3.2 The Vendor shall install the Licensed Software on the Buyer's servers in Qingdao, convert and load the Buyer's open contracts and stock records, configure users and roles, and train key users and administrators.
P:3.3 The Vendor shall deliver the services according to the project plan in Annex 2. Go-live of the system shall take place no later than 120 days after the effective date.
H:Article 4 Price
P:4.1 The total price of this Agreement is CNY 1,780,000, inclusive of applicable taxes, made up as follows: licence fee for the Licensed Software CNY 1,240,000; Custom Deliverables CNY 386,000; installation, data conversion and training CNY 154,000.
P:4.2 The price is fixed. Travel and accommodation of the Vendor's staff are included in it.
H:Article 5 Payment
P:5.1 The Buyer shall pay 20% of the total price within twenty business days after signature of this Agreement and receipt of the Vendor's invoice.
P:5.2 The Buyer shall pay 45% of the total price within twenty business days after go-live. Go-live and use of the system in production do not constitute acceptance.
P:5.3 The Buyer shall pay the remaining 35% of the total price within twenty business days after Final Acceptance.
P:5.4 All payments shall be made in CNY by bank transfer to the account named in the Vendor's invoice.
H:Article 6 Acceptance
P:6.1 The acceptance tests shall show that: all converted contracts and stock balances reconcile line by line with the Buyer's records; purchase orders, goods receipts and invoices pass between the system and the ERP without error on twenty consecutive business days; weighbridge readings at all four warehouses are captured automatically; all twenty reports produce results that agree with manual calculation on sample data; and the system serves 80 concurrent users with screen response below two seconds.
P:6.2 After go-live the system shall run in production for 45 days. During that period no Severity 1 fault may remain open for more than one day.
P:6.3 When the tests in Article 6.1 have been passed and the period in Article 6.2 has been completed, the Buyer shall issue a written Final Acceptance certificate within ten business days. If the tests fail, the Vendor shall correct the defects and repeat the tests at its own cost.
H:Article 7 Warranty and Support
P:7.1 The Vendor warrants that the Licensed Software and the Custom Deliverables will conform to the specifications and documentation for 24 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct all defects and supply all updates free of charge.
P:7.2 The Vendor shall provide support by telephone, e-mail and remote session. A Severity 1 fault (the system is unavailable or receipts cannot be issued) shall be responded to within one hour and a workaround provided within eight hours. A Severity 2 fault shall be responded to within one business day.
P:7.3 For each hour by which the Vendor exceeds the Severity 1 response time, the Buyer may deduct CNY 1,000 from any amount due to the Vendor.
P:7.4 After the Warranty Period the Vendor shall offer annual support at 10% of the licence fee for the Licensed Software per year (CNY 124,000). This fee shall not be increased during the three years after the Warranty Period. Each support year is ordered separately by purchase order and does not renew automatically.
H:Article 8 Intellectual Property
P:8.1 The Licensed Software remains the property of the Vendor.
P:8.2 All rights in the Custom Deliverables pass to the Buyer on creation. The Vendor shall deliver their source code with each release, and the Buyer may use, modify and license them freely, itself or through third parties.
P:8.3 The Vendor shall defend and indemnify the Buyer against any claim that the Licensed Software or the Custom Deliverables infringe a third party's rights.
H:Article 9 Buyer Data and Data Security
P:9.1 Buyer Data belongs to the Buyer. The Vendor may process Buyer Data only to perform this Agreement and shall not use it for any other purpose.
P:9.2 The Vendor shall access the Buyer's systems only through the Buyer's VPN with individual accounts and two-factor authentication, and shall not copy Buyer Data outside the Buyer's systems. The Vendor shall comply with the Data Security Law and the Personal Information Protection Law of the People's Republic of China in relation to Buyer Data.
P:9.3 The Vendor shall notify the Buyer within twelve hours after becoming aware of any unauthorised access to, loss of or disclosure of Buyer Data, cooperate in remedying it, and be liable for the loss caused by its breach of this Article.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public business and technical information received from the other party under this Agreement and use it only for this Agreement. These obligations continue for five years after termination.
H:Article 11 Delay and Liability
P:11.1 If go-live or Final Acceptance is delayed for reasons attributable to the Vendor, the Vendor shall pay delay damages of 0.08% of the total price for each day of delay, up to 8% of the total price.
P:11.2 The Vendor's total liability under this Agreement is limited to 150% of the total price. This limit does not apply to breach of Article 9, infringement claims or wilful misconduct.
H:Article 12 Subcontracting
P:12.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent. The Vendor remains responsible for the work of any approved subcontractor.
H:Article 13 Term and Termination
P:13.1 This Agreement enters into force on signature by both parties.
P:13.2 The Buyer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within thirty days after written notice, or if the delay damages under Article 11.1 reach their maximum.
P:13.3 On termination the Vendor shall deliver all Custom Deliverables completed to date and return all Buyer Data.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the Republic of the Sudan.
P:14.2 Any dispute arising from this Agreement shall first be discussed by the project managers and then by senior management of both parties. If it is not settled within thirty days, it shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing. The award is final and binding on both parties.
H:Article 15 General
P:15.1 Annex 1 (Functional Specification), Annex 2 (Project Plan) and Annex 3 (Acceptance Test Plan) form part of this Agreement. In case of conflict, the body of this Agreement prevails.
P:15.2 This Agreement is made in English in two originals, one for each party. Amendments must be in writing and signed by both parties.
P:For the Buyer: ____________________          For the Vendor: ____________________
P:Name and title: ____________________          Name and title: ____________________
"""

H768E02 = """# ORDER FORM — FARMTRACE SUBSCRIPTION SERVICE

Order Form No. GDF-OF-2025-118

This Order Form consists of Part A (Order Details) and Part B (General Terms). By signing Part A, the parties agree to both parts.

## PART A — ORDER DETAILS

### A1. Parties

**Provider:** Butana Agritech Solutions Co. Ltd., registered in the Republic of the Sudan, with its office in Gedaref.

**Customer:** Jinhe Oilseeds Import and Export Co., Ltd., registered in the People's Republic of China, with its office in Rizhao, Shandong.

### A2. Service

FarmTrace, the Provider's hosted service for contract farming, field inspections, crop estimates, lot traceability and shipment documents, including the FarmTrace mobile application for field officers. The Customer will use the service for its sesame and groundnut sourcing programmes. The service is hosted for the Customer in a data centre in Shanghai operated by a cloud provider named in the Documentation.

### A3. Subscription Term

Twenty-four (24) months from the Service Start Date of 1 October 2025 to 30 September 2027. This Order Form does not renew automatically. Any further period requires a new Order Form signed by both parties.

### A4. Fees

| Item | Quantity | Unit price (CNY) | Amount (CNY) |
|---|---|---|---|
| FarmTrace subscription, Enterprise edition, first year | 1 | 276,000 | 276,000 |
| FarmTrace subscription, Enterprise edition, second year | 1 | 276,000 | 276,000 |
| Onboarding: configuration, data import of 6,200 growers, training of 35 field officers | 1 | 48,000 | 48,000 |
| **Total Fees for the Subscription Term** | | | **600,000** |

The subscription includes up to 80 named web users and 60 mobile users. Additional users are charged at the prices in the documentation and are not included in the Total Fees.

### A5. Invoicing and Payment

The subscription fee is invoiced quarterly in advance in eight equal instalments of CNY 69,000, the first on the Service Start Date. The onboarding fee is invoiced after Onboarding Acceptance under Section 3 of Part B. Invoices are payable within thirty days in CNY to the Provider's account.

### A6. Contacts and Signatures

Provider contact: Account Manager, Gedaref office. Customer contact: Head of Sourcing, Rizhao.

For the Provider: ____________________ Date: __________

For the Customer: ____________________ Date: __________

## PART B — GENERAL TERMS

### 1. Definitions

1.1 "Customer Data" means all data, documents and images uploaded to or generated in the service by or for the Customer, including grower, plot, inspection and lot data.

1.2 "Documentation" means the Provider's user guides and service descriptions for FarmTrace, as updated from time to time.

1.3 "Customer Configurations" means the forms, workflows, inspection checklists, report layouts and document templates configured by the Provider for the Customer.

### 2. Provision of the Service

2.1 The Provider shall make the service available to the Customer during the Subscription Term in accordance with this Order Form and the Documentation.

2.2 The Provider may update the service from time to time, provided that updates do not materially reduce its functions.

2.3 The Customer is responsible for its users' accounts and for the accuracy of the data it enters.

### 3. Onboarding and Acceptance

3.1 The Provider shall complete onboarding within forty-five days after signature of this Order Form, including configuration of the Customer Configurations, import of grower and plot records, and training.

3.2 Onboarding Acceptance requires that: all imported grower and plot records reconcile with the Customer's source lists; the lot traceability chain from plot to shipment is demonstrated on three test lots; the mobile application synchronises inspection records offline and online without loss on twenty test devices; and all field officers named by the Customer have completed training.

3.3 The Customer shall confirm Onboarding Acceptance in writing within ten business days after the Provider's notice that the criteria are met, or list the failures. The Provider shall remedy failures and notify the Customer again.

### 4. Service Levels

4.1 The Provider shall make the service available at least 99.5% of the time in each calendar month, excluding scheduled maintenance announced at least two business days in advance.

4.2 Incidents are classified as follows. Priority 1: the service or the mobile synchronisation is unavailable to all users. Priority 2: a major function is unavailable. Priority 3: other faults and questions.

4.3 The Provider shall respond to Priority 1 incidents within one hour, at any time, and restore the service within six hours. Priority 2 incidents shall be responded to within two business hours and Priority 3 within one business day.

4.4 If monthly availability falls below the commitment in Section 4.1, the Provider shall credit 5% of the quarterly subscription fee for each full percentage point of shortfall. If the Provider misses the Priority 1 response time, it shall credit CNY 1,000 for each hour of delay. Credits are deducted from the next invoice.

### 5. Customer Data

5.1 Customer Data belongs to the Customer. The Provider shall use Customer Data only to provide the service to the Customer and shall not use it for any other purpose, including analytics for other clients.

5.2 The Provider shall protect Customer Data with encryption in transit and at rest, role-based access controls, multi-factor authentication for administrator access, daily backups kept for thirty days, and logging of all administrator actions.

5.3 The Provider shall notify the Customer within twenty-four hours after becoming aware of a security incident affecting Customer Data, take immediate steps to contain it, and be liable for the loss caused to the Customer by its breach of this Section.

5.4 At the end of the Subscription Term the Provider shall make all Customer Data available for export in CSV and PDF formats for sixty days and then delete it, and confirm the deletion in writing.

### 6. Intellectual Property

6.1 The Provider retains all rights in the service, the mobile application and the Documentation.

6.2 The Customer Configurations belong to the Customer. The Customer may use, copy and modify them and have them used by third parties, including another service provider, without restriction.

### 7. Confidentiality

7.1 Each party shall keep confidential the non-public information it receives from the other party, use it only for this Order Form, and protect it with at least reasonable care. This obligation continues for three years after the end of the Subscription Term.

### 8. Subcontractors

8.1 The Provider may engage subcontractors and hosting providers to perform the service. The Provider shall inform the Customer of any new subcontractor by e-mail at least fifteen days before the subcontractor starts work. The Provider remains responsible for the acts of its subcontractors.

### 9. Warranties

9.1 The Provider warrants that the service will perform materially in accordance with the Documentation and that onboarding will be performed with reasonable skill and care.

9.2 If the service does not so perform, the Provider shall correct the non-conformity at no charge.

### 10. Liability

10.1 Each party's total liability under this Order Form is limited to 150% of the Total Fees. This limit does not apply to breach of Section 5 or Section 7, or to wilful misconduct.

10.2 Neither party is liable for indirect or consequential loss, except in the cases excluded from the limit in Section 10.1.

### 11. Termination

11.1 Either party may terminate this Order Form by written notice if the other party commits a material breach and does not remedy it within thirty days after written notice.

11.2 The Customer may also terminate if monthly availability is below the commitment in Section 4.1 in any three months of a Subscription Year.

11.3 On termination for the Provider's breach, the Provider shall refund the prepaid fees for the period after termination.

### 12. Governing Law and Disputes

12.1 This Order Form is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the Shanghai International Arbitration Centre for arbitration in Shanghai. The award is final and binding.

### 13. Customer Obligations

13.1 The Customer shall provide the grower lists, plot records and document templates needed for onboarding in the formats described in the Documentation, and shall make its field officers available for training on the agreed dates.

13.2 The Customer shall keep its users' passwords secure, ensure that its users comply with the Documentation, and notify the Provider promptly of any unauthorised use of its accounts.

13.3 The Customer is responsible for obtaining any consent required from growers for the collection of their names, contact details and plot locations through the service.

### 13A. Suspension

13A.1 The Provider may suspend the Customer's access only if an undisputed invoice remains unpaid for more than forty-five days after written reminder, or if suspension is needed to stop an active security threat. The Provider shall restore access as soon as the cause has been removed.

### 14. General

14.1 Notices must be in writing and sent to the contacts in Part A. This Order Form is the entire agreement of the parties on its subject and may be amended only in writing signed by both parties.

14.2 If Part A and Part B conflict, Part A prevails.
"""

H768E03 = """T:SUPPLY AND LICENCE CONTRACT FOR KILN CONDITION MONITORING SYSTEM
P:Contract No. SCG-EQ-2025-0273
P:Buyer: Shancheng Cement Group Co., Ltd., Yichang, Hubei Province, People's Republic of China (the "Buyer").
P:Supplier: Nile Confluence Industrial Instruments Ltd., Atbara, River Nile State, Republic of the Sudan (the "Supplier").
P:The Buyer operates two rotary kiln lines and their raw mills and cement mills at its Yichang plant. The Buyer has selected the Supplier, after a competitive tender, to supply wireless vibration and temperature sensors, gateways and a condition monitoring software licence, and to install and commission them. This contract is on the Buyer's standard terms for equipment purchases.
H:1. Scope of Supply
P:1.1 The Supplier shall supply the equipment and software listed in the price table in clause 2, install the sensors on the kiln drives, support rollers, fans, raw mills and cement mills identified in Annex 1, and commission the complete system.
P:1.2 The Supplier shall configure the monitoring software for the Buyer's machines, set alarm limits for each measuring point with the Buyer's maintenance engineers, and build the interface that sends alarms and work requests to the Buyer's maintenance management system.
P:1.3 The Supplier shall train twelve maintenance engineers and four administrators of the Buyer.
H:2. Contract Price
P:2.1 The contract price is CNY 1,240,000, inclusive of VAT, delivery to the Yichang plant, installation and all other costs of the Supplier:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless triaxial vibration and temperature sensor, ATEX rated|64|9,800|627,200
TB:2|Industrial gateway with 4G and Ethernet backhaul|8|21,500|172,000
TB:3|Condition monitoring software, perpetual licence, unlimited measuring points at the Yichang plant|1|318,000|318,000
TB:Equipment and licence subtotal||||1,117,200
TB:4|Installation, configuration, alarm limits and maintenance system interface|1|96,400|96,400
TB:5|Training|1|26,400|26,400
TB:Total contract price||||1,240,000
P:2.2 The price is fixed for the duration of this contract.
H:3. Payment
P:3.1 The Buyer shall pay 10% of the contract price as an advance within fifteen business days after signature of this contract and receipt of an advance payment guarantee from a bank in mainland China.
P:3.2 The Buyer shall pay 55% of the contract price within fifteen business days after all equipment has been delivered and installed and the Buyer has signed the installation certificate. The installation certificate confirms quantities only and is not acceptance.
P:3.3 The Buyer shall pay the remaining 35% of the contract price within fifteen business days after Final Acceptance under clause 5.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all equipment to the Yichang plant within sixty days after signature of this contract, with packing lists, certificates of origin and test certificates.
P:4.2 Installation on running machines shall follow the Buyer's safety rules and permits. Installation on the kiln drives shall be done during the Buyer's planned kiln stop.
H:5. Acceptance
P:5.1 Final Acceptance requires that: every sensor transmits vibration and temperature readings to the software at the configured interval with less than 1% lost readings over fourteen days; the readings of ten sensors chosen by the Buyer agree with a calibrated portable analyser within the tolerance in Annex 2; alarms raised in the software create work requests in the maintenance management system within one minute; and the system runs for thirty days without a Severity 1 fault.
P:5.2 The Buyer shall issue a Final Acceptance certificate within ten business days after these criteria are met. Delivery, installation, use of the system and payment do not constitute acceptance.
P:5.3 If the criteria are not met, the Supplier shall correct the defects within fifteen days at its own cost, and the tests shall be repeated.
H:6. Warranty and Support
P:6.1 The Supplier warrants the equipment and software for thirty-six months after Final Acceptance. During this period the Supplier shall repair or replace defective sensors and gateways free of charge, including batteries that fail before their rated life, and shall supply software updates.
P:6.2 Support is provided as follows:
TB:Severity|Description|Response time|Resolution target
TB:Severity 1|Monitoring of a kiln line stopped, or no alarms produced|1 hour|8 hours
TB:Severity 2|Loss of readings from several sensors or the interface|2 business hours|2 business days
TB:Severity 3|Single sensor fault or question|1 business day|10 business days
P:6.3 If the Supplier exceeds the Severity 1 response time, the Buyer may deduct CNY 1,200 for each hour of delay from any amount due to the Supplier.
P:6.4 After the warranty period, the Supplier shall provide annual support, including software updates, remote support and replacement of failed sensors at cost price, for 8% of the equipment and licence subtotal per year (CNY 89,376). This fee is fixed for three years after the warranty period. Each year is ordered by a separate purchase order; there is no automatic renewal.
H:7. Intellectual Property
P:7.1 The software remains the property of the Supplier, who grants the Buyer a perpetual licence under the terms of clause 2.
P:7.2 The machine configurations, alarm limits, analysis templates and the maintenance system interface developed for the Buyer, including their source code, belong to the Buyer, which may use, modify and license them freely.
H:8. Buyer Data and Data Security
P:8.1 All measurement data, alarm records and machine data belong to the Buyer and may be used by the Supplier only to perform this contract.
P:8.2 The software shall run on the Buyer's servers. Remote access by the Supplier requires the Buyer's approval for each session and shall go through the Buyer's jump server, with all actions logged. The Supplier shall not copy the Buyer's data outside the Buyer's network.
P:8.3 The Supplier shall report any security incident affecting the Buyer's data or network within twelve hours, assist in containing it, and compensate the Buyer for the loss caused by its breach of this clause.
H:9. Confidentiality
P:9.1 Each party shall keep confidential the other party's non-public technical and commercial information received under this contract and shall not disclose it to third parties without prior written consent. This obligation continues for five years after the end of this contract.
H:10. Delay Damages and Liability
P:10.1 If the Supplier fails to deliver the equipment or to achieve Final Acceptance by the dates in this contract for reasons attributable to it, the Supplier shall pay delay damages of 0.1% of the contract price for each day of delay, up to 10% of the contract price.
P:10.2 The Supplier's total liability under this contract is limited to 200% of the contract price, except for personal injury, wilful misconduct and breach of clauses 8 and 9.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier remains fully responsible for any approved subcontractor.
H:12. Termination
P:12.1 The Buyer may terminate this contract by written notice if the Supplier commits a material breach and fails to remedy it within fifteen days after notice, or if the delay damages reach their maximum.
P:12.2 On termination for the Supplier's breach, the Supplier shall refund the amounts paid for the undelivered or rejected parts and compensate the Buyer's loss.
H:13. Governing Law and Disputes
P:13.1 This contract is governed by the laws of the People's Republic of China.
P:13.2 Disputes shall be submitted to the people's court with jurisdiction at the Buyer's domicile.
H:13A. Project Management
P:13A.1 The Supplier shall appoint a project manager who speaks Chinese or works with an interpreter provided by the Supplier, and who is present at the Yichang plant during installation and commissioning. The Supplier shall submit a weekly progress report and attend a weekly site meeting with the Buyer's project team.
P:13A.2 The Supplier shall comply with the Buyer's plant safety rules, including permits for work at height, hot surfaces and confined spaces. The Supplier's staff shall complete the Buyer's safety induction before starting work.
P:13A.3 The Supplier shall deliver the as-built drawings, measuring point list, alarm limit list, interface documentation, user manuals and administrator manuals before Final Acceptance, in Chinese and English.
P:13A.4 The Supplier shall keep a stock of spare sensors and gateways in mainland China sufficient to replace failed units within five business days throughout the warranty period and any support period ordered by the Buyer.
H:14. General
P:14.1 Annex 1 (Measuring Points), Annex 2 (Measuring Tolerances) and Annex 3 (Training Plan) form part of this contract. The contract is made in English and Chinese; both versions are equally valid.
P:For the Buyer: ____________________   For the Supplier: ____________________
"""

H768E04 = """# MANAGED IT SERVICES AGREEMENT

Agreement No. JM-MSA-2025-09

**Customer:** Jiaming Home Textiles Co., Ltd., Nantong, Jiangsu Province, People's Republic of China.

**Service Provider:** Darfur Gateway Technical Services Co. Ltd., Nyala, South Darfur, Republic of the Sudan, acting through its project office in Shanghai.

The Customer operates a head office, two weaving and finishing plants and a distribution warehouse in Nantong, with about 620 computer users. The Customer wishes to outsource the operation of its end-user computing, local networks and servers to the Service Provider for a fixed term of 36 months, and the Service Provider agrees to provide those services on the terms of this Agreement and its Schedules.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Levels" means the service levels and service credits set out in Schedule 2.

1.3 "Charges" means the charges set out in Schedule 3.

1.4 "Service Commencement Date" means the date on which the Customer confirms in writing that the transition under clause 3 is complete.

1.5 "Customer Data" means all data of the Customer, its employees and its customers held on the systems covered by the Services.

## 2. Term

2.1 This Agreement starts on signature and continues for 36 months after the Service Commencement Date (the "Term"). It expires at the end of the Term without renewal unless the parties agree an extension in writing.

## 3. Transition

3.1 The Service Provider shall complete the transition of the Services from the Customer's current arrangements within sixty days after signature. Transition includes inventory of all devices and servers, documentation of the network, setup of the service desk and its tools, and knowledge transfer from the Customer's IT staff.

3.2 The Customer shall confirm completion of transition when: the asset inventory has been checked against a physical sample of fifty devices chosen by the Customer; the service desk has handled calls for ten business days in parallel with the Customer's IT staff without missing the Service Levels; runbooks for all servers and network devices have been delivered and reviewed; and monitoring of all network devices and servers is active.

3.3 If the Service Commencement Date has not occurred within sixty days after signature for reasons attributable to the Service Provider, the Service Provider shall pay the Customer CNY 1,500 for each day of delay.

## 4. Service Delivery

4.1 The Service Provider shall provide the Services in accordance with Schedule 1 and meet the Service Levels in Schedule 2.

4.2 The Service Provider shall place two engineers on site in Nantong during business hours and provide the service desk remotely from its Shanghai office, in Chinese.

4.3 The Service Provider shall submit a monthly service report showing performance against each Service Level, open incidents and problems, and recommendations. The parties shall hold a service review meeting every month and a management review every quarter.

4.4 Changes to the Customer's systems shall follow the change process agreed during transition. Emergency changes may be made by the on-site engineers with the approval of the Customer's IT manager.

## 5. Service Credits

5.1 If the Service Provider fails a Service Level in any month, it shall give the Customer the service credits set out in Schedule 2. Service credits are deducted from the monthly charge for the following month.

5.2 The total service credits in any month shall not exceed 20% of the monthly service charge for that month.

## 6. Charges and Payment

6.1 The Customer shall pay the Charges set out in Schedule 3. The transition charge is invoiced after the Service Commencement Date. The monthly service charge is invoiced monthly in arrears.

6.2 Invoices are payable within thirty days after receipt of a valid VAT invoice. The Charges are fixed for the Term.

## 7. Customer Data

7.1 Customer Data remains the property of the Customer. The Service Provider shall use Customer Data only to provide the Services.

## 8. Confidentiality

8.1 Each party shall keep confidential the other party's non-public information that it receives in connection with this Agreement, including the Customer's designs, product costs, customer lists and network details, and shall not disclose it without prior written consent, except to its staff who need it for this Agreement and are bound by equivalent obligations.

8.2 This clause continues for five years after the end of this Agreement.

## 9. Intellectual Property

9.1 Runbooks, network documentation, scripts, configurations and reports produced by the Service Provider for the Customer belong to the Customer, which may use and modify them and give them to any replacement provider.

9.2 The Service Provider's own tools and know-how remain its property.

## 10. Personnel and Subcontracting

10.1 The Service Provider shall use suitably qualified staff and replace any person whom the Customer reasonably asks to be removed.

10.2 The Service Provider shall not subcontract any part of the Services without the Customer's prior written consent.

## 11. Liability

11.1 Each party's total liability under this Agreement is limited to 150% of the total Charges for the Term. This limit does not apply to personal injury, wilful misconduct or breach of clause 8.

## 12. Term and Ending of the Agreement

12.1 This Agreement may not be terminated before the end of the Term by either party, except by mutual written agreement or where the other party becomes insolvent or enters liquidation.

12.2 Where the Service Provider fails to meet the Service Levels, the Customer's remedies are the service credits under clause 5 and the escalation process in clause 13.

12.3 At the end of the Agreement the Service Provider shall provide exit assistance for up to sixty days, hand over all runbooks, passwords and documentation, and cooperate with the Customer's new provider.

## 12A. Customer Responsibilities

12A.1 The Customer shall give the Service Provider's staff access to its sites, systems and documentation as needed for the Services, provide desk space and network access for the on-site engineers, and appoint an IT manager as the single point of contact.

12A.2 The Customer shall approve or reject change requests within the times set in the change process and shall inform the Service Provider in advance of new sites, major purchases of equipment and other changes that affect the Services.

12A.3 The Customer shall keep its own software licences valid and its hardware under manufacturer warranty or support where the Service Provider's services depend on them.

## 13. Escalation and Disputes

13.1 Any issue not resolved at the monthly service review shall be escalated to the quarterly management review and then to the general managers of both parties.

13.2 This Agreement is governed by the laws of the People's Republic of China. Disputes not settled within thirty days after escalation shall be submitted to the Nanjing Arbitration Commission for arbitration.

## 14. General

14.1 The Schedules form part of this Agreement. In case of conflict, the clauses prevail over the Schedules.

14.2 This Agreement may be amended only in writing signed by both parties.

For the Customer: ____________________ For the Service Provider: ____________________

## Schedule 1 — Services

| Service area | Scope | Hours |
|---|---|---|
| Service desk | Calls, e-mail and portal tickets from all users; password resets; first-line fixes; ticket tracking | Monday to Saturday, 08:00–20:00 |
| Desktop support | About 620 desktops and laptops, 95 printers; installs, moves and changes; hardware fault handling with vendors | Business hours on site |
| Network operations | Core and access switches, wireless, firewalls and the links between the four sites; monitoring, configuration backups, patching | 24 x 7 monitoring |
| Server operations | 46 virtual servers on 6 hosts, backup system, file and print services; monitoring, patching, backup checks | 24 x 7 monitoring |
| Asset management | Hardware and software inventory, licence tracking, disposal records | Business hours |

## Schedule 2 — Service Levels and Service Credits

| Service Level | Target | Service credit if missed |
|---|---|---|
| Priority 1 incident (a site, the network core or a production server down) — response | 30 minutes, 24 x 7 | 2% of the monthly service charge per incident |
| Priority 1 incident — restoration | 6 hours | 3% of the monthly service charge per incident |
| Priority 2 incident — response | 2 business hours | 1% of the monthly service charge per month missed |
| Availability of the network core and production servers | 99.95% per month | 5% of the monthly service charge |
| Service desk calls answered within 60 seconds | 90% per month | 1% of the monthly service charge |

## Schedule 3 — Charges

| Charge | Amount (CNY) | Invoicing |
|---|---|---|
| Transition charge (one-time) | 72,000 | After the Service Commencement Date |
| Monthly service charge | 58,000 | Monthly in arrears, 36 months |
| Total monthly service charges for the Term | 2,088,000 | |
| **Total Charges for the Term** | **2,160,000** | |
"""

H768E05 = """DATA SUBSCRIPTION AGREEMENT
PORT CALL AND VESSEL POSITION DATA API

Agreement No. RSM-DS-2025-031

BETWEEN

Red Sea Maritime Data Services Co. Ltd., a company registered in the Republic of the Sudan, with its office at the Northern Quay Road, Port Sudan (the "Provider"); and

Haitong Bulk Shipping Agency Co., Ltd., a company registered in the People's Republic of China, with its office in Tianjin (the "Customer").

BACKGROUND

The Provider collects and compiles vessel position data, port call records, berth schedules and cargo operation notices for ports on the Red Sea and the Gulf of Aden and distributes them through a web interface and an application programming interface. The Customer acts as ship agent and charterer's representative for bulk carriers calling at these ports and wishes to receive the data in its voyage management and customer notification systems.

1. DEFINITIONS

1.1 "API" means the Provider's application programming interface through which the Data is delivered, as described in the API documentation.

1.2 "Data" means the vessel positions, port call records, estimated and actual arrival and departure times, berth allocations, anchorage queues and cargo operation notices made available by the Provider.

1.3 "Customer Data" means the vessel watch lists, voyage references, queries and any other information that the Customer submits to the API or the web interface.

1.4 "Subscription Year" means each of the two consecutive periods of the Subscription Term: the first from 1 November 2025 to 31 October 2026, the second from 1 November 2026 to 31 October 2027.

1.5 "Subscription Term" means the two Subscription Years together, and any renewal under clause 4.

1.6 "Integration Adapter" means the software component that the Provider will develop for the Customer to load the Data into the Customer's voyage management system.

2. SUBSCRIPTION AND LICENCE

2.1 The Provider grants the Customer, for the Subscription Term, a non-exclusive, non-transferable licence to receive the Data through the API and the web interface and to use it for the Customer's business as ship agent, including passing extracts of the Data to the Customer's principals for vessels they own, operate or charter.

2.2 The subscription covers up to 300 vessels on the Customer's watch lists at any time and up to 200,000 API calls per month. Calls above this volume are charged at the rates in Schedule A and are not part of the Subscription Fees.

2.3 The Customer shall not resell the Data as a data product or make it available to the public.

3. SETUP AND ACCEPTANCE

3.1 The Provider shall issue production API credentials and deliver the Integration Adapter no later than 15 October 2025 (the "Go-Live Date").

3.2 The integration acceptance test shall show that: position and port call data for a test list of fifty vessels is loaded into the voyage management system without error for five consecutive days; arrival and departure times in the Customer's system agree with the Provider's web interface for all test vessels; and the Integration Adapter recovers automatically after a simulated interruption of the connection.

3.3 The Customer shall confirm acceptance in writing within five business days after the test is passed, or give the reasons for rejection. The Provider shall correct the defects and repeat the test.

3.4 If the Go-Live Date is missed for reasons attributable to the Provider, the Provider shall pay the Customer CNY 400 for each day of delay until acceptance.

4. TERM AND RENEWAL

4.1 This Agreement starts on signature and the Subscription Term runs from 1 November 2025 for two Subscription Years.

4.2 At the end of the second Subscription Year, and at the end of each renewal year, the Subscription Term renews automatically for a further year unless either party gives written notice of non-renewal at least sixty days before the end of the then-current year.

4.3 The Subscription Fee for each renewal year will be the Provider's list price in effect at the start of that renewal year, which the Provider may change at its discretion. The Provider will inform the Customer of the new fee by e-mail before the renewal.

5. FEES AND PAYMENT

5.1 The fees for the initial Subscription Term are as follows:

   Subscription Fee, first Subscription Year        CNY 264,000
   Subscription Fee, second Subscription Year       CNY 264,000
   Setup fee for API credentials and Integration Adapter (one-time)   CNY 18,000
   Total fees for the initial Subscription Term     CNY 546,000

5.2 The Subscription Fee for each Subscription Year is invoiced at the start of that Subscription Year and is payable within thirty days after receipt of the invoice.

5.3 The setup fee is invoiced after the Customer's written acceptance under clause 3.3.

5.4 All amounts are in CNY and include VAT.

6. SERVICE AND SUPPORT

6.1 The Provider will use commercially reasonable efforts to make the API and the web interface available and to update the Data as frequently as the Provider's sources permit. The Data is collected from third-party sources and the Provider does not guarantee its completeness, accuracy or timeliness.

6.2 The Provider will provide support by e-mail during its business hours in Port Sudan. The Provider will endeavour to address reported problems promptly.

6.3 The Provider may perform maintenance on the API from time to time and will try to give advance notice of planned maintenance.

7. CUSTOMER DATA AND SECURITY

7.1 Customer Data belongs to the Customer. The Provider shall use it only to deliver the Data to the Customer and shall not use it for any other purpose or disclose it to any third party, including other subscribers.

7.2 The Provider shall protect Customer Data with encryption in transit, access restricted to named personnel, authentication of every API call by key and IP address, and logging of access. Customer Data shall be deleted within thirty days after the end of the Subscription Term.

7.3 The Provider shall notify the Customer within twenty-four hours after becoming aware of any unauthorised access to Customer Data or to the Customer's API keys, take the steps needed to contain it, and compensate the Customer for losses caused by its breach of this clause.

8. INTELLECTUAL PROPERTY

8.1 The Provider retains all rights in the Data, the API and the web interface, subject to the licence in clause 2.

8.2 The Integration Adapter, including its source code and documentation, belongs to the Customer once the setup fee is paid. The Customer may use, modify and license it freely and may have it maintained by third parties.

9. CONFIDENTIALITY

9.1 Each party shall keep confidential the non-public information received from the other party, including pricing, the Customer's principals and voyage plans, and use it only for this Agreement. This obligation continues for three years after the end of this Agreement.

10. SUBCONTRACTING

10.1 The Provider shall not subcontract the development of the Integration Adapter or the hosting of Customer Data without the Customer's prior written consent.

11. LIABILITY

11.1 Each party's total liability under this Agreement is limited to 200% of the total fees for the initial Subscription Term. This limit does not apply to breach of clause 7 or clause 9, or to wilful misconduct.

11.2 Neither party is liable for indirect or consequential loss, loss of profit or loss of business, except in the cases excluded from the limit in clause 11.1.

12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after written notice.

12.2 If the Customer terminates for the Provider's breach, the Provider shall refund the Subscription Fee for the remainder of the current Subscription Year.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the Tianjin Arbitration Commission for arbitration in Tianjin. The award is final and binding on both parties.

13A. CUSTOMER OBLIGATIONS

13A.1 The Customer shall keep its API keys secure, restrict their use to its own systems, and inform the Provider immediately if it suspects that a key has been disclosed.

13A.2 The Customer shall use the Data in compliance with applicable law, including the rules on sanctions and export control that apply to it, and shall not use the Data to track vessels for purposes unrelated to its shipping agency business.

13A.3 The Customer shall provide the test vessel list and access to a test environment of its voyage management system in time for the acceptance test under clause 3.

13A.4 The Customer shall pay any charges for API calls above the volume in clause 2.2 within thirty days after the Provider's monthly invoice.

14. GENERAL

14.1 Schedule A (Overage Rates and API Documentation) forms part of this Agreement.

14.2 Notices shall be given in writing to the addresses above or by e-mail to the contacts named in Schedule A.

14.3 This Agreement is made in English in two originals. It may be amended only in writing signed by both parties.

SIGNED for the Provider: ____________________     Date: __________

SIGNED for the Customer: ____________________     Date: __________
"""

TARGETS = {
    "z01": ("h768z01_farmland_quality_monitoring_platform.pdf", "zh", "software", "goods_or_licence", H768Z01),
    "z02": ("h768z02_cat_litter_line_control_retrofit.docx", "zh", "hardware", "goods_or_licence", H768Z02),
    "z03": ("h768z03_violin_school_booking_saas.txt", "zh", "cloud", "service", H768Z03),
    "z04": ("h768z04_cdc_public_health_system_om.txt", "zh", "services", "service", H768Z04),
    "z05": ("h768z05_vanity_workshop_tracking_supplier_template.md", "zh", "software", "goods_or_licence", H768Z05),
    "e01": ("h768e01_warehouse_receipts_licence_kassala_vendor.pdf", "en", "software", "goods_or_licence", H768E01),
    "e02": ("h768e02_farmtrace_saas_order_form_gedaref_vendor.md", "en", "cloud", "service", H768E02),
    "e03": ("h768e03_kiln_sensors_monitoring_licence_atbara_vendor.docx", "en", "hardware", "goods_or_licence", H768E03),
    "e04": ("h768e04_managed_it_services_36_months_nyala_vendor.md", "en", "services", "service", H768E04),
    "e05": ("h768e05_port_call_data_api_port_sudan_vendor.txt", "en", "cloud", "service", H768E05),
}
KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law"]
# availability, p1 h, remedy, ip, datasec, owns, conf, ld, cap, prepay, acc, final, warranty, pwf, auto, term, sub, law
T = {
    "z01": (99.5, 0.5, True, "buyer", True, True, False, 0.1, None, 20, True, True, 24, 9, False, True, False, "PRC"),
    "z02": (None, 2, True, "buyer", True, True, True, 0.08, 60, 10, True, True, 18, 32, False, True, False, "PRC"),
    "z03": (99.95, 0.5, True, "buyer", True, False, True, 500 / 698000 * 100, 200, None, True, None, None, None, True,
            True, False, "PRC"),
    "z04": (99.95, 0.5, True, "buyer", True, True, True, 600 / 586000 * 100, None, None, True, None, None, None, False,
            True, False, "PRC"),
    "z05": (None, 8, False, "supplier", True, True, True, 0.02, 20, 65, False, False, 6, None, False, True, None, "PRC"),
    "e01": (None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 24, 10, False, True, False, "Sudan"),
    "e02": (99.5, 1, True, "buyer", True, True, True, None, 150, None, True, None, None, None, False, True, True, "PRC"),
    "e03": (None, 1, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 36, 8, False, True, False, "PRC"),
    "e04": (99.95, 0.5, True, "buyer", False, True, True, 1500 / 2160000 * 100, 150, None, True, None, None, None, False,
            False, False, "PRC"),
    "e05": (None, None, False, "buyer", True, True, True, 400 / 546000 * 100, 200, None, True, None, None, None, True,
            True, False, "PRC"),
}
EXTRA = {  # sla_clause, ld_stated, capped (goods only), deemed, contract_value, fee base (goods), forum outside mainland
    "z01": (True, True, True, False, 1966000, 1080000, False),
    "z02": (True, True, True, False, 1600000, 1360000, False),
    "z03": (True, True, None, False, 698000, None, False),
    "z04": (True, True, None, False, 586000, None, False),
    "z05": (True, True, False, True, 930000, 520000, False),
    "e01": (True, True, True, False, 1780000, 1240000, False),
    "e02": (True, False, None, False, 600000, None, False),
    "e03": (True, True, True, False, 1240000, 1117200, False),
    "e04": (True, True, None, False, 2160000, None, False),
    "e05": (False, True, None, False, 546000, None, False),
}
DESIGN = {
    "z01": ["CR-CONFIDENTIALITY", "CR-SLA-AVAILABILITY"],
    "z02": ["CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"],
    "z03": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP"],
    "z04": [],
    "z05": ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
            "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"],
    "e01": ["CR-GOVERNING-LAW"],
    "e02": ["CR-LD-MISSING", "CR-SLA-AVAILABILITY", "CR-SUBCONTRACT"],
    "e03": [],
    "e04": ["CR-DATA-SECURITY", "CR-TERMINATION"],
    "e05": ["CR-AUTO-RENEWAL", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
THRESH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
          "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}


def tco_share(t, ex):
    """Policy §4: horizon 5 years from acceptance, post-warranty years = 5 - warranty years, fee base = the itemised
    licence / hardware subtotal. None when the fee is not stated."""
    if t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * ex[5]
    return fees / (ex[4] + fees) * 100


def derive(t, ex, kind):
    r = []
    goods = kind == "goods_or_licence"
    if not ex[0]:
        r.append("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.append("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.append("CR-SLA-RESPONSE")
    if ex[0] and not t["sla_remedy"]:
        r.append("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.append("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.append("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.append("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.append("CR-CONFIDENTIALITY")
    if not ex[1]:
        r.append("CR-LD-MISSING")
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.append("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.append("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.append("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.append("CR-ACCEPTANCE")
    if goods and (t["warranty_months"] is None or t["warranty_months"] < 12):
        r.append("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not ex[2] or t["post_warranty_fee_pct"] > 15):
        r.append("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.append("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.append("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.append("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or ex[6]:
        r.append("CR-GOVERNING-LAW")
    s = tco_share(t, ex) if goods else None
    if s is not None and s > 40:
        r.append("CR-TCO-SERVICE-SHARE")
    return sorted(r)


def readback(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


PCT = r"\s*(?:%|％|percent|per\s*cent)"
BAD = [
    r"(?<![\d.])99\.9(?!\d)",
    r"(?<![\d.])4\s*(?:-\s*)?(?:个\s*)?(?:小时|hours?|hrs?\b|h\b)", r"(?<![十\d])四\s*(?:个)?\s*小时", r"(?<![-y])four\s*(?:\(4\)\s*)?(?:-\s*)?hours?",
    r"(?<![\d.])0\.05(?!\d)", r"万分之五(?![十\d])",
    r"(?<![\d.])100(?:\.0+)?" + PCT, r"百分之(?:一)?百", r"one\s*hundred\s*(?:percent|per\s*cent)",
    r"(?<![\d.])30(?:\.0+)?" + PCT, r"百分之三十(?![一二三四五六七八九])", r"thirty\s*(?:percent|per\s*cent)",
    r"(?<![\d.])40(?:\.0+)?" + PCT, r"百分之四十(?![一二三四五六七八九])", r"forty\s*(?:percent|per\s*cent)",
    r"(?<![\d.])15(?:\.0+)?" + PCT, r"百分之十五(?![一二三四五六七八九])", r"fifteen\s*(?:percent|per\s*cent)",
    r"(?<![\d.])12\s*(?:个\s*)?(?:月|months?)", r"(?<![二\d])十二\s*个\s*月", r"\btwelve\s*(?:\(12\)\s*)?months?",
]
BAD_RE = [re.compile(p, re.I) for p in BAD]


def hits(text):
    out = []
    for form in (text, " ".join(text.split()), "".join(text.split())):
        for rx in BAD_RE:
            m = rx.search(form)
            if m:
                out.append(m.group(0))
    return out


def selftest():
    for s in ["99.9%", "4 hours", "4小时", "四小时", "four hours", "4-hour", "0.05%", "万分之五", "100%", "100 per cent",
              "30%", "百分之三十", "40 percent", "15%", "12 months", "12个月", "十二个月", "twelve months"]:
        assert hits(s), s
    for s in ["99.95%", "24 hours", "二十四小时", "14 days", "0.5%", "万分之五十", "300%", "130 days", "115 units",
              "312 months", "35%", "45%", "8 hours", "百分之三十五", "2 business hours", "twenty-four hours"]:
        assert not hits(s), s


LEN_BAD = []


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    selftest()
    docs = {k: v[4] for k, v in TARGETS.items() if v[0].endswith((".docx", ".pdf"))}
    tg = {k: (TARGETS[k][0], TARGETS[k][0].rsplit(".", 1)[1]) for k in docs}
    write(docs, tg, OUT, wrap_words=True)
    for k, (name, lang, cat, kind, src) in TARGETS.items():
        if not name.endswith((".docx", ".pdf")):
            (OUT / name).write_text(src, encoding="utf-8")
    covered = set()
    for k, (name, lang, cat, kind, src) in TARGETS.items():
        t = dict(zip(KEYS, T[k]))
        t["contract_kind"] = kind
        ex = EXTRA[k]
        if kind == "service":
            assert t["warranty_months"] is None and t["post_warranty_fee_pct"] is None and ex[2] is None, k
            assert t["final_payment_on_acceptance"] is None or True
        for key, th in THRESH.items():
            assert t[key] is None or abs(t[key] - th) > 1e-9, (k, key)
        s = tco_share(t, ex) if kind == "goods_or_licence" else None
        assert s is None or abs(s - 40) > 2, (k, s)
        rules = derive(t, ex, kind)
        assert rules == sorted(DESIGN[k]), (k, rules, DESIGN[k])
        covered |= set(rules)
        extra = {"sla_clause": ex[0], "ld_stated": ex[1]}
        if kind == "goods_or_licence":
            extra["post_warranty_fee_capped"] = ex[2]
        extra["acceptance_deemed_on_delivery"] = ex[3]
        extra["contract_value"] = ex[4]
        label = {"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": extra,
                 "expected_rules": rules}
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                                              encoding="utf-8")
        text = readback(OUT / name)
        n = len("".join(text.split())) if lang == "zh" else len(text.split())
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        risk = "high" if set(rules) & HIGH else ("low" if set(rules) <= LOW else "medium")
        print(f"{name}: length {n} ({lo}-{hi}) rules {rules} risk {risk}" + (f" tco {s:.1f}%" if s is not None else ""))
        h = hits(text)
        assert not h, (name, h)
        LEN_BAD.append((name, n)) if not lo <= n <= hi else None
    assert not LEN_BAD, LEN_BAD
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    print("all checks passed")


if __name__ == "__main__":
    main()
