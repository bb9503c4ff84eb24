"""holdout1113: builds the ten blind held-out drafts from the sources below, writes their .json labels and asserts
the brief's checks (lengths, no threshold value or figure, rule coverage, labels against the design list).
Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:劳务派遣监管平台建设项目政府采购合同
P:合同编号：RSJ-ZFCG-2027-018
P:甲方（采购人）：某市人力资源和社会保障局
P:乙方（供应商）：某信息技术股份有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件、乙方投标文件和中标通知书，双方就劳务派遣监管平台的软件许可与定制开发事宜订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供劳务派遣监管平台基础软件永久使用许可一套（不限用户数，部署于甲方政务云），并在其上完成定制开发，包括：派遣单位备案与年度报告核验、用工单位派遣比例监测、被派遣劳动者工资发放与社保缴纳比对、跨部门数据对接（市场监管、税务、社保经办系统）、监管预警与执法工单等功能。
P:1.2 具体功能清单、接口清单及性能指标以招标文件技术需求书及乙方投标文件为准，是本合同不可分割的组成部分。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰玖拾玖万捌仟元整（¥1,998,000），为含税固定总价，包括：基础软件许可费¥780,000；定制开发费¥936,000；数据对接费¥214,000；实施与培训费¥68,000。
P:2.2 合同总价已包含软件许可、定制开发、接口对接、部署调试、数据初始化、培训、差旅、税费及质保期内全部服务费用。除本合同另有约定外，甲方无需为完成本合同目标另行支付任何费用。
P:2.3 因甲方需求变更导致工作量增加的，双方按投标文件所附人天单价书面确认后另行结算，未经书面确认的变更不得增加费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行履约保函后十五个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台通过初步验收后，甲方支付合同总价的45%。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%。
P:3.4 甲方按财政国库集中支付程序付款，乙方应先开具合法有效的增值税发票。
H:第四条 交付与工期
P:4.1 乙方应于合同签订后一百二十日内完成部署与定制开发并提请初步验收；初验通过后进入九十日试运行，试运行期满提请最终验收。
P:4.2 乙方应按甲方认可的实施计划推进，每两周提交进度报告，每月参加甲方组织的项目例会，如实说明进度偏差及纠偏措施。
P:4.3 乙方应组建不少于十二人的驻场项目团队，项目经理及技术负责人须与投标文件一致，未经甲方书面同意不得更换。甲方认为乙方人员不能胜任的，有权要求更换，乙方应在七日内安排符合要求的人员到岗。
P:4.4 乙方应为甲方业务人员及各区县人社部门经办人员提供操作培训不少于六场，为甲方信息中心技术人员提供系统管理与运维培训不少于三场，并提供培训教材与操作视频。
P:4.5 甲方应提供政务云资源、办公场地及必要的业务资料，协调相关部门开放接口，并指定联系人负责日常沟通。
H:第五条 验收
P:5.1 初步验收标准：功能清单所列功能全部实现并经甲方逐项测试通过；与市场监管、税务、社保经办系统的接口连续十个工作日数据交换无差错；在五百并发用户下，常用查询响应时间不超过2秒。
P:5.2 最终验收标准：试运行期间无一级故障；第三方测评机构出具的网络安全等级保护测评报告和软件功能测试报告均为合格；全部源代码、技术文档和运维手册已移交甲方。
P:5.3 平台上线运行、甲方使用或付款均不视为验收合格。验收不合格的，乙方应在十五日内整改后重新提请验收。
H:第六条 质量保证与维护
P:6.1 质保期为二十四个月，自最终验收合格之日起算。质保期内乙方免费提供缺陷修复、版本升级和技术支持。
P:6.2 质保期满后，如甲方需要，乙方提供年度维护服务，年维护费不超过基础软件许可费的9%（即¥70,200），三年内不上调。维护合同由双方另行签订，不自动续期。
P:6.3 质保期内乙方每季度对平台进行一次巡检，出具巡检报告，并在国家或本省劳务派遣监管政策调整后六十日内完成相应功能调整。
H:第七条 服务水平
P:7.1 平台月度可用率不低于99.95%（计划停机除外）。
P:7.2 一级故障（平台无法登录或核心业务中断）乙方应在30分钟内响应，2小时内到场，8小时内恢复；二级故障2小时内响应，24小时内解决。
P:7.3 乙方应提供7×24小时服务热线，每月向甲方提交服务报告，载明故障处理、可用率统计及改进建议。
P:7.4 一级故障每迟延响应或恢复一小时，乙方支付违约金¥1,000；月度可用率每低于承诺值0.01个百分点，扣减当年维护费或质保金¥2,000。
H:第八条 知识产权
P:8.1 基础软件的知识产权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 为本项目定制开发的程序、接口、数据模型、源代码及技术文档的知识产权归甲方所有，甲方可自行或委托第三方使用、修改和再开发。
H:第九条 数据安全
P:9.1 平台中的派遣单位信息、劳动者个人信息及业务数据均属于甲方所有。乙方仅为履行本合同之目的处理数据，不得用于其他任何目的。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》，运维访问须经甲方审批并通过堡垒机进行，不得将数据复制出甲方政务云。发生数据泄露或安全事件的，乙方应在2小时内报告甲方并采取补救措施，因乙方原因造成的损失由乙方全额赔偿。
H:第十条 保密
P:10.1 乙方对履约中知悉的甲方工作秘密、系统架构及未公开信息负有保密义务，未经甲方书面同意不得向第三方披露。保密义务不因合同终止而解除。
P:10.2 乙方应与参与本项目的全部人员签订保密承诺书并报甲方备案；人员离场时，乙方应收回其账号权限及持有的项目资料，甲方有权对乙方人员遵守保密义务的情况进行检查。
H:第十一条 违约责任
P:11.1 乙方逾期提请初步验收或最终验收的，每逾期一日，按合同总价的万分之八支付违约金；逾期超过六十日的，甲方有权解除合同。
P:11.2 乙方交付成果不符合约定且整改后仍不合格的，甲方有权拒收，乙方应退还已收款项并赔偿损失。
P:11.3 乙方违反第九条、第十条约定的，除赔偿甲方全部损失外，甲方有权将其违约行为报送财政部门，并按政府采购有关规定处理。
P:11.4 甲方无正当理由逾期付款的，按逾期金额每日万分之三向乙方支付违约金。
H:第十二条 分包
P:12.1 乙方不得转包本合同。未经甲方书面同意，乙方不得将任何部分分包给第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约且在甲方书面通知后十五日内未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 不可抗力
P:15.1 因不可抗力不能履行合同的，受影响一方应及时通知对方，并在十日内提供证明，双方协商调整工期或解除合同；不可抗力消除后，受影响一方应继续履行。
H:第十六条 其他
P:16.1 招标文件、投标文件、中标通知书及双方确认的需求说明书、会议纪要均为本合同组成部分；本合同未尽事宜，由双方另行签订补充协议，补充协议与本合同具有同等效力。
P:16.2 本合同一式六份，甲方四份，乙方二份，经双方签字盖章后生效。
P:甲方（盖章）：            乙方（盖章）：
P:日期：                    日期：
"""

Z02 = """T:缝纫机生产线控制系统改造合同
P:合同编号：FR-ZX-2027-031
P:甲方：某电动缝纫机制造有限公司
P:乙方：某自动化工程有限公司
P:甲方拟对其总装、机头装配及电控测试三条生产线的控制系统进行改造，乙方按本合同提供设备、软件及改造服务。双方经协商一致，订立本合同。
H:第一条 项目范围
P:1.1 乙方负责拆除三条生产线原有继电器控制柜，更换伺服驱动控制器、PLC主控单元及工业触摸屏，部署产线采集网关与产线监控软件，完成控制程序开发、与甲方现有MES系统的数据对接及现场调试，使三条生产线实现节拍联动、工位防错与产量、质量数据实时采集。
P:1.2 改造须分线实施，每条线停线时间不得超过七日，且不得影响其余生产线正常生产。具体停线窗口由甲方生产部门书面确定。
P:1.3 改造后的控制系统应支持按订单切换机型参数，换型时间不超过二十分钟；各工位扭矩、电参数测试结果须自动记录并与整机序列号绑定，可追溯保存不少于三年。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰陆拾伍万元整（¥1,650,000），含税、含运输、安装及质保期内服务费用，明细如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|伺服驱动控制器|120套|4,200|504,000
TB:2|PLC主控单元|8套|36,500|292,000
TB:3|工业触摸屏（HMI）|24台|6,800|163,200
TB:4|产线采集网关|16台|9,800|156,800
TB:5|产线监控软件许可（永久）|1套|286,000|286,000
TB:小计|软硬件小计|||1,402,000
TB:6|安装调试及改造施工|1项|146,000|146,000
TB:7|控制程序开发与MES联调|1项|88,000|88,000
TB:8|操作与维护培训|1项|14,000|14,000
TB:合计||||1,650,000
H:第三条 付款方式
P:3.1 合同生效后十个工作日内，甲方支付合同总价的25%作为预付款。
P:3.2 全部设备到货并经甲方清点签收后，甲方支付合同总价的50%。到货签收仅为数量确认，不代表质量验收。
P:3.3 三条生产线全部通过最终验收后，甲方支付合同总价的25%。
P:3.4 乙方应在甲方每次付款前开具等额增值税专用发票。甲方付款前发现乙方存在违约金或赔偿款未付的，有权从应付款中直接扣除。
H:第四条 交付与工期
P:4.1 乙方应于合同生效后四十五日内将全部设备运抵甲方厂区，并于合同生效后一百日内完成三条生产线的改造并提请验收。
P:4.2 甲方应按时提供停线窗口、施工用电及原有控制系统图纸，并安排工艺人员配合调试。因甲方原因延误的，工期相应顺延。
P:4.3 乙方提供的设备应为原厂全新产品，附合格证、原厂质保证明及装箱单，型号规格不得低于投标文件所列配置；需要替换型号的，须事先取得甲方书面确认。
P:4.4 乙方逾期交货或逾期提请验收的，每逾期一日，按合同总价的万分之六向甲方支付违约金。
H:第五条 验收
P:5.1 每条生产线改造完成后连续试生产十五个工作日，期间达到以下标准方可通过验收：生产节拍不低于改造前的1.1倍；工位防错功能触发准确，漏装、错装均能拦截；采集网关上传数据与MES记录逐条一致；控制系统无导致停线超过半小时的故障。
P:5.2 三条生产线均通过单线验收后，由甲方组织最终验收，出具书面验收报告。设备安装、试生产或甲方使用均不视为验收合格。
P:5.3 单线验收不合格的，乙方应在十日内整改并重新试生产；两次验收仍不合格的，甲方有权要求乙方更换不合格设备或退货，并按第四条承担逾期违约金。
P:5.4 乙方应在最终验收前移交设备清单、电气原理图、接线图、PLC及HMI程序备份、参数表、操作手册和维护手册各两套（纸质及电子版）。
H:第六条 质保与维保
P:6.1 质保期为十八个月，自最终验收合格之日起算。质保期内设备及软件出现质量问题的，乙方免费维修或更换。
P:6.2 一级故障（任一生产线停线）乙方应在1小时内响应，6小时内到场；迟延响应或到场的，每迟延一小时乙方支付¥500。
P:6.3 质保期满后，乙方按年提供维保服务，年维保费按软硬件小计的27%计取（即每年¥378,540），四年内固定不变，包括定期巡检、备件更换、程序修改及远程支持。
P:6.4 乙方应在甲方厂区常备伺服驱动器、PLC模块及触摸屏等易损备件，备件清单作为附件；质保期内备件消耗由乙方承担。
P:6.5 乙方应为甲方电气维修人员提供不少于三次的集中培训，使其能够独立完成日常点检、参数备份与常见故障处理。
P:6.6 质保期内同一部件累计故障三次及以上的，乙方应免费更换同型号全新部件，该部件的质保期自更换之日起重新计算。维保服务期内乙方每季度上门巡检一次，出具巡检报告并提出改进建议。
H:第七条 知识产权
P:7.1 为本项目开发的控制程序、画面组态、接口程序及其源代码归甲方所有，甲方可自行修改或委托他人维护。产线监控软件的知识产权归其权利人所有，甲方获得永久使用许可。
H:第八条 数据与保密
P:8.1 产线运行数据、工艺参数、质量记录均属于甲方，乙方不得复制、留存或用于本合同以外的任何用途。
P:8.2 乙方远程访问须经甲方书面批准并在甲方人员监督下进行，应采取防病毒及访问控制措施；因乙方原因导致数据泄露、丢失或生产系统受攻击的，乙方承担全部赔偿责任，并在发现后2小时内通知甲方。
P:8.3 乙方不得在控制系统中预留后门、远程锁机或限制使用的程序；发现此类程序的，视为乙方严重违约。
P:8.4 双方对在履约中获知的对方技术资料、工艺信息和商业信息负有保密义务，未经对方书面同意不得向第三方披露。
H:第九条 分包
P:9.1 乙方可将现场安装施工及线缆敷设分包给具有相应资质的第三方，但应提前三日书面通知甲方。乙方对分包方的工作向甲方承担责任。
H:第十条 违约与解除
P:10.1 乙方严重违约，经甲方书面催告后十日内仍未纠正的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
P:10.2 因乙方原因造成甲方停产的，乙方应赔偿甲方因此遭受的直接损失。
P:10.3 乙方提供的设备存在质量缺陷，经两次维修仍不能正常使用的，甲方有权要求乙方更换同型号新品或退货，乙方应承担由此产生的拆装、运输及调试费用，并赔偿甲方因此增加的停线损失。
P:10.3 甲方逾期付款的，每逾期一日按逾期金额的万分之三向乙方支付违约金。
H:第十一条 安全生产与现场管理
P:11.1 乙方施工人员进入甲方厂区应遵守甲方安全生产、防火及6S管理制度，持证上岗，高处作业和带电作业应办理作业许可。因乙方原因发生安全事故的，由乙方承担全部责任。
P:11.2 乙方应在每日收工前清理施工现场，拆除的旧控制柜及线缆按甲方指定地点堆放，由甲方统一处置。
H:第十二条 法律适用与争议
P:12.1 本合同适用中华人民共和国法律。争议协商不成的，任何一方可向甲方所在地人民法院起诉。
H:第十三条 其他
P:13.1 因不可抗力不能按期履行的，受影响方应及时通知对方并提供证明，工期相应顺延。
P:13.2 本合同附件（设备技术规格、备件清单、改造实施方案）与本合同具有同等效力。本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：            乙方（盖章）：
"""

Z03 = """预约排课与会员管理系统订阅服务合同

合同编号：HL-SaaS-2027-006
甲方：某荷兰语培训连锁管理有限公司（下辖30家门店）
乙方：某云软件科技有限公司

甲方为统一管理旗下门店的课程预约、排课、会员储值与续费业务，订阅乙方“课栈”预约排课与会员管理云服务，并委托乙方完成实施与数据迁移。双方经友好协商，订立本合同。

一、服务内容
（一）订阅服务：乙方在服务期内向甲方30家门店提供预约排课与会员管理云服务，包括：
1. 课程与班级管理、教师排班、教室资源冲突校验；
2. 学员在线预约、候补、签到与请假补课；
3. 会员卡、课时包、储值与续费管理，电子合同与在线支付对接；
4. 门店经营报表、续费率与满班率分析、总部驾驶舱；
5. 微信小程序及学员端应用（含甲方品牌定制界面）。
（二）实施服务：乙方负责系统配置、甲方会员规则与课时扣减规则定制、与甲方现有财务系统及企业微信的接口开发、门店人员培训。
（三）数据迁移：乙方将甲方现有系统中的学员档案、剩余课时、储值余额及历史订单迁移至新系统，并与甲方逐店核对。

（四）运维服务：服务期内乙方负责系统的日常运行维护、安全加固、版本升级及7×24小时技术支持，新版本上线前应提前七日告知甲方主要变化，不得减少甲方已使用的功能。
（五）乙方应为甲方指定一名客户成功经理，每季度与甲方总部召开一次服务回顾会议，跟进门店使用情况和改进需求。

二、服务期限
（一）服务期为两个服务年度，第一个服务年度自系统上线验收合格之日起算，第二个服务年度紧接其后。
（二）实施与数据迁移应于合同签订后六十日内完成，并提请上线验收。

三、费用及支付
（一）订阅费按门店数计取：每店每个服务年度¥8,800，30家门店每个服务年度合计¥264,000。
（二）实施费¥58,000，数据迁移费¥22,000，均为一次性费用。
（三）合同总价为¥608,000（两个服务年度订阅费¥528,000加一次性费用¥80,000），含税。
（四）支付方式：
1. 实施费与数据迁移费于上线验收合格后十个工作日内一次性支付；
2. 每个服务年度的订阅费于该服务年度开始后十五个工作日内支付；
3. 甲方新增门店的，按每店每个服务年度¥8,800按剩余月数折算后另行支付。
（五）乙方应在收款前开具增值税专用发票。

四、上线验收
（一）实施完成后，甲方组织上线验收，验收标准为：
1. 需求确认书所列功能全部可用，会员规则及课时扣减规则经甲方抽取不少于200笔业务测试无差错；
2. 迁移数据与原系统逐店核对一致，储值余额及剩余课时差异为零；
3. 财务系统与企业微信接口连续五个营业日运行正常；
4. 所有门店店长及前台人员完成培训并通过操作考核。
（二）验收合格的，甲方签署上线验收单；系统开通、试用或甲方门店使用均不视为验收合格。

（三）验收不合格的，乙方应在七日内整改并重新提请验收；因整改导致上线推迟的，按第九条计算逾期违约金。第一个服务年度在上线验收合格前不开始计算，甲方在此之前不承担任何订阅费。

五、服务水平
（一）乙方承诺系统月度可用率不低于99.5%，计划维护应安排在夜间22:00至次日7:00之间，并提前三日通知甲方。
（二）故障分级及响应：
1. 一级故障（全部门店无法预约、签到或收款）：30分钟内响应，3小时内恢复；
2. 二级故障（部分门店或部分功能不可用）：2小时内响应，24小时内恢复；
3. 三级问题（咨询及一般缺陷）：1个工作日内答复。
（三）月度可用率未达承诺值的，乙方按以下标准给予服务费抵扣：低于99.5%但不低于99%的，抵扣当月订阅费的5%；低于99%的，抵扣当月订阅费的10%。一级故障超时恢复的，每超时一小时另抵扣¥500。
（四）乙方每月5日前向甲方提交上月服务报告。

（五）乙方未按时提交服务报告或连续两个月未达到可用率承诺的，应提交书面整改方案，甲方有权要求乙方更换客户成功经理。

六、数据及数据安全
（一）甲方及其学员在系统中产生的数据（包括学员个人信息、预约及消费记录、储值数据）归甲方所有。
（二）乙方有权在服务期内及服务期满后，将上述数据经脱敏处理后用于乙方产品改进、算法训练及教育培训行业分析报告。
（三）乙方应依照《网络安全法》《数据安全法》《个人信息保护法》履行数据安全义务，系统应部署于境内云平台，数据加密存储与传输，每日备份，访问权限最小化并留存操作日志。发生数据泄露、丢失等安全事件的，乙方应在2小时内通知甲方，采取补救措施，并承担因此给甲方造成的损失。
（四）服务期满或合同终止后三十日内，乙方应按甲方要求导出全部数据交付甲方，并删除系统中的甲方数据。

七、知识产权
（一）“课栈”平台本身的知识产权归乙方所有。
（二）为甲方定制的会员规则配置、品牌界面及接口程序归甲方所有，甲方可自行或委托第三方使用和修改。

八、保密
双方对在合作中获知的对方商业秘密、经营数据和技术信息负有保密义务，未经对方书面同意不得向第三方披露，保密义务在合同终止后继续有效。乙方应要求其参与本项目的员工签署保密承诺，员工离职或调岗时及时收回系统管理权限；甲方门店的课程体系、教材目录及定价方案属于甲方商业秘密，乙方不得用于为其他客户提供咨询或演示。

九、违约责任
（一）乙方未按期完成实施并提请上线验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）乙方违反第六条数据安全约定的，应赔偿甲方全部损失。

（三）乙方因系统缺陷导致学员课时、储值余额计算错误的，应在发现后二十四小时内更正，并赔偿甲方因向学员补偿而发生的费用。

十、续订
本合同服务期满前三十日内任何一方未书面提出不续订的，合同自动续订一个服务年度，依此类推。续订时乙方有权根据市场情况上调订阅费，每次上调幅度不超过8%，乙方应提前十五日书面通知甲方调整后的价格。

十一、分包
未经甲方书面同意，乙方不得将本合同项下的实施或运维服务分包或转包给第三方。

十二、合同解除
乙方严重违约，经甲方书面通知后十五日内仍未纠正的，甲方有权解除合同，乙方应退还已付但未使用服务期的订阅费并赔偿损失。

十三、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方协商不成的，提交甲方所在地仲裁委员会仲裁。

十四、甲方义务
（一）甲方应指定总部项目负责人及各门店联系人，按时提供会员规则、课程体系、门店资料及原系统数据导出文件，并对需求确认书及时确认。
（二）甲方应妥善保管账号和密码，因甲方人员泄露账号造成的损失由甲方自行承担。

十五、不可抗力
因不可抗力或云平台所在地区发生重大网络安全事件导致服务中断的，受影响方应及时通知对方并尽力减少损失；该期间不计入可用率考核，但乙方应尽快恢复服务。

十六、其他
本合同附件包括需求确认书、门店清单、服务报价单，与本合同具有同等效力。本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：                    乙方（盖章）：
"""

Z04 = """地铁站台门系统运维服务合同

项目名称：地铁站台门系统年度运维服务（竞争性磋商）
合同编号：JTJ-YW-2027-012
甲方（采购人）：某市交通运输局
乙方（成交供应商）：某轨道交通设备技术服务有限公司

根据本项目竞争性磋商文件、乙方响应文件及成交通知书，甲方委托乙方对本市地铁一号线、二号线共三十六座车站的站台门系统提供运维服务。双方订立本合同如下。

第一条 服务范围
（一）运维对象：三十六座车站的站台门门体结构、门机系统、门控单元、中央控制盘、就地控制盘、电源系统、监视系统及与信号系统的接口设备。
（二）服务内容：日常巡检、月度保养、季度检修和年度检修；故障抢修；易损件更换；软件参数备份与维护；运营配合及应急演练；运维台账与设备履历的建立和更新。
（三）乙方应在每座车站配备巡检人员，并在两条线路的控制中心各设一个应急抢修班组，运营时段全程值守。

第二条 服务期限
服务期自2027年1月1日起至2027年12月31日止。服务期满合同终止，不自动续期；甲方如需继续采购，另行组织采购程序。

服务开始前，乙方应会同甲方及原运维单位对设备状态进行联合检查，形成交接清单；服务期满，乙方应将设备、备件清单、运维台账及维护终端完好移交甲方或甲方指定的单位，并配合新运维单位完成不少于十五日的过渡。

第三条 合同价款与支付
（一）合同总价为人民币壹佰贰拾捌万陆仟元整（¥1,286,000），包括人工、工具、检测仪器、易损件、交通、税费等全部费用。
（二）运维费按季度支付，每季度¥321,500。甲方在每个季度结束且季度考核合格后二十个工作日内支付该季度费用。
（三）本合同不设预付款。
（四）乙方应在每次付款前开具合法有效的发票。甲方按财政资金支付程序付款，因财政审批造成的合理延迟不视为甲方违约。
（五）因线路延伸或车站增加导致运维范围扩大的，双方按响应文件中的单站单价另行签订补充协议。

第四条 服务要求
（一）日常巡检每日运营结束后进行，检查门体开关状态、门缝间隙、安全回路及报警记录，并填写巡检记录。
（二）月度保养包括门机润滑、紧固件检查、导轨清洁、门控单元状态读取；季度检修包括电源系统蓄电池容量测试、接口信号核对；年度检修按厂家技术要求对全部门单元逐一检测。
（三）乙方应于每月25日前提交下月检修计划，经甲方运营部门确认后实施；检修应在非运营时段进行，不得影响正常运营。每次检修完成后，乙方应在运维台账中记录检修内容、更换部件及测试结果，并由车站值班人员签字确认。
（四）易损件（门机皮带、滚轮、行程开关、指示灯等）由乙方提供并更换，更换的部件应为原厂或经甲方认可的同等品质产品。单价超过五千元的非易损部件需要更换的，乙方应提出方案并报甲方审批，部件费用由甲方另行承担，人工费用已包含在合同总价内。

（五）乙方应每半年配合甲方开展一次站台门故障应急演练，演练方案报甲方审批，演练结束后五个工作日内提交总结报告。
（六）乙方应建立备品备件库，常备门机、门控单元、电源模块等关键部件，备件数量不低于磋商文件要求，甲方可随时核查。
（七）乙方发现设备存在安全隐患或需大修、技改的，应及时书面报告甲方并提出处理建议，不得擅自改变系统配置或软件参数。

第五条 服务水平
（一）故障分级：一级故障指单侧站台门整体无法开关或安全回路失效，影响列车进出站；二级故障指单樘门无法正常开关；三级故障指报警、指示等不影响运营的故障。
（二）一级故障：乙方应在接报后15分钟内响应，30分钟内到达现场，1小时内恢复运营或采取隔离措施；二级故障：1小时内到达现场，当日运营结束前修复；三级故障：48小时内修复。
（三）每季度站台门故障率（故障次数与开关门总次数之比）不高于万分之一。
（四）乙方未达到本条服务水平的，应在三个工作日内向甲方提交书面原因分析，并在甲方规定期限内整改；对此乙方不承担扣款、违约金或其他经济责任。

第六条 考核与验收
（一）甲方每季度对乙方进行考核，考核内容包括：检修计划完成率不低于98%；故障处置符合第五条时限；巡检及检修记录完整、真实；应急演练按计划完成。
（二）季度考核合格的，甲方出具季度考核单；服务期满，甲方结合四个季度考核结果及运维台账、设备履历移交情况组织年度验收。
（三）考核或验收不合格的，乙方应在十五日内整改，整改合格前甲方暂缓支付当季费用。

（四）季度考核结果作为甲方对供应商履约评价的依据，并按政府采购有关规定报送。

第七条 数据安全
（一）站台门系统运行数据、故障记录、参数配置及运维台账归甲方所有，乙方仅可为履行本合同使用，不得复制、留存或提供给任何第三方。
（二）乙方接入站台门监视系统及门控单元维护接口须经甲方审批，使用甲方指定的专用维护终端，禁止接入互联网或使用个人移动存储介质；维护终端须安装甲方要求的安全软件。
（三）因乙方原因导致系统数据丢失、被篡改或网络安全事件的，乙方应在1小时内报告甲方，配合调查处置，并赔偿由此造成的全部损失。

第八条 知识产权
乙方在服务中形成的运维台账、设备履历、检修规程及改进方案归甲方所有，甲方可自由使用和修改。

第九条 人员要求
（一）乙方应派驻项目经理一名、技术负责人一名及不少于四十名持有相应资格证书的运维人员，人员名单及资质证明在服务开始前报甲方备案。
（二）项目经理及技术负责人不得随意更换；确需更换的，应提前十五日书面申请并经甲方同意，接替人员资历不得低于原人员。
（三）乙方应对运维人员进行岗前培训和安全教育，每季度组织一次技能考核，考核记录报甲方备查。

第十条 违约责任
（一）乙方未按确认的检修计划完成季度或年度检修的，每逾期一日，按合同总价的万分之七向甲方支付违约金。
（二）因乙方人员违规作业造成运营延误、设备损坏或人员伤害的，乙方承担全部赔偿责任。
（三）甲方逾期付款的，按逾期金额每日万分之三支付违约金。

第十一条 分包
乙方不得将本合同项下的服务转包或分包。

第十二条 安全管理
乙方人员应持证上岗，遵守甲方地铁运营安全管理规定及施工请销点制度；进入轨行区作业须经行车调度批准并设置防护。乙方应为作业人员购买意外伤害保险。乙方使用的工器具、检测仪器应定期校验并贴有合格标识，进入车站及轨行区的物品应登记，作业完成后清点出清，确保无遗留物侵入限界。遇恶劣天气、大客流或重大活动保障期间，乙方应按甲方要求增派值守人员，并执行甲方发布的应急预案，相关费用已包含在合同总价内。

第十三条 合同解除
乙方严重违约，或连续两个季度考核不合格，经甲方书面通知后十日内仍未纠正的，甲方有权解除本合同，并按实际服务期间结算费用，乙方应赔偿甲方损失。

第十四条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十五条 其他
磋商文件、响应文件、成交通知书为本合同组成部分。本合同一式五份，甲方三份，乙方二份，自双方签字盖章之日起生效。

甲方（盖章）：                    乙方（盖章）：
"""

Z05 = """# 工序追溯管理软件许可及定制开发合同

**（乙方标准合同文本 ZJ-HT-2026版）**

合同编号：ZJ-2027-0419

甲方：某竹编工艺品工坊有限公司

乙方：某竹境软件科技有限公司

鉴于甲方需对竹编产品从选竹、破篾、蒸煮、编织、上漆到质检、包装的全过程进行追溯管理，乙方为其提供“竹境工序追溯系统”软件许可及定制开发服务。双方依据《中华人民共和国民法典》，经协商一致，签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供“竹境工序追溯系统”标准版软件永久使用许可一套，授权用户数五十个，安装于甲方自备服务器。

1.2 乙方根据甲方需求进行定制开发，内容包括：工序扫码报工模块、篾料批次管理模块、质检拍照与缺陷登记模块、订单进度看板及与甲方电商平台订单接口。

1.3 定制开发的具体范围以双方签字确认的《需求说明书》为准；需求说明书确认后甲方提出的新增或变更需求，乙方另行报价。

1.4 软件许可仅限甲方在其本工坊生产场所内部使用，甲方不得将软件出租、出借、转让或以任何方式向关联公司及第三方提供。甲方超出授权用户数使用的，应按乙方报价补交许可费。

1.5 乙方提供的培训为集中培训两次，每次不超过半日，培训对象为甲方指定的班组长及质检员；超出部分另行收费。

## 第二条 合同价款

2.1 本合同价款明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 竹境工序追溯系统标准版软件许可（永久，50用户） | 186,000 |
| 2 | 定制开发（扫码报工、篾料批次、质检拍照、进度看板、电商接口） | 124,000 |
| 3 | 安装部署、基础数据初始化及培训 | 28,000 |
| | 合计 | 338,000 |

2.2 合同总价为人民币叁拾叁万捌仟元整（¥338,000），含增值税。甲方自备服务器、扫码枪、手持终端及网络环境，相关费用不在本合同价款内。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，即¥219,700。

3.2 系统安装部署完成后五个工作日内，甲方支付合同总价的35%，即¥118,300。

3.3 乙方收款后开具增值税普通发票；甲方需要专用发票的，应在付款前书面告知乙方开票信息。甲方以任何理由拒付或迟付款项的，乙方已交付的软件授权可由乙方暂时停用。

3.4 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金，乙方有权暂停开发、部署及技术支持直至甲方付清款项。

## 第四条 交付

4.1 乙方在收到第3.1条款项后九十日内完成定制开发并安装部署。因甲方未及时确认需求、提供资料或准备环境造成延误的，交付期限相应顺延。

4.2 乙方逾期交付的，每逾期一日按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的2%。

4.3 甲方应在乙方通知后三个工作日内完成服务器、扫码终端及网络环境准备，并指派专人配合需求调研和基础数据整理。甲方提供的工序、篾料及产品编码资料应真实完整，因资料错误导致返工的，乙方有权另行收费。

4.4 乙方交付物包括：软件安装介质、授权文件、用户操作手册一份。源代码及数据库设计文档不在交付范围内。

## 第五条 验收

5.1 系统安装部署完成，即视为甲方验收合格。

5.2 甲方如对系统功能有异议，应在安装部署完成后三日内书面提出；逾期未提出的，视为甲方对系统功能无异议。

## 第六条 技术支持与维护

6.1 自安装部署完成之日起三个月内，乙方提供免费维护，包括缺陷修复和远程技术支持。

6.2 在免费维护期内，乙方将尽商业上合理的努力，在收到甲方故障报告后安排技术人员处理，但不对处理时限作出承诺。

6.3 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订年度维护协议，维护费按乙方当年公布的价格标准执行。未签订维护协议的，乙方不再提供任何支持和版本升级。

6.4 甲方自行修改系统配置、更换服务器或操作系统，或因断电、网络故障及病毒导致系统异常的，乙方不承担维护义务，如甲方要求乙方处理，按人天另行收费。

6.5 乙方发布的标准版新版本，仅向签订年度维护协议的客户提供；定制模块是否适配新版本由乙方决定。

## 第七条 知识产权

7.1 竹境工序追溯系统及其全部升级版本的知识产权归乙方所有。

7.2 乙方为甲方定制开发的模块、接口程序、数据库结构及相关源代码、文档的知识产权均归乙方所有。甲方在本合同约定的用户数范围内享有非独占、不可转让的使用权，不得自行或委托第三方修改、反编译或二次开发。

7.3 乙方有权将定制开发成果纳入其标准产品，向其他客户销售。

7.4 甲方使用本软件过程中提出的改进意见和建议，乙方可无偿采纳并用于其产品。

## 第八条 数据

8.1 甲方在系统中录入和产生的生产、订单、质检及人员数据归甲方所有，乙方仅为履行本合同使用，不得用于其他目的。

8.2 乙方在远程维护时应使用甲方分配的账号，采取加密传输及访问控制措施，不得下载、留存甲方数据；因乙方原因导致甲方数据泄露或丢失的，乙方应及时通知甲方，协助恢复并承担相应赔偿责任。

## 第九条 保密

双方对在合作过程中知悉的对方商业秘密、技术资料和经营信息负有保密义务，未经对方书面同意不得向任何第三方披露。本条在合同终止后三年内继续有效。

## 第十条 责任限制

10.1 乙方在本合同项下的累计赔偿责任（含违约金）以合同总价的20%为限。

10.2 在任何情况下，乙方均不对甲方的间接损失、利润损失、停产损失或数据恢复费用承担责任。

10.3 甲方因使用本软件产生的生产安排、订单交付或产品质量问题，由甲方自行负责，乙方不承担赔偿责任。

10.4 甲方向乙方主张任何权利，应在知道或应当知道权利受损之日起六个月内书面提出，逾期视为放弃。

## 第十一条 合同解除

11.1 任何一方严重违反本合同，经对方书面通知后二十日内仍未纠正的，守约方有权解除本合同。

11.2 甲方因自身原因解除合同的，已支付款项不予退还。

11.3 合同解除后，甲方应立即停止使用本软件并删除安装副本；乙方已完成的开发工作按实际工作量结算，甲方已付款项超出部分由乙方在三十日内退还。

## 第十二条 不可抗力

因不可抗力致使合同不能履行的，受影响方应及时通知对方，双方协商处理，受影响方不承担违约责任。本条所称不可抗力包括自然灾害、疫情、政府行为、电信运营商网络中断、第三方软硬件缺陷及乙方关键技术人员离职等乙方无法控制的情形。不可抗力持续超过六十日的，乙方有权解除合同，已收款项不予退还。

## 第十三条 法律适用与争议解决

本合同适用中华人民共和国法律。因本合同发生的争议，双方协商不成的，提交乙方所在地人民法院诉讼解决。

## 第十四条 其他

14.1 本合同为乙方标准文本，双方如有补充约定，以书面补充协议为准。

14.2 本合同附件为《需求说明书》《软件功能清单》及《报价单》，附件与正文不一致的，以正文为准。乙方的宣传资料、演示系统及口头介绍不构成合同内容。

14.3 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：　　　　　　　　乙方（盖章）：

日期：　　　　　　　　　　　　日期：
"""

E01 = """T:Software Licence and Services Agreement
P:Agreement No. CBS-NB-2027-014
P:This Software Licence and Services Agreement (the "Agreement") is made between Cape Breton Harbour Systems Inc., a company incorporated under the laws of Nova Scotia with its principal office in Baddeck, Nova Scotia, Canada (the "Vendor"), and Ningbo Eastsea Coastal Shipping Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Ningbo, Zhejiang Province (the "Buyer").
P:The Buyer operates a fleet of coastal bulk carriers and container feeders and wishes to replace its spreadsheet-based maintenance planning with the Vendor's HullPlan fleet maintenance software. The Vendor has agreed to license the software and to implement it on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the HullPlan Fleet Maintenance Suite, version 8, in object code, including the planned-maintenance, spare-parts, dry-docking and class-survey modules, together with all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, reports, data-conversion scripts, configurations and documentation developed by the Vendor specifically for the Buyer under this Agreement, including their source code.
P:1.3 "Final Acceptance" means the Buyer's written confirmation under Article 5.3 that the Software and Custom Deliverables meet the acceptance criteria.
P:1.4 "Buyer Data" means all vessel, equipment, maintenance, crew and operational data entered into or generated by the Software, and any data the Buyer provides to the Vendor.
H:Article 2 Scope
P:2.1 The Vendor grants the Buyer a perpetual, irrevocable, non-exclusive licence to install and use the Software for sixty named users on the Buyer's servers in Ningbo and on board up to thirty-two vessels, for the Buyer's own business and that of its wholly owned subsidiaries.
P:2.2 The Vendor shall configure the Software, convert the Buyer's existing maintenance records for all vessels, build interfaces with the Buyer's ERP purchasing system and its vessel-performance monitoring platform, and train the Buyer's superintendents, ship officers and system administrators.
P:2.3 The detailed scope, the interface list and the data-conversion plan are set out in Annex 1 (Statement of Work), which forms part of this Agreement.
H:Article 3 Price
P:3.1 The total Contract Price is CNY 1,880,000, inclusive of VAT and all taxes payable in China, and comprises: Software licence fee CNY 1,240,000; implementation and configuration CNY 386,000; interfaces and data conversion CNY 212,000; training CNY 42,000.
P:3.2 The Contract Price is fixed. Travel, accommodation and visa costs of the Vendor's personnel are included.
H:Article 4 Payment
P:4.1 The Buyer shall pay 20% of the Contract Price within thirty days after signature, against the Vendor's invoice and an advance payment guarantee of the same amount issued by a bank acceptable to the Buyer.
P:4.2 The Buyer shall pay 45% of the Contract Price within thirty days after the Installation Certificate is signed. The Installation Certificate confirms only that the Software has been installed on the Buyer's servers and on the first five vessels; it is not acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price within thirty days after Final Acceptance.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall install the Software within sixty days after signature and shall present the complete system for acceptance testing within one hundred and fifty days after signature.
P:5.2 Acceptance tests shall follow the test plan in Annex 2 and shall demonstrate that: every function in the Statement of Work operates as specified; converted maintenance records reconcile with the source records for every vessel, with no missing job or overdue item; the ERP and performance-monitoring interfaces exchange data without error for ten consecutive working days; on-board installations synchronise with the shore server over the vessels' satellite links within the agreed window; and no Severity 1 or Severity 2 defect remains open.
P:5.3 When the tests are passed, the Buyer shall issue a Final Acceptance certificate within ten working days. Installation, go-live, use of the Software in operation or any payment shall not be deemed acceptance. If the tests fail, the Vendor shall correct the defects within twenty days and repeat the tests.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and Custom Deliverables will conform to the Statement of Work and the documentation for eighteen months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, supply all updates and new versions and provide support free of charge.
P:6.2 Defects are classified by severity. Severity 1 means the system is unavailable or maintenance planning for the fleet cannot be carried out; Severity 2 means a major function is impaired with no workaround; Severity 3 means any other defect.
P:6.3 The Vendor shall respond to a Severity 1 defect within one hour at any time, provide a workaround within eight hours and a permanent fix within five working days. Severity 2 defects shall receive a response within two hours during business hours and a fix within ten working days.
P:6.4 For each hour by which the Vendor exceeds the Severity 1 response or workaround time, the Vendor shall credit the Buyer CNY 1,200 against the next invoice or pay it in cash if no invoice is due.
P:6.5 After the Warranty Period, the Vendor shall, at the Buyer's option, provide annual support covering defect correction, updates and helpdesk services for an annual fee of 11% of the Software licence fee, being CNY 136,400 per year. This fee is fixed for the first three support years and any later increase shall not exceed the change in the Chinese consumer price index for the previous year. Support years are ordered by purchase order and do not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Software remains the property of the Vendor and its licensors. Nothing in this Agreement transfers ownership of the Software.
P:7.2 All intellectual property rights in the Custom Deliverables vest in the Buyer upon creation. The Vendor shall deliver their source code with Final Acceptance. The Buyer may use, modify, and license the Custom Deliverables freely, including to third-party contractors.
P:7.3 The Vendor shall indemnify the Buyer against any claim that the Software or the Custom Deliverables infringe third-party intellectual property rights.
H:Article 8 Data Protection and Security
P:8.1 Buyer Data belongs to the Buyer. The Vendor shall process Buyer Data only to perform this Agreement and shall not use it for any other purpose, including analytics, benchmarking or product development.
P:8.2 The Vendor shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law. Buyer Data shall remain on the Buyer's servers in China. Remote access by the Vendor is permitted only through the Buyer's VPN with multi-factor authentication, with prior approval for each session, and shall be logged. The Vendor shall not copy Buyer Data outside China.
P:8.3 The Vendor shall notify the Buyer of any actual or suspected security incident affecting Buyer Data within twelve hours of becoming aware of it, shall cooperate in its investigation and remediation, and shall be liable for the Buyer's losses caused by a breach of this Article 8.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party, including the Buyer's fleet data, commercial terms and vessel particulars, and shall use it only for this Agreement. This obligation survives termination for three years.
H:Article 10 Delay Damages and Liability
P:10.1 If the Vendor fails to present the system for acceptance testing by the date in Article 5.1 for reasons attributable to it, the Vendor shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
P:10.2 Each party's total liability under this Agreement is limited to 200% of the Contract Price. This limit does not apply to liability for personal injury, fraud, wilful misconduct, breach of Articles 8 or 9, or the indemnity in Article 7.3.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of its obligations without the Buyer's prior written consent. The Vendor remains responsible for the acts and omissions of any approved subcontractor.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to cure it within thirty days after receiving notice describing the breach.
P:12.2 The Buyer may also terminate this Agreement by written notice if the delay damages under Article 10.1 reach their maximum.
P:12.3 On termination by the Buyer for breach, the Vendor shall refund the amounts paid for work not accepted, and the licence in Article 2.1 shall continue for any Software already paid for.
H:Article 13 Force Majeure
P:13.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, provided that it notifies the other party promptly and uses reasonable efforts to resume performance.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the Province of Nova Scotia and the federal laws of Canada applicable therein.
P:14.2 Any dispute arising out of or in connection with this Agreement shall be finally resolved by arbitration in Halifax, Nova Scotia, before a single arbitrator, in English. The award shall be final and binding on both parties.
H:Article 15 General
P:15.1 This Agreement, with its Annexes, is the entire agreement between the parties on its subject matter. Amendments must be in writing and signed by both parties.
P:15.2 This Agreement is made in English in two originals, one for each party.
P:Annex 1: Statement of Work. Annex 2: Acceptance Test Plan.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""

E02 = """# SafeShift EHS Cloud - Order Form and General Terms

**Order Form No. SS-CN-2027-0087**

**Vendor:** Abitibi SafeShift Technologies Inc., 145 avenue Principale, Rouyn-Noranda, Quebec, Canada ("Vendor")

**Customer:** Jiangxi Hengyuan Nonferrous Metals Co., Ltd., Nanchang, Jiangxi Province, People's Republic of China ("Customer")

This Order Form (Part A) and the General Terms (Part B) together form the agreement between Vendor and Customer (the "Agreement"). If Part A and Part B conflict, Part A prevails.

## Part A - Order Form

### A1. Subscribed Service

SafeShift EHS Cloud, Enterprise edition, covering incident reporting and investigation, hazard and near-miss reporting, inspection checklists, permit-to-work, corrective and preventive actions, contractor safety management and the management dashboard, for 1,800 named users across Customer's smelter, two mine sites and head office, with the mobile application for field staff.

### A2. Subscription Term

Thirty-six (36) months, starting on the date on which Customer signs the Onboarding Acceptance Certificate under A4 (the "Subscription Start Date"). The Subscription Term is divided into three Subscription Years. The Agreement ends at the end of the Subscription Term; any renewal requires a new Order Form signed by both parties.

### A3. Fees

| Item | Basis | Fee (CNY) |
|---|---|---|
| Subscription fee, Subscription Year 1 | 1,800 named users | 348,000 |
| Subscription fee, Subscription Year 2 | 1,800 named users | 348,000 |
| Subscription fee, Subscription Year 3 | 1,800 named users | 348,000 |
| Onboarding and configuration | one-time | 46,000 |
| Migration of historical incident records | one-time | 18,000 |
| **Total Contract Value** | | **1,108,000** |

All fees are in CNY and include VAT. Additional named users may be added at CNY 193.33 per user per Subscription Year, pro rata; such additions are not part of the Total Contract Value.

### A4. Invoicing and Onboarding

1. The onboarding and migration fees (CNY 64,000) are invoiced after Customer signs the Onboarding Acceptance Certificate and are payable within thirty days of invoice.
2. The subscription fee for each Subscription Year is invoiced on the first day of that Subscription Year and is payable within thirty days of invoice.
3. Vendor will complete onboarding within ninety days after signature of this Order Form. Onboarding Acceptance requires that: (a) the configured workflows, forms and approval chains in the signed Configuration Workbook operate as specified in a test run of at least fifty sample records per module; (b) the migrated incident records reconcile with Customer's export file by count and by severity; (c) single sign-on with Customer's identity platform works for all user groups; and (d) the mobile application works offline at the mine sites and synchronises on reconnection. Go-live or use of the service does not by itself constitute Onboarding Acceptance.

### A5. Hosting and Subprocessor

The service for Customer is hosted in a mainland China region of Shanghai Yunhai Cloud Computing Co., Ltd., which Customer approves by signing this Order Form as Vendor's hosting subprocessor.

### A6. Contacts

Vendor account manager: Ms. Marie-Claude Bélanger. Customer project lead: Mr. Zhou Wenbin, EHS Department.

## Part B - General Terms

### 1. Service

1.1 Vendor will provide the subscribed service in accordance with the documentation and this Agreement, and will not materially reduce its functionality during the Subscription Term.

1.2 Vendor may release new features and versions. Vendor will give Customer at least fourteen days' notice of any change that affects Customer's configured workflows or integrations.

### 2. Service Levels

2.1 Availability. The production service will be available at least 99.95% of each calendar month, excluding scheduled maintenance announced at least five days in advance and carried out between 22:00 and 06:00 China Standard Time.

2.2 Support. Vendor provides support in Chinese and English by telephone, portal and e-mail. A Severity 1 incident (service unavailable, or incident reporting impossible for a site) will receive a response within thirty minutes at any time and Vendor will work continuously until service is restored. Severity 2 incidents receive a response within two hours during business hours; Severity 3 within one business day.

2.3 Service Credits. If monthly availability falls below the level in 2.1, Customer receives a credit of 5% of the monthly equivalent of the subscription fee for each 0.1 percentage point (or part) below that level, up to 50% of the monthly equivalent. If a Severity 1 response is late, Customer receives a credit of CNY 1,000 per late hour. Credits are set off against the next invoice or refunded at the end of the Subscription Term.

2.4 Reports. Vendor will provide a monthly service report with availability, incidents and credits.

### 3. Customer Data

3.1 All data submitted by or for Customer, including incident reports, photographs, personal information of employees and contractors, and all outputs derived from them ("Customer Data"), belong to Customer. Vendor processes Customer Data only to provide the service to Customer and for no other purpose.

3.2 Vendor will keep Customer Data in mainland China, encrypt it in transit and at rest, restrict access to authorised personnel with multi-factor authentication, log all administrative access, and maintain ISO/IEC 27001 certification and an MLPS level-3 filing for the hosting environment.

3.3 Vendor will notify Customer of any security incident affecting Customer Data within twenty-four hours of becoming aware of it, will take all reasonable steps to contain it and will be responsible for the losses caused by its failure to comply with this Section 3.

3.4 Within thirty days after the end of the Agreement, Vendor will return all Customer Data in a standard export format and then delete it from its systems, and confirm deletion in writing.

### 4. Confidentiality

Each party will keep the other party's Confidential Information confidential, use it only for this Agreement and disclose it only to staff and advisers who need to know it and are bound by equivalent duties. This obligation continues for three years after the Agreement ends, and for trade secrets for as long as they remain trade secrets.

### 5. Intellectual Property

5.1 Vendor owns the service, the platform and all improvements to them.

5.2 Customer owns the forms, checklists, workflows, reports and other configurations created for Customer, and the migration mapping. Customer may use, modify and have third parties use them freely, including after the Agreement ends.

### 6. Subcontracting

Apart from the hosting subprocessor approved in A5, Vendor will not subcontract any part of the service, or appoint a new subprocessor, without Customer's prior written consent. Vendor remains responsible for its subcontractors.

### 7. Payment

7.1 Undisputed invoices are payable within thirty days. Customer may withhold any amount disputed in good faith.

7.2 Fees for a Subscription Year are fixed for the Subscription Term as stated in A3.

### 8. Warranties

Vendor warrants that the service will perform materially in accordance with the documentation, that it will perform onboarding with reasonable skill and care by qualified personnel, and that the service will not contain malicious code. If the service does not conform, Vendor will correct the non-conformity at no additional charge.

### 9. Limitation of Liability

9.1 Neither party is liable for indirect, special or consequential loss, or for loss of profit or revenue.

9.2 Vendor's total aggregate liability arising out of or in connection with this Agreement is limited to the fees paid by Customer in the nine (9) months preceding the event giving rise to the claim.

9.3 The limit in 9.2 does not apply to personal injury caused by negligence, or fraud.

### 10. Term and Termination

10.1 Either party may terminate this Agreement by written notice if the other party materially breaches it and does not cure the breach within thirty days after written notice.

10.2 If Customer terminates under 10.1, Vendor will refund the prepaid fees for the remainder of the Subscription Year in which termination takes effect.

10.3 Sections 3, 4, 5 and 9 survive termination.

### 11. Governing Law and Disputes

11.1 This Agreement is governed by the laws of the People's Republic of China.

11.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules then in force. The arbitral award is final and binding.

### 12. Force Majeure

Neither party is liable for delay or failure caused by events beyond its reasonable control, such as natural disasters, epidemics, war or government action, provided that it notifies the other party promptly and takes reasonable steps to mitigate the effects. Failures of Vendor's own subprocessors are not force majeure unless the subprocessor is itself affected by such an event.

### 13. General

13.1 Neither party may assign this Agreement without the other party's written consent, except to a successor of its whole business that assumes all its obligations.

13.2 Notices must be in writing and sent to the contacts in A6.

13.3 This Agreement is signed in English and Chinese; both versions are equally authentic.

**Signed for Vendor:** ____________________ **Signed for Customer:** ____________________
"""

E03 = """T:Supply Contract for Cold-Chain Sensors, Gateways and Monitoring Software
P:Contract No. TJ-LL-2027-PUR-052
P:Buyer: Tianjin Binhai Lenglian Logistics Co., Ltd., Tianjin, People's Republic of China (the "Buyer").
P:Supplier: Thousand Islands Sensing Ltd., Gananoque, Ontario, Canada (the "Supplier"), acting through its authorised importer of record in Tianjin.
P:This Contract is made on the Buyer's standard purchasing terms. The Buyer operates six temperature-controlled warehouses and a fleet of refrigerated trucks, and purchases wireless temperature and humidity sensors, gateways and a monitoring software licence to monitor its cold chain continuously, with installation, integration and training.
H:1. Definitions
P:1.1 "Equipment" means the sensors and gateways listed in the Price Schedule in clause 3.
P:1.2 "Software" means the Supplier's ColdWatch monitoring platform, version 5, licensed under clause 2.3.
P:1.3 "System" means the Equipment and the Software installed, configured and integrated with the Buyer's warehouse management system ("WMS").
P:1.4 "Final Acceptance" means the Buyer's signed acceptance certificate issued under clause 6.
H:2. Scope of Supply
P:2.1 The Supplier shall supply the Equipment, new and unused, of the models and specifications stated in Annex 1, with certificates of origin, calibration certificates traceable to national standards and radio type approval valid in China.
P:2.2 The Supplier shall install the sensors in the Buyer's six warehouses and forty-two refrigerated trucks, install the gateways, commission the System and integrate it with the Buyer's WMS so that temperature excursions are recorded against the relevant storage location, pallet and shipment.
P:2.3 The Supplier grants the Buyer a perpetual, non-exclusive and irrevocable licence to use the Software on the Buyer's servers for an unlimited number of users and for up to one thousand sensors.
P:2.4 The Supplier shall train the Buyer's quality staff and IT administrators as described in Annex 1.
H:3. Price
P:3.1 The Contract Price is CNY 1,350,000, including VAT, import duties, delivery to site, installation and all services under this Contract, as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor TIS-T8|640|780|499,200
TB:2|Cellular and LoRa gateway TIS-G3|48|5,600|268,800
TB:3|ColdWatch monitoring software, perpetual licence|1|356,000|356,000
TB:|Equipment and Licence Subtotal|||1,124,000
TB:4|Installation and commissioning|1 lot|138,000|138,000
TB:5|WMS integration|1 lot|76,000|76,000
TB:6|Training|1 lot|12,000|12,000
TB:|Contract Price|||1,350,000
P:3.2 The Contract Price is fixed and shall not be adjusted for exchange rates, duties or any other reason.
H:4. Payment
P:4.1 The Buyer shall pay 10% of the Contract Price within twenty days after signature, against the Supplier's invoice and a bank guarantee of the same amount.
P:4.2 The Buyer shall pay 55% of the Contract Price within thirty days after all Equipment has been delivered and installed and the Buyer has signed the installation record. The installation record confirms quantities and installation only and does not constitute acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price within thirty days after Final Acceptance.
P:4.4 The Buyer may deduct from any payment the delay damages and service credits owed by the Supplier.
H:5. Delivery
P:5.1 The Supplier shall deliver the Equipment to the Buyer's warehouses within seventy-five days after signature and complete installation and integration within one hundred and twenty days after signature.
P:5.2 If the Supplier fails to meet either date for reasons not attributable to the Buyer, it shall pay delay damages of 0.1% of the Contract Price per day of delay, up to 10% of the Contract Price. Payment of delay damages does not release the Supplier from its obligations.
P:5.3 The Supplier shall pack the Equipment to protect it during transport and storage. Risk in the Equipment passes to the Buyer when the installation record is signed; title passes on payment under clause 4.2.
P:5.4 The Buyer shall give the Supplier's installers access to its warehouses and trucks at agreed times, provide network connections, server capacity and WMS test interfaces, and appoint a coordinator. The Supplier's installers shall follow the Buyer's food-safety, hygiene and site-safety rules, including the rules for work inside freezer rooms.
H:6. Acceptance
P:6.1 After installation the System shall run for thirty consecutive days. Final Acceptance requires that during that period: every sensor reports at the configured interval with at least 98% of readings received; measured temperatures agree with a calibrated reference thermometer within plus or minus 0.3 degrees Celsius at sampled points; excursion alarms reach the responsible staff by SMS and the app within sixty seconds; WMS records match the System's records for every sampled shipment; and no Priority 1 fault occurs.
P:6.2 The Buyer shall issue the Final Acceptance certificate within ten working days after the criteria are met or give written reasons for refusal. Delivery, installation, use of the System or any payment shall not be deemed acceptance.
H:7. Warranty and Support
P:7.1 The Supplier warrants the Equipment and the Software for twenty-four months from Final Acceptance. During the warranty period the Supplier shall repair or replace defective Equipment, correct Software defects, provide updates and recalibrate sensors annually, all free of charge.
P:7.2 During the warranty period the monitoring server software shall be available at least 99.95% of each month, excluding planned maintenance agreed with the Buyer.
P:7.3 Faults are classified as in the table below. Response time runs from the Buyer's report by telephone or e-mail.
TB:Priority|Description|Response|Restoration
TB:Priority 1|Monitoring or alarms unavailable for a warehouse or for the truck fleet|30 minutes|6 hours
TB:Priority 2|Partial loss of monitoring or integration|2 hours|24 hours
TB:Priority 3|Other faults and queries|1 business day|10 business days
P:7.4 For each hour by which the Supplier exceeds the Priority 1 response or restoration time, the Supplier shall pay CNY 800. For each 0.02 percentage point of monthly availability below the level in clause 7.2, the Supplier shall pay CNY 1,500.
P:7.5 After the warranty period the Supplier shall, if the Buyer so orders, provide annual support at 8% of the Equipment and Licence Subtotal, being CNY 89,920 per year, fixed for three years after the warranty period. Support is ordered year by year and does not renew automatically.
H:8. Intellectual Property
P:8.1 The Software remains the property of the Supplier. Firmware embedded in the Equipment is licensed to the Buyer for the life of the Equipment.
P:8.2 The WMS interface, alarm rules, reports and configurations developed for the Buyer, including source code, belong to the Buyer. The Buyer may use, modify and license them freely.
H:9. Data Security
P:9.1 All monitoring data, alarm records and shipment data belong to the Buyer. The Supplier shall use them only to perform this Contract.
P:9.2 The System shall be hosted on the Buyer's servers in Tianjin. The Supplier's remote access requires the Buyer's prior approval for each session through the Buyer's bastion host, and is logged. The Supplier shall not copy data outside the Buyer's systems or outside China.
P:9.3 The Supplier shall notify the Buyer of any security incident affecting the System or its data within six hours, cooperate in remediation, and compensate the Buyer for losses caused by the Supplier's breach of this clause.
H:10. Confidentiality
P:10.1 Each party shall keep confidential the other party's non-public information, including the Buyer's customer, shipment and warehouse information, and shall not disclose it to third parties without prior written consent. This clause survives termination.
H:11. Liability
P:11.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 9 and 10, which are not limited.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract installation or any other part of the work without the Buyer's prior written consent, and remains responsible for any approved subcontractor.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within fifteen days after notice, or if delay damages reach their maximum. The Supplier shall then refund the amounts paid for Equipment and services not accepted.
H:14. Force Majeure
P:14.1 A party prevented from performing by an event beyond its reasonable control shall notify the other party promptly, provide evidence and take reasonable steps to limit the effects. Dates shall be extended by the period of the event. If the event continues for more than sixty days, either party may terminate by notice for the work not yet performed.
H:15. Documentation and Training
P:15.1 Before Final Acceptance the Supplier shall deliver user and administrator manuals in Chinese, as-built installation drawings, the sensor calibration register and the interface specification. Training shall cover daily monitoring, alarm handling, sensor replacement and system administration.
H:16. Governing Law and Disputes
P:16.1 This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Tianjin Arbitration Commission for arbitration in Tianjin.
P:Annex 1: Technical specifications and training plan. Annex 2: Installation locations.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# Managed IT Infrastructure Services Agreement

**Agreement No. GBM-SH-2027-031**

This Managed IT Infrastructure Services Agreement (the "Agreement") is entered into between:

- **Georgian Bay Managed Networks Ltd.**, 18 Bay Street, Parry Sound, Ontario, Canada, acting with its wholly owned service company in Shanghai (together, the "Provider"); and
- **Shandong Huamei Food Processing Co., Ltd.**, Yantai, Shandong Province, People's Republic of China (the "Customer").

## Section 1. Background and Definitions

1.1 The Customer operates nine food-processing plants, three cold stores and a head office in Shandong and Jiangsu. It wishes to outsource the operation of its wide-area and local networks, Wi-Fi, servers and end-user support to the Provider for thirty-six months.

1.2 In this Agreement: "Services" means the services described in Schedule 1; "Service Levels" means the levels in Schedule 2; "Charges" means the charges in Schedule 3; "Transition" means the takeover of the Customer's infrastructure described in Section 3; "Service Commencement Date" means the date on which the Customer signs the Transition Acceptance Certificate; and "Customer Data" means all data of the Customer and its employees, customers and suppliers that the Provider may access in performing the Services.

## Section 2. Term

2.1 This Agreement starts on signature. The Services run for thirty-six months from the Service Commencement Date (the "Term").

2.2 The Agreement expires at the end of the Term. It does not renew automatically; any extension requires a written amendment signed by both parties.

## Section 3. Transition

3.1 The Provider shall complete the Transition within seventy days after signature. The Transition comprises: discovery and documentation of all network devices, servers and end-user devices; configuration baselines; deployment of the Provider's monitoring tools; set-up of the service desk with Chinese-speaking staff; and knowledge transfer from the Customer's IT team.

3.2 Transition Acceptance requires that: (a) the asset inventory covers every device in the Customer's register and reconciles by serial number; (b) every in-scope device is monitored with alerts reaching the service desk; (c) the service desk has handled live tickets for ten working days in shadow mode within the Service Levels; and (d) the run-books for all sites have been approved by the Customer's IT manager. The Customer shall sign the Transition Acceptance Certificate within five working days after the criteria are met. Use of the Services before that date does not constitute acceptance.

## Section 4. Delay

If the Provider fails to achieve Transition Acceptance within the period in Section 3.1 for reasons attributable to the Provider, it shall pay the Customer CNY 1,800 for each day of delay, up to a maximum of CNY 108,000.

## Section 5. Services and Service Levels

5.1 The Provider shall perform the Services in Schedule 1 at the Service Levels in Schedule 2, using qualified staff and good industry practice.

5.2 The Provider shall deliver a monthly service report within five working days after each month, showing availability, incidents, changes, ticket volumes and service credits, and shall attend a monthly service review with the Customer.

5.3 Service credits in Schedule 2 are deducted from the next invoice. Service credits are a price adjustment and do not limit the Customer's other rights under this Agreement.

5.4 All changes to the Customer's infrastructure follow the change procedure agreed in the run-books. Emergency changes may be made to restore service and shall be reported to the Customer within one working day.

## Section 6. Charges and Payment

6.1 The Charges are set out in Schedule 3. The Total Contract Value is CNY 2,180,000, including VAT.

6.2 The Transition Fee is invoiced after Transition Acceptance. Monthly Service Charges are invoiced monthly in arrears from the Service Commencement Date. Invoices are payable within thirty days of receipt.

6.3 The Charges are fixed for the Term. Changes in the number of sites or devices beyond the tolerance in Schedule 3 are priced at the unit rates in Schedule 3.

## Section 7. Customer Data

Customer Data is and remains the property of the Customer. The Provider shall use Customer Data only to perform the Services and shall return it to the Customer on request.

## Section 8. Confidentiality

8.1 Each party shall keep confidential all information of the other party that is marked or would reasonably be understood as confidential, including the Customer's network design, passwords, production data, recipes and customer information. The receiving party shall use such information only for this Agreement and disclose it only to staff who need to know it.

8.2 This Section 8 continues to apply for three years after the end of the Agreement.

## Section 9. Intellectual Property

9.1 The Provider's monitoring tools and methodologies remain the Provider's property. The Provider grants the Customer a licence to use them during the Term.

9.2 All configurations, scripts, run-books, network diagrams and documentation created for the Customer under this Agreement belong to the Customer, which may use, modify and license them freely, including to a successor provider.

## Section 10. Liability

10.1 Neither party is liable for indirect or consequential loss or for loss of profit.

10.2 Each party's total liability under this Agreement is limited to 150% of the Total Contract Value, except for personal injury, fraud and wilful misconduct.

## Section 11. Subcontracting

The Provider shall not subcontract any part of the Services without the Customer's prior written consent. The Provider remains fully responsible for any approved subcontractor.

## Section 12. Term of Commitment

12.1 This Agreement may not be terminated before the end of the Term, except by written agreement of both parties.

12.2 If the Provider fails to perform the Services or meet the Service Levels, the Customer's remedies are the service credits under Schedule 2, the delay payment under Section 4 and damages under Section 10. The Customer shall not be entitled to terminate or rescind this Agreement on the ground of such failure.

## Section 13. Exit

At the end of the Term the Provider shall, for up to sixty days, assist the Customer and any successor provider in taking over the Services, transfer all documentation under Section 9.2, and return all Customer equipment and Customer Data.

## Section 14. Customer Responsibilities

The Customer shall give the Provider's staff access to its sites and systems as reasonably required, provide rack space, power and network connections for the Provider's monitoring tools, keep its software licences valid, and appoint an IT manager with authority to approve changes and run-books. The Provider is not responsible for failures to meet Service Levels to the extent caused by the Customer's breach of this Section or by public-carrier outages outside the Provider's control, provided that the Provider promptly notifies the Customer of the cause.

## Section 15. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen. The award is final and binding.

## Schedule 1 - Services and Sites

| Service | Scope | Sites |
|---|---|---|
| Network operations | WAN routers, SD-WAN edges, core and access switches, firewalls; monitoring, configuration and patching | 9 plants, 3 cold stores, head office |
| Wi-Fi operations | 312 access points and 4 controllers, including coverage of freezer areas | 9 plants, 3 cold stores |
| Server operations | 46 virtual and 12 physical servers, backup jobs, patching and capacity reports | Head office data room, 2 plant server rooms |
| Service desk | Chinese and English, telephone, portal and WeChat; 7 x 24 for Priority 1, 8:00-20:00 otherwise | All users (about 2,600) |
| On-site support | Field engineers within agreed travel times; spare-parts pool for network devices | All sites |

## Schedule 2 - Service Levels and Service Credits

| Measure | Service Level | Service credit |
|---|---|---|
| Monthly availability of the WAN link at each plant | 99.95% | 3% of the Monthly Service Charge for each 0.02 percentage point or part below the level |
| Priority 1 incident (plant network or production-line connectivity down) | Response within 15 minutes, on site within 3 hours, restoration within 6 hours | CNY 1,000 per hour of delay in response or restoration |
| Priority 2 incident (service degraded at a site) | Response within 1 hour, restoration within 12 business hours | CNY 300 per hour of delay |
| Priority 3 request | Response within 1 business day | None |

## Schedule 3 - Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition Fee | one-time, after Transition Acceptance | 92,000 |
| Monthly Service Charge | 36 months x 58,000, monthly in arrears | 2,088,000 |
| Total Contract Value | | 2,180,000 |
| Additional access point | per month, beyond a tolerance of 5% | 65 |
| Additional server | per month, beyond a tolerance of 5% | 420 |

**Signed for the Provider:** ____________________ **Signed for the Customer:** ____________________
"""

E05 = """DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. NAW-CN-2027-009

BETWEEN

Northumberland AgriWeather Data Inc., 212 Division Street, Cobourg, Ontario, Canada ("Provider")

AND

Heilongjiang Beifeng Grain Trading Co., Ltd., Harbin, Heilongjiang Province, People's Republic of China ("Customer")

BACKGROUND

The Customer buys and stores grain from farms across north-east China and wishes to use the Provider's agricultural weather, soil-moisture and crop-condition data, delivered through the Provider's application programming interface ("API"), in its procurement-planning and storage-risk systems. The parties agree as follows.

1. DEFINITIONS

1.1 "Data Products" means the gridded weather observations and forecasts, soil-moisture estimates, satellite-derived crop-condition indices and yield outlooks listed in Schedule A, as updated by the Provider from time to time.

1.2 "Subscription Year" means Subscription Year 1, which runs from the Service Start Date to the day before its first anniversary, or Subscription Year 2, which runs from that anniversary to the day before the second anniversary; together they form the "Subscription Term".

1.3 "Service Start Date" means the date on which the Provider issues production API keys to the Customer.

1.4 "Customer Data" means the field boundaries, storage-site locations, query parameters and any other data the Customer submits to the API, and the Customer's usage records.

1.5 "Connectors" means the integration software developed by the Provider for the Customer under clause 3, including source code and documentation.

2. SUBSCRIPTION

2.1 The Provider grants the Customer a non-exclusive, non-transferable right during the Subscription Term to access the Data Products through the API for up to three million API calls per Subscription Year, and to use, store and display the Data Products within the Customer's group for its internal business purposes.

2.2 The Customer may keep and continue to use, after the Subscription Term, the Data Products retrieved during the Subscription Term, but may not resell them or publish them in bulk.

2.3 API calls beyond the annual allowance are charged at the overage rate in Schedule A.

3. ONBOARDING AND CONNECTORS

3.1 The Provider shall develop Connectors linking the API to the Customer's procurement-planning system and storage-risk dashboard, load the Customer's storage-site locations and configure alert thresholds chosen by the Customer.

3.2 The Provider shall complete onboarding within sixty days after signature. Onboarding is accepted when: (a) the Connectors pass the test cases in Schedule B for all Data Products; (b) data for all two hundred and eighteen storage sites is retrieved and displayed correctly in the dashboard; (c) alerts are delivered to the Customer's staff within five minutes of a triggering forecast in three test runs; and (d) the Customer's IT department signs the Onboarding Acceptance Record. Issue of API keys or use of the Data Products does not of itself constitute acceptance.

3.3 If onboarding is not accepted within the period in clause 3.2 for reasons attributable to the Provider, the Provider shall pay the Customer CNY 700 for each day of delay, up to CNY 35,000.

4. FEES AND PAYMENT

4.1 The fees are:

   Subscription fee, Subscription Year 1 ............ CNY 286,000
   Subscription fee, Subscription Year 2 ............ CNY 286,000
   Onboarding and Connectors (one-time) .............. CNY 64,000
   Total Subscription Value .......................... CNY 636,000
   Overage, per 10,000 API calls beyond allowance ..... CNY 180

4.2 The one-time onboarding fee and the subscription fee for Subscription Year 1 (together CNY 350,000) are invoiced on signature and are payable within fifteen days of invoice. The Provider will not start onboarding or issue any API keys until that invoice has been paid in full.

4.3 The subscription fee for Subscription Year 2 is invoiced thirty days before the start of Subscription Year 2 and is payable before that Subscription Year starts.

4.4 Fees are stated in CNY and include VAT. The fees are fixed for the Subscription Term.

5. SERVICE LEVELS

5.1 The API shall be available at least 99.95% of each calendar month, measured at the Provider's API gateway, excluding scheduled maintenance notified at least three days in advance.

5.2 The Provider provides support by e-mail and ticket portal during business hours (08:00 to 18:00 Beijing time, Monday to Friday). Severity 1 incidents (API unavailable, or Data Products not updated for more than six hours) will receive a response within eight (8) business hours. Severity 2 incidents will receive a response within two business days.

5.3 If monthly availability is below the level in clause 5.1, the Customer receives a service credit of 5% of the monthly equivalent of the subscription fee for each 0.1 percentage point or part below the level, up to 25% of the monthly equivalent. Service credits are deducted from the next invoice or paid at the end of the Subscription Term.

5.4 The Provider shall publish data update times and notify the Customer of any change in the methodology of a Data Product at least thirty days in advance.

6. CUSTOMER DATA AND SECURITY

6.1 Customer Data belongs to the Customer. The Provider shall use Customer Data only to provide the Data Products and the API to the Customer and shall not use it for any other purpose, including its own analytics or products.

6.2 The Provider shall store Customer Data on servers in mainland China, encrypt it in transit and at rest, limit access to named personnel with multi-factor authentication and log all access. The Provider shall comply with the PRC Data Security Law and Personal Information Protection Law.

6.3 The Provider shall notify the Customer of any security incident affecting Customer Data within twenty-four hours, take remedial measures, and compensate the Customer for losses resulting from the Provider's breach of this clause 6.

6.4 At the end of the Subscription Term the Provider shall return Customer Data on request and then delete it.

7. CONFIDENTIALITY

7.1 Each party shall keep confidential the other party's confidential information, including the Customer's storage locations, procurement plans and the terms of this Agreement, use it only for this Agreement and not disclose it to third parties without prior written consent.

7.2 This clause continues for three years after the end of the Agreement.

8. INTELLECTUAL PROPERTY

8.1 The Provider and its licensors own the Data Products, the API and all underlying models.

8.2 The Connectors and the alert configurations belong to the Customer, which may use, modify and license them freely. The Provider shall deliver the source code of the Connectors at onboarding acceptance.

9. CUSTOMER OBLIGATIONS

9.1 The Customer shall keep its API keys secure, use the API only through the Connectors or other systems under its control, and not attempt to reverse engineer the Provider's models or circumvent usage limits. The Customer shall promptly inform the Provider if it believes that an API key has been compromised, and the Provider shall then issue a replacement key within two hours during business hours.

10. WARRANTIES

10.1 The Provider warrants that the Data Products will be produced with the methods described in Schedule A and with reasonable skill and care. The Provider does not warrant the accuracy of any forecast.

11. LIABILITY

11.1 Neither party is liable for indirect or consequential loss, including loss of profit or trading losses based on the Data Products.

11.2 Each party's total liability under this Agreement is limited to 200% of the Total Subscription Value, except for fraud, wilful misconduct and breach of clause 6 or 7.

12. SUBCONTRACTING

12.1 The Provider shall not subcontract the onboarding work or the operation of the API without the Customer's prior written consent. The Provider remains responsible for approved subcontractors.

13. TERM AND TERMINATION

13.1 This Agreement starts on signature and ends at the end of the second Subscription Year. It does not renew automatically; any renewal requires a new written agreement.

13.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after written notice.

13.3 If the Customer terminates under clause 13.2, the Provider shall refund the fees paid for the remainder of the Subscription Term.

14. FORCE MAJEURE

14.1 Neither party is liable for failure or delay caused by events beyond its reasonable control, provided it notifies the other party promptly and uses reasonable efforts to resume performance. Failures of satellite data sources operated by third parties are force majeure only if no alternative source described in Schedule A is available.

15. GOVERNING LAW AND JURISDICTION

15.1 This Agreement is governed by the laws of the Province of Ontario and the federal laws of Canada applicable therein.

15.2 The courts of Ontario sitting in Toronto have exclusive jurisdiction over any dispute arising out of or in connection with this Agreement.

16. GENERAL

16.1 Neither party may assign this Agreement without the other party's written consent.

16.2 This Agreement, with Schedule A (Data Products and overage rates) and Schedule B (onboarding test cases), is the entire agreement of the parties on its subject matter.

SIGNED for the Provider: ____________________

SIGNED for the Customer: ____________________
"""

# ---------------------------------------------------------------- files, labels, design
NAMES = {
    "z01": ("h1113z01_hrss_labour_dispatch_platform", "pdf"),
    "z02": ("h1113z02_sewing_machine_line_control_retrofit", "docx"),
    "z03": ("h1113z03_dutch_school_booking_membership_saas", "txt"),
    "z04": ("h1113z04_metro_platform_screen_door_om", "txt"),
    "z05": ("h1113z05_bamboo_workshop_tracking_supplier_template", "md"),
    "e01": ("h1113e01_fleet_maintenance_licence_ns_vendor", "pdf"),
    "e02": ("h1113e02_ehs_saas_order_form_qc_vendor", "md"),
    "e03": ("h1113e03_cold_chain_sensors_monitoring_licence", "docx"),
    "e04": ("h1113e04_managed_infrastructure_36_months", "md"),
    "e05": ("h1113e05_agri_weather_api_subscription", "txt"),
}
SRC = {"z01": Z01, "z02": Z02, "z03": Z03, "z04": Z04, "z05": Z05,
       "e01": E01, "e02": E02, "e03": E03, "e04": E04, "e05": E05}

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"
# key: category, terms (in KEYS order), sla_clause, ld_stated, post_warranty_fee_capped (goods only), deemed, value,
#      TCO fee base (goods only), forum outside mainland China, design list of rules
D = {
    "z01": ("software", [99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 9, False, True,
                         False, "PRC", G], True, True, True, False, 1998000, 780000, False, []),
    "z02": ("hardware", [None, 1, True, "buyer", True, True, True, 0.06, None, 25, True, True, 18, 27, False, True,
                         True, "PRC", G], True, True, True, False, 1650000, 1402000, False,
            ["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"]),
    "z03": ("cloud", [99.5, 0.5, True, "buyer", True, False, True, 0.1, None, None, True, None, None, None, True, True,
                      False, "PRC", S], True, True, None, False, 608000, None, False,
            ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"]),
    "z04": ("services", [None, 0.25, False, "buyer", True, True, False, 0.07, None, None, True, None, None, None, False,
                         True, False, "PRC", S], True, True, None, False, 1286000, None, False,
            ["CR-CONFIDENTIALITY", "CR-SLA-NO-REMEDY"]),
    "z05": ("software", [None, None, False, "supplier", True, True, True, 0.02, 20, 65, False, False, 3, None, False,
                         True, None, "PRC", G], False, True, False, True, 338000, 186000, False,
            ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
             "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-WARRANTY"]),
    "e01": ("software", [None, 1, True, "buyer", True, True, True, 0.1, 200, 20, True, True, 18, 11, False, True,
                         False, "Nova Scotia", G], True, True, True, False, 1880000, 1240000, True,
            ["CR-GOVERNING-LAW"]),
    "e02": ("cloud", [99.95, 0.5, True, "buyer", True, True, True, None, 9 / 36 * 100, None, True, None, None, None,
                      False, True, False, "PRC", S], True, False, None, False, 1108000, None, False,
            ["CR-LD-MISSING", "CR-LIABILITY-CAP"]),
    "e03": ("hardware", [99.95, 0.5, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 24, 8, False, True,
                         False, "PRC", G], True, True, True, False, 1350000, 1124000, False, []),
    "e04": ("services", [99.95, 0.25, True, "buyer", False, True, True, 1800 / 2180000 * 100, 150, None, True, None,
                         None, None, False, False, False, "PRC", S], True, True, None, False, 2180000, None, False,
            ["CR-DATA-SECURITY", "CR-TERMINATION"]),
    "e05": ("cloud", [99.95, 8, True, "buyer", True, True, True, 700 / 636000 * 100, 200, 350000 / 636000 * 100, True,
                      None, None, None, False, True, False, "Ontario", S], True, True, None, False, 636000, None, True,
            ["CR-GOVERNING-LAW", "CR-PREPAYMENT", "CR-SLA-RESPONSE"]),
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
RISK = {"z01": "low", "z02": "high", "z03": "medium", "z04": "medium", "z05": "high",
        "e01": "low", "e02": "high", "e03": "low", "e04": "high", "e05": "medium"}


def tco_share(t, value, base):
    """policy §4: horizon 5 years from acceptance, post-warranty years = 5 - warranty years; None if not computable."""
    if t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = t["post_warranty_fee_pct"] / 100 * base * years
    return fees / (value + fees) * 100


def derive(t, x, base, forum_outside):
    """My reading of policy §3 (with its section on where rules apply)."""
    r = []
    goods = t["contract_kind"] == G
    if not x["sla_clause"]:
        r.append("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.append("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.append("CR-SLA-RESPONSE")
    if x["sla_clause"] and not t["sla_remedy"]:
        r.append("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.append("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.append("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.append("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.append("CR-CONFIDENTIALITY")
    if not x["ld_stated"]:
        r.append("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.append("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.append("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.append("CR-PREPAYMENT")
    if (not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"]
            or t["final_payment_on_acceptance"] is False):
        r.append("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.append("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > 15):
            r.append("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.append("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.append("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.append("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or forum_outside:
        r.append("CR-GOVERNING-LAW")
    if goods:
        share = tco_share(t, x["contract_value"], base)
        if share is not None and share > 40:
            r.append("CR-TCO-SERVICE-SHARE")
    return sorted(r)


def label(key):
    name, ext = NAMES[key]
    cat, vals, sla, lds, capped, deemed, value, base, outside, design = D[key]
    terms = dict(zip(KEYS, vals))
    extra = {"sla_clause": sla, "ld_stated": lds}
    if terms["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    rules = derive(terms, extra, base, outside)
    assert rules == sorted(design), (key, rules, design)
    return {"file": f"{name}.{ext}", "language": "zh" if key[0] == "z" else "en", "category": cat,
            "expected_terms": terms, "expected_extra": extra, "expected_rules": rules}


# ---------------------------------------------------------------- threshold scan
THRESHOLD_PATTERNS = [
    r"(?<![\d.])99\.90*(?!\d)",
    r"(?<![\d.])0\.050*(?!\d)",
    r"万分之五(?![十百])", r"千分之零点五",
    r"(?<![\d.])(?:100|30|15|40)(?:\.0+)?\s*(?:%|％|percent|per\s*cent)",
    r"百分之(?:百|一百|三十|十五|四十)(?![一二三四五六七八九点])",
    r"(?:one\s*hundred|thirty|fifteen|forty)\s*(?:\(\d+\)\s*)?(?:percent|per\s*cent)",
    r"(?<![\d.])4\s*(?:hours?|hrs?|小时|个小时|個小時)",
    r"(?<![十二三五六七八九〇零百千两\d])四\s*个?\s*小时",
    r"(?<!twenty-)(?<!twenty)four\s*(?:\(4\)\s*)?(?:hours?|hrs?)",
    r"(?<![\d.])12\s*-?\s*(?:months?|个月|個月)",
    r"十二\s*个\s*月", r"twelve\s*(?:\(12\)\s*)?-?\s*months?",
    r"(?<![a-z])(?:one|1)\s*-?\s*years?(?![a-z])", r"一\s*年", r"壹\s*年",
    r"(?<![\d.])5\s*-?\s*(?:years?|年)",
    r"(?<![十〇零二三四六七八九])五\s*年", r"five\s*(?:\(5\)\s*)?-?\s*years?",
]
MUST_HIT = ["99.9%", "99.90 %", "0.05%", "万分之五", "30%", "30 %", "百分之三十", "fifteen percent", "100%", "40%",
            "15 per cent", "4 hours", "4小时", "四小时", "four (4) hours", "12 months", "12个月", "十二个月",
            "twelve months", "one year", "一年", "5 years", "五年", "five years", "12-month", "5-year"]
MUST_MISS = ["99.95%", "99.5%", "0.055%", "24 hours", "二十四小时", "24小时", "130%", "2026年", "2025年", "1.5%",
             "0.5%", "115%", "14 hours", "120%", "6 hours", "twenty-four hours", "每年", "十五日", "四十名", "十二人",
             "二十四个月", "18 months", "eighteen months", "25.0", "0.02 percentage point", "12 business hours"]


def threshold_hits(text):
    hits = []
    forms = [text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)]
    for f in forms:
        for pat in THRESHOLD_PATTERNS:
            for m in re.finditer(pat, f, re.I):
                hits.append((pat, f[max(0, m.start() - 15):m.end() + 15]))
    return hits


def self_test():
    for s in MUST_HIT:
        assert threshold_hits(s), ("must hit", s)
    for s in MUST_MISS:
        assert not threshold_hits(s), ("must miss", s, threshold_hits(s))


# ---------------------------------------------------------------- read back
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for t in doc.tables:
            for row in t.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def size(key, text):
    return len(re.sub(r"\s", "", text)) if key[0] == "z" else len(text.split())


THRESH_VALUES = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05,
                 "liability_cap_pct": 100, "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    self_test()
    office = {k: (f"{NAMES[k][0]}.{NAMES[k][1]}", NAMES[k][1]) for k in NAMES if NAMES[k][1] in ("docx", "pdf")}
    write({k: SRC[k] for k in office}, office, OUT, wrap_words=True)
    for k, (name, ext) in NAMES.items():
        if ext in ("txt", "md"):
            (OUT / f"{name}.{ext}").write_text(SRC[k], encoding="utf-8")
            print("wrote", f"{name}.{ext}")
    covered, problems = set(), []
    for k, (name, ext) in NAMES.items():
        lab = label(k)
        (OUT / f"{name}.json").write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        t, x = lab["expected_terms"], lab["expected_extra"]
        for f, v in THRESH_VALUES.items():
            assert t[f] is None or abs(t[f] - v) > 1e-9, (k, f, t[f])
        share = tco_share(t, x["contract_value"], D[k][7]) if t["contract_kind"] == G else None
        if share is not None:
            assert abs(share - 40) >= 2, (k, share)
        rules = lab["expected_rules"]
        risk = "high" if set(rules) & HIGH else ("medium" if set(rules) - LOW else "low")
        assert risk == RISK[k], (k, risk)
        covered |= set(rules)
        text = read_back(OUT / f"{name}.{ext}")
        n = size(k, text)
        lo, hi = (2750, 3000) if k[0] == "z" else (1450, 1650)
        hits = threshold_hits(text)
        print(f"{k} {name}.{ext}: size {n} ({'zh chars' if k[0] == 'z' else 'en words'}), value {x['contract_value']},"
              f" TCO share {None if share is None else round(share, 2)}, rules {rules or '-'}, risk {risk}")
        if not lo <= n <= hi:
            problems.append(f"{k}: size {n} outside {lo}-{hi}")
        if hits:
            problems.append(f"{k}: threshold figure(s) {hits[:3]}")
    assert covered == set(ALL_RULES), sorted(set(ALL_RULES) - covered)
    counts = {k: len(D[k][-1]) for k in D}
    assert sorted(k for k in counts if counts[k] == 0) == ["e03", "z01"]
    assert D["e01"][-1] == ["CR-GOVERNING-LAW"]
    assert 8 <= counts["z05"] <= 10
    assert all(2 <= counts[k] <= 3 for k in ["z02", "z03", "z04", "e02", "e04", "e05"])
    for p in problems:
        print("PROBLEM", p)
    assert not problems
    print("all checks passed")


if __name__ == "__main__":
    main()
