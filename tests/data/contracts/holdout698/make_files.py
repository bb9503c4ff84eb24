"""holdout698: builds the ten blind held-out drafts from the sources below, writes their .json labels and asserts the
brief's checks (rules derived from labels vs. design, coverage, lengths, thresholds). Run:
/work/main/.venv/bin/python -B make_files.py
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H698Z01 = """
T:青溪县乡村振兴局农村厕所改造管理平台采购合同
P:采购项目编号：QXZC-2027-0318    合同编号：QXXC-2027-HT-026
P:甲方（采购人）：青溪县乡村振兴局
P:乙方（供应商）：江城数智科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，双方就青溪县农村厕所改造管理平台的软件许可、定制开发和实施服务达成如下协议。招标文件、投标文件、中标通知书和合同附件均为本合同的组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供“农村厕所改造管理平台”软件（以下简称平台）的永久使用许可，并完成户厕改造台账、问题厕所摸排整改、移动巡检APP、粪污资源化利用跟踪、群众满意度回访和领导驾驶舱等定制开发，覆盖全县14个乡镇、186个行政村。
P:1.2 乙方负责将甲方现有的户厕改造Excel台账、省级系统导出数据共约9.6万条迁移至平台，并完成与省级农村人居环境信息系统、县政务数据共享平台的接口对接。
P:1.3 平台部署在县电子政务云，由甲方提供云资源，乙方负责安装部署、联调、培训和上线保障。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰贰拾捌万元整（¥1,280,000），其中：平台软件许可费620,000元；定制开发费486,000元；数据迁移及接口对接费118,000元；实施及培训费56,000元。
P:2.2 合同总价为固定总价，包含软件、开发、迁移、实施、培训、质保期内服务及税费，甲方不再另行支付其他费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额预付款保函后15个工作日内，甲方支付合同总价的20%作为预付款，计256,000元。
P:3.2 平台完成部署、数据迁移并通过初验后15个工作日内，甲方支付合同总价的45%，计576,000元。
P:3.3 平台通过最终验收后15个工作日内，甲方支付合同总价的35%，计448,000元。
P:3.4 乙方每次收款前应开具合法有效的等额发票。预付款保函在平台通过初验后退还乙方。甲方按财政国库集中支付程序付款，因财政审批程序产生的合理时间不视为甲方逾期。
H:第四条 实施进度
P:4.1 乙方应在合同签订后20日内进场，90日内完成部署、数据迁移、接口对接并提交初验申请；初验后进入试运行，试运行期为60日。
P:4.2 乙方应按周向甲方报送实施进度，重大偏差应书面说明原因和补救措施。
P:4.3 乙方应组建不少于8人的项目组，项目经理须具有同类政务平台实施经验，实施期间驻场办公，未经甲方同意不得更换。各乡镇上线时，乙方应派员现场指导乡镇专干和村级巡检员使用移动巡检APP，并编制图文操作手册。
H:第五条 验收
P:5.1 初验标准：功能逐项符合招标文件技术要求及需求确认书；迁移数据经全量比对无遗漏、无错配；两个外部接口连续10个工作日数据交换无差错；移动巡检APP在安卓、鸿蒙两类终端运行正常。
P:5.2 最终验收标准：试运行期内无一级故障；300名并发用户下常用页面平均响应不超过2秒；通过第三方机构的安全测评；用户手册、运维手册、源代码及接口文档齐全。
P:5.3 验收由甲方组织，必要时邀请专家参加，并出具书面验收报告。平台上线运行、甲方使用或支付部分款项，均不视为验收合格。验收不合格的，乙方应在15日内整改并申请复验。
H:第六条 质量保证与运维服务
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、远程及现场技术支持。
P:6.2 服务水平：质保期内平台月度可用率不低于99.95%。一级故障（平台整体无法访问或台账数据无法写入）乙方应在30分钟内响应、2小时内到场、8小时内恢复；二级故障2小时内响应、24小时内解决；一般问题在3个工作日内处理完毕。
P:6.3 乙方未达到上述服务水平的，一级故障每超时1小时扣减质保金人民币800元；月度可用率每低于约定值0.01个百分点，扣减人民币1,500元；扣减金额从下一期应付款或质保金中抵扣。
P:6.4 质保期满后，甲方如需继续委托乙方运维，年度运维服务费不超过平台软件许可费的8%（即每年不超过49,600元），且质保期满后三个服务年度内不上调。运维合同按年度另行签订，不自动续期。
H:第七条 知识产权
P:7.1 平台标准产品的知识产权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:7.2 乙方为本项目定制开发的功能模块、接口程序、数据迁移脚本、报表模板及相关源代码、文档，知识产权归甲方所有，甲方有权自行或委托第三方使用、修改和再开发。
P:7.3 乙方保证所交付的软件不侵犯任何第三方的合法权利，否则由乙方承担全部责任。
H:第八条 数据安全与数据权属
P:8.1 平台中的户厕信息、农户个人信息、巡检照片及全部业务数据属于甲方所有，乙方仅可为履行本合同处理，不得用于本合同以外的任何目的，不得留存或向第三方提供。
P:8.2 乙方应遵守《中华人民共和国数据安全法》《中华人民共和国个人信息保护法》，落实等级保护要求，对个人信息加密存储、脱敏展示，运维操作通过堡垒机进行并留存日志，未经甲方书面批准不得将数据复制出政务云。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任及相应的法律责任。
H:第九条 保密
P:9.1 乙方对履行本合同获知的甲方工作秘密、未公开信息、系统账号口令及技术资料负有保密义务，未经甲方书面同意不得向任何第三方披露。
P:9.2 保密义务不因本合同终止而解除，在合同终止后三年内继续有效。
H:第十条 违约责任
P:10.1 乙方未按第四条约定期限完成初验或最终验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:10.2 乙方交付的平台经复验仍不合格的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
P:10.3 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第十一条 分包
P:11.1 乙方不得转包本项目。确需将非主体、非关键性工作分包的，须事先征得甲方书面同意，乙方对分包部分向甲方承担连带责任。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后15日内仍未改正的，甲方有权书面通知解除合同，并要求乙方赔偿损失。
P:12.2 乙方逾期超过60日的，甲方有权解除合同。
H:第十三条 不可抗力
P:13.1 因不可抗力不能履行合同的，受影响方应及时通知对方并提供证明，双方协商延期履行或解除合同。
P:13.2 因不可抗力造成的延误，相应期限顺延，受影响方不承担违约责任，但应尽力减少损失。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:15.1 本合同一式六份，甲方四份、乙方二份，自双方签字盖章之日起生效。本合同未尽事宜，双方可按政府采购有关规定签订补充协议。
P:附件：1.技术需求确认书；2.报价明细表；3.验收方案。
P:甲方（盖章）：青溪县乡村振兴局    乙方（盖章）：江城数智科技有限公司
P:签订日期：2027年3月18日
"""

H698Z02 = """
T:羽毛分拣与底座注塑产线控制系统改造合同
P:合同编号：LFJZ-SB-2027-011
P:甲方：临丰县飞燕毽子制品有限公司
P:乙方：常州恒拓自动化工程有限公司
P:甲方为提升毽子生产中羽毛分拣和毽子底座注塑成型环节的自动化水平，委托乙方对现有两条产线的控制系统进行改造，并提供设备、软件、安装调试和维保服务。双方经平等协商，订立本合同。
H:第一条 改造范围
P:1.1 羽毛分拣段：新增视觉分拣机两台，按羽毛长度、色泽、羽杆弯曲度自动分级，替代现有人工挑拣工位。
P:1.2 底座注塑段：对三台注塑机的控制系统进行改造，更换PLC和伺服驱动，实现模温、注射压力和保压时间的闭环控制。
P:1.3 车间层：部署工控机及触摸屏六套，安装产线控制软件，实现工艺配方下发、产量统计、质检图像留存和设备状态监视，并与甲方现有ERP进行工单对接。
H:第二条 合同价款
P:2.1 合同总价为人民币玖拾捌万元整（¥980,000），明细如下表：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|视觉羽毛分拣机|2台|168,000|336,000
TB:2|注塑机控制系统改造（PLC、伺服）|3套|96,000|288,000
TB:3|工控机及触摸屏|6套|12,500|75,000
TB:4|产线控制软件许可（永久）|1套|142,000|142,000
TB:|软硬件小计|||841,000
TB:5|安装调试及产线联调|1项|68,000|68,000
TB:6|工艺配方模块及报表定制开发|1项|57,000|57,000
TB:7|操作及维护培训|1项|14,000|14,000
TB:|合同总价|||980,000
P:2.2 上述价格为含税固定价格，包括设备运输、保险、安装辅材及质保期内的全部服务费用。
H:第三条 付款方式
P:3.1 合同生效后10个工作日内，甲方支付合同总价的20%作为预付款，计196,000元。
P:3.2 设备全部到货并经甲方清点签收后10个工作日内，甲方支付合同总价的35%，计343,000元。到货签收仅为数量确认，不代表质量验收。
P:3.3 产线改造通过最终验收后15个工作日内，甲方支付合同总价的45%，计441,000元。
P:3.4 乙方应在每次收款前开具增值税专用发票，发票信息错误的，甲方付款期限相应顺延。
H:第四条 交付与实施
P:4.1 乙方应在合同生效后45日内将设备运抵甲方厂区，到货后30日内完成安装调试。改造施工应安排在甲方指定的停产窗口内进行，每条产线停产时间累计不得超过7天。
P:4.2 乙方应提交施工方案、安全措施和停产计划，经甲方确认后方可施工。
P:4.3 乙方应在设备发运前通知甲方，并随货提供装箱清单、合格证、使用说明书和电气图纸。设备在运输和安装过程中发生的损坏、丢失由乙方负责，甲方签收前设备的毁损风险由乙方承担。
P:4.4 甲方负责提供施工所需的水、电、压缩空气接口和临时存放场地，并指派车间负责人配合停产窗口安排。
P:4.5 改造期间，乙方应保证未停产的产线正常运行，不得擅自断开其供电和气源。每次停产施工结束后，乙方应进行试生产，经甲方车间负责人确认产品质量正常后方可恢复批量生产。乙方应在试生产记录中写明注塑工艺参数和分拣机分级参数，作为后续调整的依据。
H:第五条 验收
P:5.1 验收标准：视觉分拣机分级误判率不高于1.5%，单机处理能力每小时不低于9,000根；注塑底座尺寸合格率和外观合格率均达到技术协议指标；注塑周期较改造前缩短不少于8%；控制软件的配方下发、产量统计和ERP工单对接功能逐项测试通过；两条产线连续满负荷运行72小时无停机故障。
P:5.2 验收由甲方组织，乙方配合，双方签署验收报告。设备到货、安装完成或投入生产，均不视为验收合格。验收不合格的，乙方应在10日内整改并重新验收。
H:第六条 质保与维保
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费维修或更换故障部件，免费升级控制软件。
P:6.2 一级故障（任一产线停机）乙方应在1小时内响应，6小时内到场，24小时内修复；二级故障（单台设备性能下降）8小时内响应，48小时内修复。
P:6.3 乙方未按时响应或修复的，一级故障每超时1小时扣款人民币500元，二级故障每超时1小时扣款人民币200元，从质保金或维保费中扣减。
P:6.4 乙方应在甲方厂区存放常用易损件，包括分拣机光源、相机镜头保护罩、伺服驱动器及PLC模块各不少于一套，确保更换时无需等待发货。
P:6.5 乙方应向甲方交付设备操作规程、维护保养手册、PLC程序备份和控制软件安装介质。培训分两次进行：安装调试期间对操作工进行现场培训，验收前对设备维修人员进行系统培训，培训合格后方可独立上岗。
P:6.6 质保期满后，维保年费按软硬件小计的7%计取，即每年58,870元，质保期满后三个年度内价格固定不变。维保合同按年度签订，不自动续期。
H:第七条 知识产权
P:7.1 视觉分拣机嵌入式软件和控制软件标准版本的知识产权归原权利人所有，甲方享有永久使用权。
P:7.2 乙方为本项目定制开发的工艺配方模块、报表、PLC程序及ERP接口程序，知识产权归甲方所有，乙方应交付源程序和技术文档，甲方可自行修改或委托他人维护。
H:第八条 生产数据安全
P:8.1 工艺配方、产量、质检图像及设备运行数据属于甲方所有，乙方仅可为履行本合同使用，不得用于其他目的。
P:8.2 乙方远程维护须经甲方逐次批准，通过甲方指定的VPN接入并留存操作日志；不得在设备中预置后门，不得擅自导出数据。乙方应为控制系统配置账户权限分级、数据定期备份和病毒防护措施。
P:8.3 因乙方原因导致数据泄露、丢失或被篡改的，乙方应在2小时内通知甲方，负责恢复并赔偿甲方全部损失。
H:第九条 违约责任
P:9.1 乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:9.2 改造导致甲方停产时间超出第四条约定的，超出部分每日按人民币3,000元赔偿。
P:9.3 甲方逾期付款的，按逾期金额每日万分之三支付违约金。
H:第十条 分包
P:10.1 乙方可将设备运输、线缆敷设和辅材安装等工作分包给第三方，但应提前3个工作日书面通知甲方。乙方对分包方的工作质量和安全负责。
H:第十一条 合同解除
P:11.1 乙方严重违约，经甲方书面催告后10日内仍未纠正的，甲方有权解除合同，乙方退还已收款项并赔偿损失。
P:11.2 乙方逾期交货超过30日的，甲方有权解除合同。
H:第十二条 安全生产
P:12.1 乙方人员进厂施工应遵守甲方安全生产制度，佩戴防护用品，动火、登高和带电作业须办理作业许可。乙方人员在施工中发生的人身伤害由乙方负责，因乙方施工造成甲方设备或人员损害的，由乙方赔偿。
P:12.2 改造完成后，乙方应清理施工现场，恢复原有的安全防护装置。
H:第十三条 争议解决
P:13.1 本合同适用中华人民共和国法律。争议协商不成的，任何一方可向甲方所在地人民法院起诉。
H:第十四条 其他
P:14.1 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。合同变更须经双方书面确认。技术协议和施工方案为本合同附件，与本合同具有同等效力。
P:甲方（盖章）：临丰县飞燕毽子制品有限公司    乙方（盖章）：常州恒拓自动化工程有限公司
P:日期：2027年4月9日
"""

H698Z03 = """射箭馆连锁门店预约与会员管理系统（SaaS）服务合同

合同编号：JYSJ-FW-2027-0207
甲方：鸣镝体育文化发展（成都）有限公司
乙方：蓉驿云科信息技术有限公司

鉴于甲方在全国经营40家连锁射箭馆，需要统一的线上预约、会员储值、教练排课和门店收银系统，乙方以软件即服务（SaaS）方式提供“靶场通”系统并负责实施，双方订立本合同。

一、服务内容
（一）乙方为甲方40家门店及总部开通“靶场通”系统，包括微信小程序预约、靶道排期、会员卡及储值、教练课程、门店收银、器材租赁登记和经营报表功能。
（二）乙方负责实施服务：
1. 将甲方现有会员、储值余额和课程记录迁移至本系统；
2. 按甲方品牌规范配置小程序页面、会员等级和营销规则；
3. 对接甲方现有的聚合支付通道和财务软件；
4. 对门店店长、前台和教练分批培训；
5. 配置门店靶道、弓具租赁价格和会员权益，协助甲方完成首批营销活动上线。
（三）乙方在服务期内免费提供系统功能升级，升级前应提前通知甲方并提供更新说明，不得因升级减少甲方已订购的功能或改变已配置的会员规则。
（四）乙方为甲方指定一名客户成功经理，负责需求对接、门店问题跟踪、月度服务报告和门店使用情况分析，并每季度与甲方总部召开一次服务回顾会。
（五）服务期为两个服务年度。第一个服务年度自系统上线验收合格之日起算，至次年同日的前一日止；第二个服务年度紧随其后。

二、服务费用
（一）合同总价为人民币肆拾陆万陆仟元整（¥466,000），其中：
1. 门店版订阅费：40家门店×4,200元/门店/服务年度×2个服务年度，计336,000元；
2. 总部版订阅费：36,000元/服务年度×2个服务年度，计72,000元；
3. 一次性实施费：58,000元。
（二）服务期内新增门店的，按每家门店每服务年度4,200元按剩余月份折算增加费用；关闭门店的，自下一服务年度起相应减少。
（三）上述价格含税，服务期内不作调整。
（四）服务费已包含系统使用所需的云资源、短信验证码、小程序基础功能及常规版本升级，乙方不得以资源扩容、功能模块拆分等理由另行收费。甲方新增的个性化开发需求，由双方另行书面确认工作量和费用。

三、付款方式
（一）实施费在系统上线验收合格后20个工作日内一次付清。
（二）每个服务年度的订阅费分四期按季度支付，甲方在每个季度结束后15个工作日内支付该季度费用。
（三）乙方在每次收款前开具合法发票。本合同不设预付款。

四、实施与上线验收
（一）乙方应在合同签订后50日内完成数据迁移、配置、对接和培训，并提交上线验收申请。
（二）上线验收标准：
1. 会员数量、储值余额和剩余课时与甲方原系统逐户核对一致；
2. 小程序预约、靶道排期、收银和退款流程在全部门店测试通过；
3. 支付对账连续7日无差异；
4. 高峰时段500名用户同时预约时页面响应不超过2秒。
（三）乙方应为每家门店至少提供一次线上培训，为总部财务、运营和客服人员提供两次现场培训，并提供操作视频和常见问题手册。门店分批上线的，乙方应在每批门店上线当日安排专人远程值守。
（四）验收合格后双方签署上线验收单。系统试用或甲方门店开始使用，不视为验收合格。
（五）乙方未按本条第（一）项期限提交验收申请并通过验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金。

五、服务水平
（一）系统月度可用率不低于99.5%，计划内维护应安排在凌晨1点至6点之间并提前48小时通知甲方。
（二）故障分级及响应：
1. 一级故障：全部门店无法预约或无法收银，乙方30分钟内响应，3小时内恢复；
2. 二级故障：部分门店或部分功能不可用，乙方1小时内响应，8小时内恢复；
3. 三级问题：咨询及一般缺陷，乙方在2个工作日内答复。
（三）服务补偿：月度可用率每低于约定值0.1个百分点，乙方按当月订阅费的2%给予服务抵扣；一级故障超过约定恢复时间的，每超过1小时抵扣当月订阅费的1%。抵扣金额在下一期费用中扣除。
（四）乙方应在每月前5个工作日内提交上月服务报告，包括可用率统计、故障清单、处理时长和改进措施。甲方对报告有异议的，双方以乙方监控日志和甲方门店营业记录共同核对确定。

六、数据权属与数据安全
（一）甲方会员信息、预约记录、储值及交易数据属于甲方所有。
（二）甲方同意乙方在去除可识别个人身份的信息后，使用上述数据的汇总统计结果编制射箭运动行业消费分析报告并用于乙方产品改进，该使用权在本合同终止后继续有效。
（三）乙方应将数据存储于境内通过等级保护三级测评的云平台，对会员手机号等个人信息加密存储，实行最小权限访问和操作日志审计，每日备份数据。
（四）发生数据泄露或丢失的，乙方应在2小时内通知甲方并采取补救措施，因乙方原因造成的损失由乙方承担赔偿责任。
（五）合同终止后30日内，乙方应向甲方完整交付全部数据，并在甲方确认后删除乙方留存的数据。
（六）乙方应配合甲方开展个人信息保护合规检查，按甲方要求提供系统权限清单、访问日志和安全测评报告。门店员工离职时，乙方应支持甲方在当日停用其账号。

七、保密
（一）双方对在合作中获知的对方商业秘密、经营数据、价格信息负有保密义务，未经对方书面同意不得向第三方披露。
（二）本条义务在合同终止后三年内继续有效。

八、知识产权
（一）“靶场通”系统的知识产权归乙方所有。
（二）乙方为甲方专门设计的小程序页面、品牌素材、定制报表及支付对接程序，知识产权归甲方所有，甲方有权自由使用、修改和许可他人使用。

九、违约责任
（一）乙方违反本合同第六条、第七条约定的，应赔偿甲方因此遭受的全部损失。
（二）乙方在本合同项下的赔偿责任总额以合同总价的二倍为限，但因故意或重大过失及数据泄露造成的损失不受此限。
（三）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。

十、分包
乙方不得将本合同项下服务转包；将部分工作分包的，须事先取得甲方书面同意，乙方对分包方的行为承担连带责任。
乙方使用第三方云平台和短信服务商的，应在本合同附件中列明名称，变更时须经甲方书面同意。

十一、合同解除
（一）一方严重违约，经守约方书面通知后15日内未纠正的，守约方有权书面通知解除本合同。
（二）一个自然月内累计发生三次以上一级故障的，甲方有权解除合同，并按比例退还未履行期间的费用。
（三）合同解除或期满终止后，乙方应配合甲方将数据迁移至甲方指定的系统，配合期不少于30日，期间按原服务水平提供服务，不另收费。

十二、期满续订
服务期满前60日，双方协商续订事宜；未签订书面续订协议的，本合同于服务期满时终止，不自动续期。

十三、争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，提交成都仲裁委员会仲裁。

十四、其他
本合同一式四份，双方各执两份，自双方签字盖章之日起生效。

甲方（盖章）：鸣镝体育文化发展（成都）有限公司
乙方（盖章）：蓉驿云科信息技术有限公司
签订日期：2027年2月7日
"""

H698Z04 = """火山监测系统2027年度运维服务合同

合同编号：HSDZ-YW-2027-01
甲方：龙岩岭火山地质公园管理处
乙方：滇南地信科技服务有限公司

第一条 服务范围
甲方火山监测系统由24个野外监测站（含宽频地震仪、GNSS接收机、火山气体监测仪、地温及水温监测仪）、数据传输链路、中心数据处理平台和预警发布子系统组成。乙方负责该系统在服务期内的运行维护，包括：
1. 野外监测站季度巡检、校准、清洁、供电及防雷设施检查；
2. 数据传输链路（北斗短报文、4G及微波）的监视与故障处置；
3. 中心数据处理平台、数据库及预警发布子系统的日常运维、补丁更新和备份；
4. 备品备件的储备与更换；
5. 节假日、地震活动增强期及汛期的应急保障；
6. 配合甲方开展年度应急演练和监测设备更新论证，提供技术意见；
7. 建立并维护监测设备台账，记录每台设备的型号、序列号、安装位置、校准日期和维修历史。

第二条 服务期限
服务期自2027年1月1日起至2027年12月31日止。服务期满，双方如需继续合作，应另行签订合同，本合同不自动续期。

第三条 服务费用
合同总价为人民币叁拾捌万陆仟元整（¥386,000），其中：
1. 野外监测站巡检维护费：218,000元；
2. 中心平台及软件运维费：96,000元；
3. 备品备件费：52,000元（按实际更换结算，不超过该金额）；
4. 应急保障费：20,000元。
上述费用含税，为服务期内的固定费用。乙方巡检所需的车辆、燃油、登山及防护装备、校准仪器和通信费用均已包含在上述费用中，甲方不再另行支付。备品备件费按实际更换结算，乙方应在季度运维报告中列明备件名称、数量、单价和更换站点，经甲方核实后与当季服务费一并支付；未使用部分不予支付。

第四条 付款方式
服务费按季度支付。每季度结束后，甲方根据第七条季度考核结果，在15个工作日内支付该季度服务费（合同总价的四分之一，扣除考核扣款）。甲方不预付任何款项。

第五条 服务水平
1. 中心数据处理平台月度可用率不低于99.95%。
2. 故障分级：一级故障指中心平台中断、预警发布子系统失效或超过三分之一的监测站数据中断；二级故障指单个监测站数据中断或数据明显异常；三级故障指其他一般问题。
3. 一级故障乙方应在1小时内响应，远程无法解决的，技术人员8小时内到达现场，24小时内恢复；二级故障2小时内响应，72小时内恢复；三级故障在5个工作日内处理完毕。
4. 地震活动增强期间，乙方应安排两名技术人员驻场值守，并配合甲方增加观测频次。
5. 乙方应设立24小时值班电话和故障报修邮箱，值班人员接报后应立即登记，并将处理进展每2小时向甲方值班室通报一次，直至故障排除。
6. 野外站点因道路中断无法到达的，乙方应在道路恢复后48小时内到场，并在季度报告中说明情况。
7. 乙方对监测仪器进行校准时，应使用经计量检定合格的标准器具，并在校准前后分别记录仪器读数，校准记录由乙方技术负责人签字后报甲方备案。
8. 需要更换传感器或调整仪器参数的，乙方应事先报甲方技术负责人同意，更换后连续观测三日，确认数据连续、无跳变。

第六条 服务考核与扣款
1. 一级故障每超过约定恢复时间1小时，扣减当季服务费800元；二级故障每超过约定恢复时间1天，扣减当季服务费500元。
2. 平台月度可用率每低于约定值0.01个百分点，扣减当季服务费1,000元。

第七条 巡检计划与验收
1. 乙方应在服务期开始后10日内提交年度运维方案和巡检计划，经甲方确认后执行。运维方案应包括人员安排、各站点巡检路线和周期、校准计划、备件储备清单、故障处置流程和应急保障措施；巡检计划调整的，须提前7日报甲方同意。
2. 每季度结束后5个工作日内，乙方提交季度运维报告，内容包括巡检记录、校准记录、故障处理记录、备件更换清单和数据完整性统计。
3. 甲方按运维方案逐项核验：巡检站点全覆盖、校准记录齐全、故障按时处置、备件更换有签认，核验通过后签署季度验收单。服务期满后，甲方组织年度验收，出具年度验收意见。年度验收的内容包括全年巡检完成情况、故障处置及时性、备件使用情况和设备台账完整性。
4. 乙方未按巡检计划完成季度巡检的，每逾期一日，按合同总价的千分之一向甲方支付违约金。

第八条 人员要求
乙方应指定项目经理一名、专职运维工程师不少于三名，人员应具备野外作业安全培训经历。乙方驻点人员应服从甲方的考勤和值班安排，每月向甲方报送人员出勤记录。甲方认为乙方人员不能胜任工作的，有权要求乙方在10日内更换。更换项目经理须提前15日书面通知甲方并经甲方同意。

第九条 监测数据归属
监测站采集的原始波形、形变、气体及温度数据，以及经处理形成的各类成果数据，均属于甲方所有。乙方仅可为履行本合同使用上述数据，不得用于本合同以外的用途。

第十条 保密
乙方对履行本合同过程中知悉的监测数据、预警信息、系统账号及甲方未公开资料负有保密义务，未经甲方书面同意，不得对外披露或发布。本条义务在合同终止后三年内继续有效。

第十一条 知识产权
乙方在服务中为甲方编制的运维方案、巡检规程、脚本程序及技术报告，知识产权归甲方所有。服务期满时，乙方应将上述资料及设备台账、校准记录、故障处理记录完整移交甲方，并协助甲方或其新的运维单位完成交接，交接期不少于15日。

第十二条 分包
乙方不得转包本合同。野外站点的土建修缮等辅助工作确需分包的，须经甲方书面同意。

第十三条 合同履行
1. 合同生效后，双方均应全面履行，除因不可抗力致使合同目的无法实现外，任何一方不得单方解除合同。
2. 乙方违反本合同约定的，甲方可要求乙方限期整改、继续履行，并按第六条、第七条扣款或收取违约金，但不得以此为由解除合同。

第十四条 安全责任
乙方应制定野外作业安全预案，明确火山口、熔岩台地和冬季冰雪路段的作业要求，每次野外作业不得少于两人，并随身携带卫星通信设备。乙方人员野外作业应遵守甲方安全管理规定，进入火山口及危险区域须报甲方批准。乙方人员的人身安全由乙方负责，乙方应为其购买意外伤害保险。乙方在保护区内作业应遵守自然保护和地质遗迹保护规定，不得损坏火山口、熔岩隧道等地质遗迹，施工废弃物应全部带出园区。备件更换后，旧件应交回甲方登记处置。

第十五条 不可抗力
因火山喷发、地震、泥石流等不可抗力导致无法按期完成维护的，乙方应及时通知甲方，相应期限顺延。不可抗力消除后，乙方应优先恢复重点监测站的数据采集。

第十六条 争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，由甲方所在地人民法院管辖。

第十七条 其他
1. 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
2. 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
3. 附件：监测站点清单、运维方案、故障分级标准、备品备件清单。

甲方（盖章）：龙岩岭火山地质公园管理处
乙方（盖章）：滇南地信科技服务有限公司
签订日期：2026年12月20日
"""

H698Z05 = """# 雕骨坊扇业生产追溯系统软件许可及定制开发合同

**乙方标准合同文本（YT-RJ-2026版）**

- 合同编号：YT-2027-HZ-0415
- 甲方（采购方）：杭州清风阁折扇制造有限公司
- 乙方（供应商）：易途智造软件有限公司

甲方因扇骨雕刻、扇面装裱和成品装配工序管理需要，向乙方采购“易途智造生产追溯系统”软件许可并委托乙方进行定制开发。双方依据乙方标准合同文本订立本合同，本文本未约定的事项以乙方报价单及实施方案为准。

## 第一条 合同标的

1.1 乙方向甲方提供“易途智造生产追溯系统”标准版软件永久许可，许可范围为甲方一个生产基地，不限用户数。

1.2 乙方按甲方需求进行定制开发，包括：扇骨毛坯入库及竹材批次管理、雕刻工序派工与计件、扇面装裱工序质检、成扇一物一码追溯、外协雕刻加工登记以及生产看板。

1.3 乙方负责系统安装部署、基础数据初始化及操作培训。

1.4 定制开发的具体功能以双方确认的需求说明书为准，需求说明书确认后，新增或调整功能按变更处理。

1.5 系统运行所需的服务器、数据库软件、网络设备、扫码枪和标签打印机由甲方自行采购，乙方提供配置建议。

## 第二条 合同价款

2.1 合同总价为人民币壹佰叁拾陆万元整（¥1,360,000），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 生产追溯系统软件许可（永久） | 980,000 |
| 2 | 定制开发（追溯、计件、质检、看板） | 290,000 |
| 3 | 安装部署、数据初始化及培训 | 90,000 |
| | 合计 | 1,360,000 |

2.2 甲方在实施过程中提出的需求变更，乙方按人天单价2,800元另行计费。

2.3 上述价格不包括乙方人员赴甲方现场发生的差旅费、住宿费，该等费用由甲方按实际发生额另行承担。

2.4 乙方报价单中未列明的功能，不属于本合同交付范围。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的55%，即748,000元，乙方收到该款项后安排项目启动。

3.2 系统上线后5个工作日内，甲方支付合同总价的35%，即476,000元。

3.3 系统上线运行满三个月后5个工作日内，甲方支付剩余10%，即136,000元。

3.4 甲方逾期付款的，乙方有权暂停实施和服务，并按每日千分之一收取逾期付款违约金。

## 第四条 实施与交付

4.1 乙方在收到首期款后启动项目，原则上在120日内完成系统上线。项目启动后，乙方派驻实施顾问赴甲方现场开展需求调研，调研范围包括扇骨开料、雕刻、打磨、装裱、装配和包装各工序。因甲方需求变更、数据提供延迟或现场条件不具备造成的延误，交付时间相应顺延。

4.2 乙方以系统部署完成并开通甲方账号作为交付完成的标志。

4.3 甲方应指定项目负责人，及时提供竹材批次、工序、工价、客户订单等基础数据，并在乙方提交需求说明书后5个工作日内书面确认；逾期未确认的，视为甲方已确认。

4.4 乙方提供两次集中培训，每次不超过两天，培训对象为甲方管理人员和关键用户。额外培训按人天另行收费。

4.5 甲方应保证系统运行环境符合乙方的配置建议，因运行环境问题导致系统故障的，乙方不承担责任。

## 第五条 验收

5.1 系统上线运行后，即视为甲方验收合格。甲方在上线后提出的问题，由乙方在后续服务中处理，不影响验收结论和付款。

## 第六条 免费维护

6.1 乙方自系统上线之日起提供六个月的免费维护，内容包括远程技术支持和缺陷修复。

6.2 免费维护期内，一级故障（系统整体无法使用）乙方在8小时内响应，二级故障在2个工作日内响应，其他问题在下一版本中统一处理。

6.3 免费维护期内的现场服务，乙方每季度提供一次，每次不超过两个工作日；甲方要求增加现场服务次数的，按人天单价另行收费。

6.4 乙方将尽力按上述时限处理故障，但因故障处理时间超出上述时限造成的影响，乙方不承担扣款、赔偿或违约金。

## 第七条 年度维护服务

7.1 免费维护期满后，甲方应与乙方签订年度维护服务合同，年度维护费按软件许可费的25%收取，即每年245,000元。

7.2 年度维护服务包括远程支持、缺陷修复和标准版本升级，现场服务另行按人天收费。

7.3 年度维护费于每个服务年度开始前一次性支付。

7.4 甲方未签订年度维护合同的，乙方不再提供任何技术支持和升级服务；甲方日后重新签订的，应补缴中断期间的维护费。

## 第八条 知识产权

8.1 生产追溯系统（含标准版及本合同项下全部定制开发内容、源代码、数据模型和技术文档）的知识产权均归乙方所有。

8.2 甲方在许可范围内享有非独占的使用权，不得修改、反编译，不得自行或委托第三方对定制部分进行二次开发。乙方有权将定制开发成果用于其他客户。

## 第九条 数据

9.1 甲方在系统中录入和产生的生产、工艺、计件及客户订单数据归甲方所有，乙方不得用于本合同以外的目的。

9.2 系统部署于甲方机房。乙方远程维护须经甲方授权，通过甲方提供的VPN账号接入，操作留存日志；乙方应采取必要的安全措施防止数据泄露、篡改和丢失，因乙方原因造成数据安全事故的，乙方应及时通知甲方并承担相应赔偿责任。

## 第十条 保密

10.1 双方对在履行本合同过程中知悉的对方商业秘密、技术资料和经营信息承担保密义务，未经对方书面同意不得向第三方披露，保密期限至本合同终止后三年。

## 第十一条 违约责任

11.1 因乙方原因导致系统上线延误的，每逾期一日，乙方按合同总价的万分之二向甲方支付违约金。

11.2 乙方在本合同项下的累计赔偿责任总额（包括违约金、赔偿金及其他费用）不超过合同总价的20%。

11.3 任何一方均不对另一方的间接损失、利润损失承担责任。

11.4 因甲方提供的基础数据错误、甲方人员操作不当或运行环境不符合要求造成的损失，由甲方自行承担。

## 第十二条 合同解除

12.1 一方严重违约，经另一方书面催告后30日内仍未改正的，另一方有权解除本合同。

12.2 甲方解除合同的，已支付的款项中对应已完成工作的部分不予退还。

12.3 因甲方原因导致项目暂停超过60日的，乙方有权解除合同，并要求甲方支付已完成工作的费用。

12.4 合同解除后，甲方应停止使用尚未付清款项对应的定制功能，乙方可在远程关闭相关功能前书面通知甲方。

## 第十三条 争议解决

13.1 因本合同引起的争议，双方友好协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十四条 其他

14.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

14.2 乙方的报价单、实施方案为本合同附件。

14.3 双方往来通知以书面形式送达本合同载明的地址，或发送至双方项目负责人的电子邮箱。

14.4 本合同未尽事宜，双方可签订补充协议，补充协议与本合同不一致的，以补充协议为准。

甲方（盖章）：杭州清风阁折扇制造有限公司　　乙方（盖章）：易途智造软件有限公司

签订日期：2027年4月15日
"""

H698E01 = """
T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. ISA-GX-2027-014
P:This Software Licence and Services Agreement (the "Agreement") is made on 22 March 2027 between Guangxi Hengfeng Cassava Starch Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Wuming District, Nanning, Guangxi (the "Buyer"), and Isan Agri-Systems Co., Ltd., a company incorporated in the Kingdom of Thailand with its registered office on Thahan Road, Mueang Udon Thani District, Udon Thani 41000, Thailand (the "Vendor").
P:The Vendor develops the CassaTrace intake grading and traceability software used by starch and chip processors. The Buyer wishes to license that software for its three starch plants and to engage the Vendor to implement it, on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the CassaTrace application, version 5, including the weighbridge module, the starch-content grading module, the lot traceability module and the supplier settlement module, in object code, together with its user documentation.
P:1.2 "Custom Deliverables" means all interfaces, reports, configurations, scripts, data-migration tools and other work product that the Vendor creates specifically for the Buyer under this Agreement, including their source code and documentation.
P:1.3 "Buyer Data" means all data entered into, uploaded to, generated by or processed in the Software in the course of the Buyer's business, including farmer and supplier records, weighbridge tickets, grading results and payment records.
P:1.4 "Final Acceptance" means the Buyer's written confirmation under Article 5.3 that the Software and the Custom Deliverables meet the acceptance criteria.
H:Article 2 Scope
P:2.1 The Vendor grants the Buyer a perpetual, irrevocable, non-exclusive licence to install and use the Software at the Buyer's three plants in Wuming, Hengxian and Binyang and at its head office, without limit on the number of named users, for the Buyer's own business.
P:2.2 The Vendor shall install and configure the Software on servers supplied by the Buyer, develop interfaces to the Buyer's Kingdee ERP and to the nine weighbridge terminals, migrate supplier and lot records of the last three crop seasons, and train the Buyer's key users and administrators.
P:2.3 The detailed scope, milestones and responsibilities are set out in the Statement of Work attached as Annex 1.
H:Article 3 Price
P:3.1 The total price of this Agreement is CNY 1,138,000 (one million one hundred and thirty-eight thousand yuan), made up of: Licence Fee CNY 760,000; Implementation and Configuration CNY 214,000; Interface Development (ERP and weighbridges) CNY 128,000; Training CNY 36,000.
P:3.2 The price is fixed, includes all applicable taxes, travel and expenses of the Vendor's personnel, and covers warranty services during the Warranty Period.
H:Article 4 Payment
P:4.1 The Buyer shall pay 20% of the total price (CNY 227,600) within thirty days after signature of this Agreement and receipt of the Vendor's invoice.
P:4.2 The Buyer shall pay 45% of the total price (CNY 512,100) within thirty days after the Vendor has installed the Software at all three plants and the parties have signed an installation certificate. The installation certificate confirms installation only and is not acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the total price (CNY 398,300) within thirty days after Final Acceptance.
P:4.4 All payments are made in CNY by bank transfer to the Vendor's account stated in its invoice.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall complete installation within sixty days and submit the system for acceptance testing within one hundred and twenty days after signature.
P:5.2 Acceptance criteria: every function listed in the Statement of Work passes the agreed test scripts; migrated supplier and lot records reconcile with the Buyer's source records with no unexplained difference; weighbridge tickets reach the Software within ten seconds of weighing; settlement statements for a full month agree with the ERP postings; and the system runs through one complete week of peak-season intake at all three plants without a Severity 1 fault.
P:5.3 Acceptance testing is carried out by the Buyer with the Vendor's assistance. When all criteria are met, the Buyer shall issue a written Final Acceptance certificate. Go-live, production use or any payment does not by itself constitute acceptance. If the tests fail, the Vendor shall correct the defects within fifteen days and the tests shall be repeated.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform in accordance with the documentation and the Statement of Work for a Warranty Period of eighteen months from Final Acceptance. During the Warranty Period the Vendor shall correct all defects and provide updates free of charge.
P:6.2 Service levels: the Vendor shall respond to a Severity 1 fault (intake or settlement stopped at any plant) within one hour and restore operation within eight hours; respond to a Severity 2 fault within two hours and resolve it within two business days; and answer other requests within three business days. Remote support is provided in Chinese and English from 06:00 to 22:00 China time, seven days a week during the crop season.
P:6.3 For each hour by which the Vendor exceeds the response or restoration time for a Severity 1 fault, the Vendor shall credit the Buyer CNY 1,000; for Severity 2, CNY 300 per hour. Credits are deducted from the next payment or from the support fee.
P:6.4 After the Warranty Period the Buyer may order annual support at a fee of 9% of the Licence Fee per year (CNY 68,400), which shall not increase during the first three years after the Warranty Period. Annual support is ordered year by year by purchase order and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Software remains the property of the Vendor and its licensors.
P:7.2 All intellectual property rights in the Custom Deliverables vest in the Buyer upon creation. The Vendor shall deliver their source code and documentation, and the Buyer may use, modify, and license them to third parties freely.
P:7.3 The Vendor shall indemnify the Buyer against any claim that the Software or the Custom Deliverables infringe the rights of a third party.
H:Article 8 Data Ownership and Data Security
P:8.1 Buyer Data belongs to the Buyer. The Vendor may access and process Buyer Data only to perform this Agreement and shall not use it for any other purpose, including analysis, benchmarking or product development.
P:8.2 The Software and Buyer Data are hosted on the Buyer's servers in China. The Vendor shall access them only through the Buyer's VPN with individual accounts and multi-factor authentication, with each remote session approved by the Buyer and logged. The Vendor shall not copy Buyer Data outside the Buyer's systems and shall comply with the PRC Personal Information Protection Law and Data Security Law.
P:8.3 The Vendor shall notify the Buyer within twelve hours after becoming aware of any unauthorised access to, loss of or disclosure of Buyer Data caused by the Vendor or its personnel, shall take all measures needed to contain it, and shall be liable for the resulting losses of the Buyer, including fines and third-party claims.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public technical, commercial and financial information received from the other party, use it only for this Agreement and disclose it only to its employees and advisers who need to know it and are bound by equivalent obligations.
P:9.2 These obligations continue for three years after the end of this Agreement.
H:Article 10 Delay Damages and Liability
P:10.1 If the Vendor fails to submit the system for acceptance testing by the date in Article 5.1 for reasons attributable to it, the Vendor shall pay delay damages of 0.1% of the total price for each day of delay, up to a maximum of 10% of the total price.
P:10.2 The total liability of each party under this Agreement is limited to 150% of the total price, except for liability for personal injury, wilful misconduct, infringement under Article 7.3 and breach of Article 8, which is not limited.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of its obligations without the Buyer's prior written consent. The Vendor remains fully responsible for any approved subcontractor.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within thirty days after receiving notice of the breach.
P:12.2 The Buyer may also terminate this Agreement if delay damages under Article 10.1 reach their maximum. On termination for the Vendor's breach, the Vendor shall refund the amounts paid for work not accepted.
H:Article 13 Force Majeure
P:13.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, such as floods, epidemics or government action, provided that it notifies the other party promptly and uses reasonable efforts to limit the effect.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the Kingdom of Thailand.
P:14.2 Any dispute arising out of or in connection with this Agreement shall first be discussed by senior representatives of the parties. If it is not settled within thirty days, it shall be finally resolved by arbitration administered by the Thai Arbitration Institute in Bangkok, in the English language, by a sole arbitrator.
H:Article 15 General
P:15.1 This Agreement, with Annex 1 (Statement of Work) and Annex 2 (Acceptance Test Plan), is the entire agreement of the parties on its subject matter. Amendments must be in writing and signed by both parties.
P:15.2 This Agreement is signed in two originals in English, one for each party.
P:For the Buyer: Guangxi Hengfeng Cassava Starch Co., Ltd.    Signature: ____________________
P:For the Vendor: Isan Agri-Systems Co., Ltd.    Signature: ____________________
"""

H698E02 = """# ORDER FORM — LANNA TOUROPS CLOUD

**Order Form No. LTC-OF-2027-0093**

This Order Form consists of Part A (Order Details) and Part B (General Terms). By signing Part A the parties agree to both parts. If Part A and Part B conflict, Part A prevails.

## PART A — ORDER DETAILS

### A1 Parties

- **Customer:** Yunnan Caiyun International Travel Service Co., Ltd., registered in Kunming, Yunnan Province, People's Republic of China.
- **Provider:** Lanna Cloud Works Co., Ltd., registered at Phahonyothin Road, Mueang Chiang Rai District, Chiang Rai 57000, Thailand.

### A2 Services

Provider will provide the Lanna TourOps Cloud platform as a hosted software service for Customer's outbound and cross-border tour business to Thailand and Laos, including: itinerary and package builder; group booking and passenger manifests; supplier contracting for hotels, coaches and guides; border-crossing document checklists; guide dispatch; settlement with suppliers and agents; and management reports. The service includes the Channel Connector package that links the platform to Customer's online travel agency storefronts and to its finance software.

Provider will also carry out a one-time onboarding: configuration of Customer's product catalogue and price rules, migration of open bookings and supplier contracts, connection of the Channel Connector, and training of Customer's operations staff in Kunming.

### A3 Subscription Term

The Subscription Term starts on the Go-Live Date and consists of two Subscription Years. Subscription Year 1 starts on the Go-Live Date and ends on the day before the first anniversary of the Go-Live Date; Subscription Year 2 follows immediately. The Subscription Term ends at the end of Subscription Year 2 and does not renew automatically. Any renewal requires a new Order Form signed by both parties.

### A4 Fees

All amounts are in CNY and include taxes.

| Item | Basis | Annual fee (CNY) | Subscription Years | Total (CNY) |
|---|---|---|---|---|
| TourOps platform, 60 named users | 2,400 per user per Subscription Year | 144,000 | 2 | 288,000 |
| Channel Connector package | flat | 36,000 | 2 | 72,000 |
| Onboarding services | one-time | — | — | 42,000 |
| **Total Contract Value** | | | | **402,000** |

Additional named users may be added at CNY 2,400 per user per Subscription Year, pro rata for the remaining months of the Subscription Year in which they are added.

### A5 Invoicing and Payment

(a) The onboarding fee is invoiced after Go-Live Acceptance under Section B3 and is payable within thirty days of invoice.

(b) Subscription fees are invoiced quarterly at the end of each quarter of a Subscription Year and are payable within thirty days of invoice.

(c) No amount is payable before the Go-Live Date.

### A6 Key Dates and Contacts

Target Go-Live Date: 15 June 2027. Customer project lead: Ms. Zhao Lin, Operations Director. Provider project lead: Mr. Anan Wongsuwan, Delivery Manager. Notices under this Order Form may be given by email to the contacts above and are effective on receipt.

Signed for Customer: ____________________  Date: __________

Signed for Provider: ____________________  Date: __________

## PART B — GENERAL TERMS

### 1. Definitions

1.1 "Customer Data" means all data, including personal information of travellers, that Customer or its users enter into the Services or that the Services generate for Customer.

1.2 "Customer Configurations" means the product templates, price rules, report layouts, document checklists and connector mappings that Provider builds specifically for Customer.

1.3 "Go-Live Date" means the date on which Customer signs the Go-Live Acceptance certificate under Section 3.

### 2. Provision of the Services

2.1 Provider will make the Services available to Customer's named users in accordance with this Order Form and the documentation.

2.2 Provider will carry out the onboarding in good faith and will use reasonable efforts to meet the target Go-Live Date in A6. Target dates are estimates. Provider has no liability for any delay in onboarding or Go-Live, and Customer's remedies for delay are limited to the rights set out in Section 12.

2.3 Provider may update the Services from time to time, provided that no update materially reduces the functionality that Customer has ordered.

### 3. Go-Live Acceptance

3.1 When onboarding is complete, Provider will notify Customer, and Customer will carry out acceptance tests within ten business days.

3.2 The acceptance criteria are: all catalogue items and price rules configured as agreed in the onboarding plan; migrated open bookings and supplier contracts reconciled with Customer's source records; a complete booking-to-settlement cycle tested for at least three sample tours; Channel Connector orders and finance postings exchanged without error for five consecutive business days; and all operations staff trained.

3.3 If the criteria are met, Customer signs a Go-Live Acceptance certificate. Use of the Services for testing or training does not constitute acceptance. If the criteria are not met, Provider will correct the defects and Customer will repeat the tests.

### 4. Service Levels

4.1 Provider will make the production Services available at least 99.95% of each calendar month, excluding scheduled maintenance announced at least forty-eight hours in advance and carried out between 01:00 and 05:00 China time.

4.2 Provider will respond to Priority 1 incidents (the Services are unavailable or bookings cannot be created or confirmed) within thirty minutes, at any time of day, and restore service within three hours. Priority 2 incidents receive a response within two hours; Priority 3 requests within one business day.

4.3 If availability in a month falls below the commitment in 4.1, Customer receives a service credit of 5% of the monthly equivalent of the subscription fees for each 0.1 percentage point (or part) below the commitment. If Provider misses a Priority 1 restoration time, Customer receives a further credit of CNY 800 for each hour of delay. Credits are set off against the next invoice.

### 5. Customer Data and Data Security

5.1 Customer Data belongs to Customer. Provider processes Customer Data only to provide the Services to Customer and will not use it for any other purpose, including analytics for other clients or product development.

5.2 Provider hosts Customer Data in a data centre in mainland China operated by a PRC cloud provider with an MLPS level-3 filing. Provider encrypts Customer Data in transit and at rest, restricts access to named support staff on a need-to-know basis, logs administrative access, and keeps daily backups for thirty days.

5.3 Provider will notify Customer within twenty-four hours after becoming aware of a security incident affecting Customer Data, will take all reasonable steps to contain and remedy it, and is responsible for Customer's losses arising from an incident caused by Provider's breach of this Section 5.

5.4 On expiry or termination, Provider will return Customer Data in a standard export format within thirty days and then delete it from its systems.

### 6. Confidentiality

Each party will keep confidential the other party's non-public information, including Customer's supplier rates and traveller lists and Provider's product roadmap, will use it only for the purposes of this Order Form and will not disclose it to third parties except to personnel and advisers who need to know it. This obligation continues for three years after the end of the Subscription Term.

### 7. Intellectual Property

7.1 Provider retains all rights in the Services, the platform and its documentation.

7.2 Customer Configurations belong to Customer. Customer may use, copy, modify and license them freely, including with another provider after the Subscription Term, and Provider will deliver them in an editable format on request.

### 8. Subcontractors and Sub-processors

Provider may engage subcontractors and sub-processors to perform any part of the Services, including hosting, onboarding and support, by giving Customer notice by email at least ten days before the engagement. Provider remains responsible for its subcontractors' performance.

### 9. Customer Obligations

Customer will keep user credentials secure, ensure that its users comply with the documentation, and provide the information and access that Provider reasonably needs for onboarding.

### 10. Limitation of Liability

10.1 Neither party is liable for indirect or consequential loss, including loss of profit or business.

10.2 Provider's total aggregate liability arising out of or in connection with this Order Form is limited to the fees paid by Customer under this Order Form in the three months preceding the event giving rise to the claim.

### 11. Fees and Taxes

Fees are fixed for the Subscription Term. Provider will issue valid PRC invoices (fapiao) through its Kunming representative office.

### 12. Term and Termination

12.1 This Order Form starts on signature and ends at the end of the Subscription Term.

12.2 Either party may terminate this Order Form by written notice if the other party commits a material breach and does not cure it within thirty days after written notice.

12.3 If Go-Live has not occurred within ninety days after the target Go-Live Date, Customer may terminate this Order Form by written notice without liability.

12.4 On termination for Provider's breach, Provider will refund any fees paid for the period after termination.

### 13. Governing Law and Disputes

This Order Form is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Kunming Arbitration Commission for arbitration in Kunming in accordance with its rules. The award is final and binding.

### 14. General

Neither party may assign this Order Form without the other party's written consent. Notices must be in writing. This Order Form is the entire agreement of the parties on its subject matter.
"""

H698E03 = """
T:PURCHASE CONTRACT FOR GRAIN STORAGE MONITORING SENSORS AND SOFTWARE
P:Contract No. BHF-PUR-2027-0061
P:Buyer: Beihai Fengrun Feed Group Co., Ltd., a company incorporated in the People's Republic of China, registered in Beihai, Guangxi Zhuang Autonomous Region (the "Buyer").
P:Supplier: Korat Smart Silo Technology Co., Ltd., a company incorporated in Thailand, registered on Mittraphap Road, Mueang Nakhon Ratchasima District, Nakhon Ratchasima 30000, Thailand (the "Supplier").
P:The Buyer operates maize and soybean-meal silos and flat warehouses at twelve feed mills. This Contract, prepared on the Buyer's standard terms, sets out the conditions on which the Supplier supplies, installs and supports a wireless grain-condition monitoring system for those sites.
H:1. Definitions
P:1.1 "Equipment" means the temperature cables, moisture and CO2 sensors and wireless gateways listed in the price table in Clause 2.
P:1.2 "Software" means the SiloWatch monitoring software, including its server application, web console and mobile alarm application, licensed under Clause 8.
P:1.3 "System" means the Equipment and the Software installed and configured at the twelve sites.
P:1.4 "Final Acceptance" means the Buyer's written acceptance of the System under Clause 5.
P:1.5 "Warranty Period" means the period stated in Clause 6.1. Headings are for convenience only, and references to Clauses and Annexes are to those of this Contract.
H:2. Scope and Price
P:2.1 The Supplier shall supply the Equipment and the Software, install and configure the System at the twelve sites listed in Annex A, connect it to the Buyer's warehouse management system, and train the Buyer's staff.
P:2.2 The contract price is CNY 840,000 (eight hundred and forty thousand yuan), itemised as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless multi-point temperature cable|120|2,350|282,000
TB:2|Moisture and CO2 sensor|48|3,600|172,800
TB:3|Solar-powered wireless gateway|12|9,800|117,600
TB:4|SiloWatch software licence, perpetual, twelve sites|1|186,000|186,000
TB:|Equipment and Licence Subtotal|||758,400
TB:5|Installation, configuration and WMS interface|1|64,600|64,600
TB:6|Training|1|17,000|17,000
TB:|Contract Price|||840,000
P:2.3 The contract price is fixed and includes delivery DAP to each site, customs clearance, import duties, taxes, installation materials, travel, and all services during the Warranty Period.
H:3. Payment
P:3.1 Within twenty days after signature, and against a bank advance-payment guarantee of the same amount issued by a bank in mainland China, the Buyer shall pay 10% of the contract price (CNY 84,000).
P:3.2 Within twenty days after all Equipment has been delivered and installed at all sites and the parties have signed an installation record, the Buyer shall pay 55% of the contract price (CNY 462,000). The installation record confirms quantities and installation only and does not constitute acceptance.
P:3.3 Within twenty days after Final Acceptance, the Buyer shall pay the remaining 35% of the contract price (CNY 294,000).
P:3.4 The Supplier shall issue a valid invoice for each payment.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver the Equipment to all sites within seventy-five days after signature and complete installation within forty-five days after delivery.
P:4.2 Each consignment shall be packed for sea and road transport, marked with the Contract number and site name, and accompanied by a packing list, certificate of origin and test certificates. The Supplier bears the risk of loss or damage until the Equipment is delivered to the relevant site.
P:4.3 Installation work inside silos shall follow the Buyer's confined-space and working-at-height procedures. The Supplier shall provide the Buyer with a method statement and risk assessment before work starts.
H:5. Acceptance
P:5.1 After installation the System shall run for a trial period of thirty days.
P:5.2 The acceptance criteria are: every Equipment item is of the model and specification in Annex B; temperature readings agree with calibrated reference probes within ±0.5 °C at the sample points chosen by the Buyer; moisture readings agree with laboratory tests within the tolerance in Annex B; each gateway reports every sensor at the configured interval with no data gap longer than two hours during the trial period; high-temperature and CO2 alarms reach the mobile application within sixty seconds; and the WMS interface posts readings to the correct bins.
P:5.3 The Buyer shall issue a Final Acceptance certificate when all criteria are met. Delivery, installation, operation during the trial period or any payment shall not be deemed acceptance. If any criterion is not met, the Supplier shall remedy the defect within fifteen days and the test shall be repeated.
H:6. Warranty and Support
P:6.1 The Supplier warrants the System for twenty-four months from Final Acceptance. During that period the Supplier shall repair or replace defective Equipment free of charge, including shipment, and provide Software corrections and updates.
P:6.2 Service levels during the Warranty Period:
TB:Severity|Definition|Response|Restoration
TB:Severity 1|monitoring lost for a whole site or alarms not delivered|2 hours|24 hours
TB:Severity 2|one gateway or several sensors not reporting|8 hours|3 days
TB:Severity 3|single sensor fault or minor software issue|2 business days|10 business days
P:6.3 For each hour by which the Supplier exceeds the response or restoration time for a Severity 1 fault, the Supplier shall pay CNY 600; for Severity 2, CNY 200 per hour. The Buyer may deduct these amounts from any payment due.
P:6.4 After the Warranty Period the Buyer may purchase annual support at a fee of 8% of the Equipment and Licence Subtotal per year (CNY 60,672), fixed for three years after the Warranty Period. Support is purchased year by year by separate order and does not renew automatically.
P:6.5 Training shall cover system administration for two Buyer IT staff and daily operation and alarm handling for the warehouse keepers of each site, with a user manual in Chinese.
P:6.6 The Supplier shall keep spare parts and support available for at least seven years after Final Acceptance.
H:7. Buyer Data and Data Security
P:7.1 All data collected or generated by the System, including readings, alarm logs and warehouse records (Buyer Data), belongs to the Buyer. The Supplier shall use Buyer Data only to perform this Contract and shall not use it for any other purpose.
P:7.2 The System is hosted on the Buyer's servers in its Beihai data room. The Supplier may access it remotely only through the Buyer's VPN, with individual accounts, after the Buyer approves each session, and all sessions are logged. The Supplier shall not copy Buyer Data outside the Buyer's systems. Gateways shall use encrypted communication and the Supplier shall change all default passwords before handover.
P:7.3 The Supplier shall report any security incident affecting the System or Buyer Data to the Buyer within twelve hours, cooperate in its investigation and remedy, and be liable for the Buyer's losses caused by its breach of this Clause 7.
H:8. Licence and Intellectual Property
P:8.1 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software at the Buyer's sites, including any replacement or additional silos at those sites.
P:8.2 The interface programs, site configurations and bin maps developed for the Buyer under this Contract belong to the Buyer, which may use, modify and license them without restriction. The Supplier shall deliver their source code.
H:9. Confidentiality
P:9.1 The Supplier shall keep confidential all information of the Buyer obtained under this Contract, including site layouts, stock levels and network settings, and shall not disclose it to any third party without the Buyer's prior written consent. This obligation survives termination for three years.
H:10. Delay Damages
P:10.1 If the Supplier fails to complete delivery or installation by the dates in Clause 4.1, it shall pay delay damages of 0.1% of the contract price for each day of delay, up to a maximum of 10% of the contract price.
H:11. Liability
P:11.1 The Supplier's total liability under this Contract shall not exceed 200% of the contract price. This limit does not apply to personal injury, fraud, wilful misconduct or breach of Clauses 7 and 9.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of the Contract without the Buyer's prior written consent. The Supplier remains responsible for the acts of its subcontractors.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within twenty days after written notice, or if delay damages reach their maximum. On such termination the Supplier shall refund the payments received for any part of the System not accepted.
H:14. Governing Law and Dispute Resolution
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Disputes shall be submitted to the Nanning Arbitration Commission for arbitration in Nanning. The arbitration shall be conducted in Chinese, with English interpretation at the Supplier's cost if requested.
H:15. Miscellaneous
P:15.1 This Contract is made in English and Chinese, both texts having equal effect. Annex A (Site List) and Annex B (Technical Specifications and Test Plan) form part of this Contract.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H698E04 = """# MANAGED IT AND NETWORK SERVICES AGREEMENT

**Agreement No. MKL-MS-2027-005**

**Between**

**Yunnan Mekong Rail Logistics Co., Ltd.**, a company incorporated in the People's Republic of China with its registered office in Kunming, Yunnan Province ("Customer"); and

**Luang Prabang Digital Services Co., Ltd.**, a company incorporated in the Lao People's Democratic Republic with its registered office on Sisavangvong Road, Ban Xiengmouane, Luang Prabang, Lao PDR ("Provider").

## Background

Customer operates freight depots and offices along the China–Laos railway, at Mohan in Yunnan and at Luang Prabang, Vang Vieng and Vientiane in Laos. Customer wishes to outsource the day-to-day management of the IT and network infrastructure at those sites to Provider, and Provider agrees to provide the services on the terms of this Agreement.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Commencement Date" means the date on which Customer signs the transition acceptance certificate under Section 4.

1.3 "Term" means the period of thirty-six months starting on the Service Commencement Date.

1.4 "Customer Data" means all data of Customer and its users that Provider accesses, stores or processes in performing the Services, including depot operating data, cargo and consignee records, user accounts and network logs.

## 2. Services

2.1 Provider shall provide the Services described in Schedule 1 at the sites listed there, to the service levels in Schedule 2, for the charges in Schedule 3.

2.2 Provider shall provide a named service delivery manager, a service desk operating in Chinese, Lao and English, and on-site engineers at Luang Prabang and Vientiane, with travel to the other sites as needed.

2.3 Provider shall follow Customer's IT policies, change-management procedure and site safety rules.

2.4 The parties shall hold a monthly service review at which Provider presents the service-level report, open incidents and problems, planned changes and recommended improvements. A quarterly review attended by senior representatives of both parties shall consider service trends, capacity and the plan for the following quarter.

2.5 Provider's personnel working at the depots shall hold valid work permits for the country concerned, wear the safety equipment required in freight yards, and follow the instructions of Customer's depot managers.

## 3. Transition

3.1 Provider shall complete the transition activities in Schedule 1, Part B within sixty days after signature of this Agreement.

3.2 If Provider fails to complete transition and obtain transition acceptance by that date for reasons attributable to Provider, Provider shall pay Customer delay damages of CNY 1,200 for each day of delay, up to CNY 60,000.

## 4. Transition Acceptance

4.1 Transition acceptance requires: a complete and verified inventory of all devices, circuits and licences at every site; monitoring of every in-scope device active on Provider's platform with alarms routed to the service desk; documented runbooks for the services in Schedule 1 approved by Customer; successful failover tests of the dual WAN links at Mohan and Vientiane; and a two-week shadow period in which Provider handles all incidents without a missed Priority 1 target.

4.2 When the criteria are met, Customer signs a transition acceptance certificate. Start of monitoring or any invoice does not constitute acceptance.

## 5. Service Levels and Service Credits

5.1 Provider shall meet the service levels in Schedule 2. Performance is measured monthly and reported to Customer within five business days after each month.

5.2 If Provider misses a service level, Customer is entitled to the service credits in Schedule 2. Credits are deducted from the next invoice. Credits do not limit Customer's other rights.

## 6. Charges and Payment

6.1 Customer shall pay the charges in Schedule 3. The monthly service charge is invoiced monthly in arrears and payable within thirty days of invoice. The transition charge is invoiced after transition acceptance.

6.2 The charges are fixed for the Term and include all taxes, travel, tools and licences needed by Provider to deliver the Services.

6.3 No payment is due before the Service Commencement Date.

## 7. Customer Data and Data Security

7.1 Customer Data belongs to Customer. Provider shall process Customer Data only to perform the Services and shall not use it for any other purpose.

7.2 Provider shall access Customer systems only through Customer's jump server with named accounts and multi-factor authentication; shall not store Customer Data on Provider's own systems except monitoring metadata needed for the Services; shall encrypt any Customer Data in transit; and shall comply with the PRC Data Security Law and Personal Information Protection Law and the data protection law of the Lao PDR as applicable at each site.

7.3 Provider shall notify Customer within six hours after becoming aware of any security incident affecting Customer systems or Customer Data, shall take immediate containment action under Customer's direction, and shall be liable for Customer's losses caused by Provider's breach of this Section 7.

## 8. Confidentiality

8.1 Each party shall keep confidential the other party's non-public information received under this Agreement and shall not disclose it to any third party without prior written consent, except to its personnel and professional advisers who need to know it.

8.2 This obligation survives for three years after the end of this Agreement.

## 9. Intellectual Property

9.1 Provider retains ownership of its monitoring platform and its pre-existing tools.

9.2 Runbooks, network diagrams, configuration files, scripts and documentation created by Provider for Customer under this Agreement belong to Customer, and Customer may use, modify and license them freely, including for use by a successor provider.

## 10. Liability

10.1 Neither party is liable for indirect or consequential loss.

10.2 Provider's total liability arising out of or in connection with this Agreement is limited to the total charges paid by Customer in the nine months preceding the event giving rise to the claim. This limit does not apply to personal injury, fraud or wilful misconduct.

## 11. Subcontracting

Provider shall not subcontract any part of the Services without Customer's prior written consent. Provider remains responsible for its approved subcontractors.

## 12. Term, Renewal and Termination

12.1 This Agreement starts on signature and continues until the end of the Term. It does not renew automatically; any extension requires a written amendment signed by both parties.

12.2 Customer may terminate this Agreement by written notice if Provider commits a material breach and fails to remedy it within thirty days after written notice, or if Provider misses the Priority 1 response target in three consecutive months.

12.3 Either party may terminate this Agreement by written notice if the other party becomes insolvent or ceases to carry on business.

12.4 On expiry or termination, Provider shall provide exit assistance for up to ninety days at the rates in Schedule 3 and hand over all Customer Data, credentials and documentation.

## 13. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Disputes that are not resolved by negotiation within thirty days shall be submitted to the Kunming Arbitration Commission for arbitration in Kunming.

## 14. General

This Agreement, with its Schedules, is the entire agreement between the parties. Amendments must be in writing and signed by both parties. The English text prevails.

Signed for Customer: ____________________ Signed for Provider: ____________________

## Schedule 1 — Services and Sites

| Part | Service | Description |
|---|---|---|
| A | Service desk | Incident and request handling in Chinese, Lao and English, 24 × 7 by phone and portal |
| A | Network management | Monitoring and management of routers, switches, firewalls, Wi-Fi and WAN links at all sites |
| A | End-user support | Desktop, printer and handheld-scanner support; on-site at Luang Prabang and Vientiane, scheduled visits elsewhere |
| A | Server operations | Patching, backup checks and capacity reporting for the depot servers at Mohan and Vientiane |
| B | Transition | Inventory, monitoring onboarding, runbooks, failover tests, shadow period |
| — | Sites | Mohan depot (Yunnan), Luang Prabang depot, Vang Vieng depot, Vientiane depot and regional office |

## Schedule 2 — Service Levels and Credits

| Measure | Target | Service credit |
|---|---|---|
| WAN and core network availability per site | 99.5% per month | 3% of the monthly service charge for each 0.1 percentage point below target |
| Priority 1 incident response (site down) | 30 minutes | CNY 500 per hour late |
| Priority 1 incident restoration | 6 hours | CNY 1,000 per hour late |
| Priority 2 incident response | 2 hours | CNY 200 per hour late |

## Schedule 3 — Charges

| Item | Basis | Amount (CNY) |
|---|---|---|
| Monthly service charge | 48,500 per month × 36 months | 1,746,000 |
| Transition charge | one-time, after transition acceptance | 64,000 |
| Total contract value | | 1,810,000 |
| Exit assistance beyond the Term | per engineer day | 2,600 |
"""

H698E05 = """CROSS-BORDER FREIGHT DATA SUBSCRIPTION AGREEMENT

Agreement No. SVK-DATA-2027-112

PARTIES

(1) Guangxi Pingxiang Jiatong Supply Chain Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Pingxiang, Guangxi ("Customer").

(2) Savan Corridor Data Co., Ltd., a company incorporated in the Lao People's Democratic Republic with its registered office in Kaysone Phomvihane City, Savannakhet Province, Lao PDR ("Provider").

BACKGROUND

Provider collects and publishes status data on truck movements, border-queue times and customs clearance along the East-West Economic Corridor, including the Savannakhet-Mukdahan and Lao Bao crossings, and makes it available through an application programming interface (API). Customer, a freight forwarder operating road services between southern China, Laos and Thailand, wishes to subscribe to that data for its transport management system.

1. DEFINITIONS

1.1 "Data Service" means Provider's Corridor Freight Data API, the related web dashboard and the documentation described in Schedule A.

1.2 "Customer Data" means shipment lists, truck registrations, driver details and queries that Customer uploads to or sends through the Data Service, and any results generated only for Customer.

1.3 "Go-Live Date" means the date on which Customer confirms Integration Acceptance under Clause 4.

1.4 "Subscription Year" means each of the two consecutive annual periods of the Subscription Term, the first starting on the Go-Live Date.

1.5 "Subscription Term" means the two Subscription Years together with any renewal periods under Clause 12.

2. THE DATA SERVICE

2.1 Provider grants Customer, during the Subscription Term, a non-exclusive, non-transferable right to access the Data Service through up to ten API keys and twenty dashboard users, and to use the data received for Customer's own freight operations and for information given to Customer's clients about their own shipments.

2.2 The Data Service includes: border-queue estimates updated every fifteen minutes; customs-declaration status for shipments registered by Customer; GPS positions of trucks whose operators have joined Provider's tracking programme; and daily corridor reports.

2.3 Customer shall not resell the data as a stand-alone product.

2.4 Provider shall describe in the documentation the sources of each data field, its update frequency and known limitations, and shall inform Customer by email of any planned change to the API that would require changes to the integration adapter, with sample requests and responses for the new version.

3. INTEGRATION SERVICES

3.1 Provider shall build and install an integration adapter that connects the Data Service to Customer's transport management system, maps Customer's shipment and truck identifiers, and displays border-queue and clearance status on Customer's dispatch screens.

3.2 Provider shall complete the integration and submit it for Integration Acceptance by 31 May 2027.

3.3 If Provider fails to submit the integration for Integration Acceptance by that date for reasons attributable to Provider, Provider shall pay Customer delay damages of CNY 500 for each day of delay, up to CNY 20,000.

4. INTEGRATION ACCEPTANCE

4.1 The acceptance criteria are: the adapter exchanges data with Customer's transport management system for ten consecutive business days without failed calls other than those caused by Customer's systems; shipment and truck identifiers are matched correctly for a sample of two hundred shipments chosen by Customer; border-queue and clearance status appear on dispatch screens within three minutes of publication by Provider; and the documentation and training set out in Schedule A have been delivered.

4.2 When the criteria are met Customer shall confirm Integration Acceptance in writing. Trial use of the Data Service does not constitute acceptance.

5. AVAILABILITY AND SUPPORT

5.1 Provider will use commercially reasonable efforts to keep the Data Service available and to correct errors in the data that come to its attention. Provider does not guarantee that the Data Service will be uninterrupted or that the data will be complete or error-free, because much of it comes from third parties and public sources.

5.2 Support is provided by email and through the Provider portal during Provider's business hours, 08:00 to 17:00 Vientiane time on Lao business days. Provider will address support requests in the order received and as soon as practicable. No response or resolution times are committed.

5.3 Provider may suspend the Data Service for maintenance and will try to give notice of planned maintenance on its status page.

6. FEES

6.1 The fees are:

    Data Service subscription, Subscription Year 1 ........ CNY 264,000
    Data Service subscription, Subscription Year 2 ........ CNY 264,000
    Integration adapter and training, one-time ............ CNY 26,000
    Total fees for the initial Subscription Term .......... CNY 554,000

6.2 The subscription includes up to 600,000 API calls per Subscription Year. Calls above that volume are charged at CNY 0.08 per call, invoiced quarterly in arrears.

6.3 All fees include taxes. Provider will issue invoices through its agent in Nanning in a form acceptable for Customer's tax filings.

7. PAYMENT

7.1 The integration fee is invoiced after Integration Acceptance and payable within thirty days.

7.2 The subscription fee for each Subscription Year is invoiced in four equal quarterly instalments at the beginning of each quarter of that Subscription Year and is payable within thirty days of invoice.

7.3 No fee is payable before the Go-Live Date.

8. CUSTOMER DATA AND DATA SECURITY

8.1 Customer Data belongs to Customer. Provider shall use Customer Data only to provide the Data Service to Customer and shall not combine it with data of other customers, publish it or use it for any other purpose.

8.2 Provider shall host Customer Data on servers in mainland China operated by a cloud provider holding an MLPS level-3 filing; encrypt Customer Data in transit and at rest; limit access to named staff with multi-factor authentication; keep access logs; and delete Customer Data within thirty days after the end of the Subscription Term, after returning it to Customer on request.

8.3 Provider shall notify Customer within twenty-four hours after becoming aware of any unauthorised access to or loss of Customer Data, shall take prompt steps to contain it, and shall be liable for Customer's losses caused by a breach of this Clause 8 by Provider or its personnel.

9. CONFIDENTIALITY

9.1 Each party shall keep confidential the other party's non-public business, technical and commercial information received under this Agreement and shall not disclose it to third parties without prior written consent, except to its employees and advisers who need to know it and are bound by equivalent duties.

9.2 This obligation continues for three years after the end of the Subscription Term.

10. INTELLECTUAL PROPERTY

10.1 Provider and its data sources keep all rights in the Data Service and the data it supplies, subject to the rights granted in Clause 2.

10.2 The integration adapter, its source code, field mappings and dispatch-screen components developed for Customer belong to Customer, which may use, modify and license them freely.

11. LIABILITY

11.1 Neither party is liable for indirect or consequential loss.

11.2 Each party's total liability under this Agreement is limited to one and a half times the total fees for the initial Subscription Term, except for liability for breach of Clause 8 or Clause 9, fraud or wilful misconduct.

12. TERM AND RENEWAL

12.1 This Agreement starts on signature and the Subscription Term runs for two Subscription Years from the Go-Live Date.

12.2 At the end of the initial Subscription Term, and at the end of each renewal period, the Subscription Term renews automatically for a further Subscription Year unless either party gives notice of non-renewal at least sixty days before the end of the current period.

12.3 Provider may increase the subscription fee for any renewal period by up to 8% by notice given at least seventy days before the renewal date. The increased fee applies to the renewal period unless Customer gives notice of non-renewal.

13. TERMINATION

13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within thirty days after written notice.

13.2 On termination by Customer for Provider's breach, Provider shall refund any fees paid for the period after termination.

14. SUBCONTRACTING AND ASSIGNMENT

14.1 Provider shall not subcontract the integration services or the hosting of Customer Data without Customer's prior written consent. Provider remains responsible for any approved subcontractor.

14.2 Neither party may assign this Agreement without the other party's written consent.

15. GOVERNING LAW AND DISPUTES

15.1 This Agreement is governed by the laws of the People's Republic of China.

15.2 Any dispute shall be submitted to the Nanning Arbitration Commission for arbitration in Nanning.

16. GENERAL

16.1 Notices under this Agreement shall be in writing in English or Chinese and sent by courier or email to the addresses given by each party in Schedule A.

16.2 This Agreement, with Schedule A (Data Service Description and Integration Scope), is the entire agreement of the parties on its subject matter. Amendments must be in writing and signed by both parties.

SIGNED for Customer: ____________________    SIGNED for Provider: ____________________
"""

# ---------------------------------------------------------------- files
FILES = {  # key: (file name, format, source)
    "h698z01": ("h698z01_rural_toilet_retrofit_management_platform.pdf", "pdf", H698Z01),
    "h698z02": ("h698z02_shuttlecock_feather_sorting_moulding_line_retrofit.docx", "docx", H698Z02),
    "h698z03": ("h698z03_archery_chain_booking_membership_saas.txt", "txt", H698Z03),
    "h698z04": ("h698z04_volcano_monitoring_system_annual_om.txt", "txt", H698Z04),
    "h698z05": ("h698z05_folding_fan_carving_tracking_supplier_template.md", "md", H698Z05),
    "h698e01": ("h698e01_cassava_traceability_licence_udon_thani_vendor.pdf", "pdf", H698E01),
    "h698e02": ("h698e02_tour_operations_saas_order_form_chiang_rai_vendor.md", "md", H698E02),
    "h698e03": ("h698e03_grain_silo_sensors_monitoring_licence_korat_vendor.docx", "docx", H698E03),
    "h698e04": ("h698e04_rail_depot_managed_it_services_luang_prabang_vendor.md", "md", H698E04),
    "h698e05": ("h698e05_corridor_freight_data_api_savannakhet_vendor.txt", "txt", H698E05),
}

# ---------------------------------------------------------------- labels
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]
GOODS, SERVICE = "goods_or_licence", "service"


def lab(lang, category, kind, value, avail, p1, remedy, ip, dsec, owns, conf, ld, cap, prepay, acc, final, warr, fee,
        auto, term, sub, law, sla=True, capped=None, deemed=False):
    terms = dict(zip(TERM_KEYS, [avail, p1, remedy, ip, dsec, owns, conf, ld, cap, prepay, acc, final, warr, fee, auto,
                                 term, sub, law, kind]))
    extra = {"sla_clause": sla, "ld_stated": ld is not None}
    if kind == GOODS:
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    return {"language": lang, "category": category, "expected_terms": terms, "expected_extra": extra}


LABELS = {
    "h698z01": lab("zh", "software", GOODS, 1280000, 99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True,
                   True, 24, 8, False, True, False, "PRC", capped=True),
    "h698z02": lab("zh", "hardware", GOODS, 980000, None, 1, True, "buyer", True, True, False, 0.1, None, 20, True,
                   True, 24, 7, False, True, True, "PRC", capped=True),
    "h698z03": lab("zh", "cloud", SERVICE, 466000, 99.5, 0.5, True, "buyer", True, False, True, 0.1, 200, None, True,
                   None, None, None, False, True, False, "PRC"),
    "h698z04": lab("zh", "services", SERVICE, 386000, 99.95, 1, True, "buyer", False, True, True, 0.1, None, None,
                   True, None, None, None, False, False, False, "PRC"),
    "h698z05": lab("zh", "software", GOODS, 1360000, None, 8, False, "supplier", True, True, True, 0.02, 20, 55, False,
                   False, 6, 25, False, True, None, None, capped=True, deemed=True),
    "h698e01": lab("en", "software", GOODS, 1138000, None, 1, True, "buyer", True, True, True, 0.1, 150, 20, True,
                   True, 18, 9, False, True, False, "Thailand", capped=True),
    "h698e02": lab("en", "cloud", SERVICE, 402000, 99.95, 0.5, True, "buyer", True, True, True, None, 3 / 24 * 100,
                   None, True, None, None, None, False, True, True, "PRC"),
    "h698e03": lab("en", "hardware", GOODS, 840000, None, 2, True, "buyer", True, True, True, 0.1, 200, 10, True, True,
                   24, 8, False, True, False, "PRC", capped=True),
    "h698e04": lab("en", "services", SERVICE, 1810000, 99.5, 0.5, True, "buyer", True, True, True,
                   1200 / 1810000 * 100, 9 / 36 * 100, None, True, None, None, None, False, True, False, "PRC"),
    "h698e05": lab("en", "cloud", SERVICE, 554000, None, None, False, "buyer", True, True, True, 500 / 554000 * 100,
                   150, None, True, None, None, None, True, True, False, "PRC", sla=False),
}

# design-side facts that are not label keys: fee base (itemised licence / hardware subtotal), forum in mainland China
META = {
    "h698z01": {"fee_base": 620000, "forum_mainland": True},
    "h698z02": {"fee_base": 841000, "forum_mainland": True},
    "h698z03": {"forum_mainland": True},
    "h698z04": {"forum_mainland": True},
    "h698z05": {"fee_base": 980000, "forum_mainland": True},
    "h698e01": {"fee_base": 760000, "forum_mainland": False},
    "h698e02": {"forum_mainland": True},
    "h698e03": {"fee_base": 758400, "forum_mainland": True},
    "h698e04": {"forum_mainland": True},
    "h698e05": {"forum_mainland": True},
}

DESIGN = {
    "h698z01": [],
    "h698z02": ["CR-CONFIDENTIALITY", "CR-SUBCONTRACT"],
    "h698z03": ["CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
    "h698z04": ["CR-DATA-SECURITY", "CR-TERMINATION"],
    "h698z05": ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
                "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
    "h698e01": ["CR-GOVERNING-LAW"],
    "h698e02": ["CR-LD-MISSING", "CR-LIABILITY-CAP", "CR-SUBCONTRACT"],
    "h698e03": [],
    "h698e04": ["CR-LIABILITY-CAP", "CR-SLA-AVAILABILITY"],
    "h698e05": ["CR-AUTO-RENEWAL", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
}
DESIGN_RISK = {"h698z01": "low", "h698z02": "medium", "h698z03": "medium", "h698z04": "high", "h698z05": "high",
               "h698e01": "low", "h698e02": "high", "h698e03": "low", "h698e04": "medium", "h698e05": "high"}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
SEVERITY = {"CR-SLA-MISSING": "high", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high", "CR-LD-MISSING": "high",
            "CR-ACCEPTANCE": "high", "CR-POST-WARRANTY-FEE": "high", "CR-GOVERNING-LAW": "low"}

# policy thresholds (§3) and the TCO horizon
AVAIL_MIN, P1_MAX, LD_MIN, CAP_MIN, PREPAY_MAX, WARRANTY_MIN, FEE_MAX, TCO_MAX, HORIZON = \
    99.9, 4, 0.05, 100, 30, 12, 15, 40, 5


def tco_share(key):
    t, x = LABELS[key]["expected_terms"], LABELS[key]["expected_extra"]
    if t["contract_kind"] != GOODS or t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]:
        return None
    years = max(0.0, HORIZON - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * META[key]["fee_base"]
    return fees / (x["contract_value"] + fees) * 100


def rules_of(key):
    """My reading of policy §3 applied to a label."""
    t, x = LABELS[key]["expected_terms"], LABELS[key]["expected_extra"]
    goods = t["contract_kind"] == GOODS
    r = set()
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < AVAIL_MIN:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > P1_MAX:
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
    elif t["ld_rate_per_day_pct"] < LD_MIN:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < CAP_MIN:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > PREPAY_MAX:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < WARRANTY_MIN:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > FEE_MAX):
            r.add("CR-POST-WARRANTY-FEE")
        s = tco_share(key)
        if s is not None and s > TCO_MAX:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or not META[key]["forum_mainland"]:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk_of(rules):
    sev = [SEVERITY.get(r, "medium") for r in rules]
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


# ---------------------------------------------------------------- threshold scan
THRESHOLD_PATTERNS = [re.compile(p, re.I) for p in [
    r"(?<![\d.])99\.9(?!\d)", r"九十九点九(?![一二三四五六七八九])",
    r"(?<![\d.])4(\.0+)?\s*-?\s*(hours?|hrs?|h(?![a-z])|个?小时)", r"(?<![a-z-])four\s*-?\s*hours?", r"四个?小时",
    r"(?<![\d.])0\.050*(?!\d)", r"万分之五(?![十一二三四五六七八九])", r"(?<![\d.])0\.5\s*‰",
    r"(?<![\d.,])(100|30|15|40)(\.0+)?\s*(%|％|per\s*cent|percent)",
    r"百分之(一百|百|三十|十五|四十)(?![一二三四五六七八九点])",
    r"\b(one\s*hundred|thirty|fifteen|forty)\s*(%|per\s*cent|percent)",
    r"(?<![\d.年])12\s*-?\s*(个\s*)?(months?|月)(?!\s*\d)", r"\btwelve\s*(\(\d+\)\s*)?-?\s*months?", r"十二个月",
    r"(?<![第每])一年", r"(?<![\d.])1\s*-?\s*years?(?![a-z])", r"\bone\s*-?\s*years?(?![a-z])",
    r"(?<![\d.])5\s*-?\s*(years?|年)(?![a-z度])", r"\bfive\s*-?\s*years?", r"五年",
    r"(?<![\d.])60\s*(个\s*)?(months?|月)", r"\bsixty\s*months?",
]]
MUST_HIT = ["99.9%", "99.9 %", "4 hours", "4-hour", "4小时", "四小时", "0.05%", "0.050%", "万分之五", "100%", "30%",
            "15 %", "40 percent", "百分之三十", "百分之十五", "fifteen per cent", "12个月", "12 months", "twelve months",
            "十二个月", "质保一年", "1 year", "one-year", "five years", "五年", "5年", "within four hours", "60 months", "60个月"]
MUST_MISS = ["99.95%", "99.5%", "24 hours", "14小时", "24小时", "0.055%", "万分之五十", "万分之八", "130%", "115%",
             "35%", "45%", "150%", "二十四个月", "第一年", "每年", "2027年", "4G", "2025年", "Subscription Year 1",
             "15 days", "30 days", "2027年12月31日", "twenty-four hours", "forty-eight hours", "36 months", "18 months", "百分之三十五"]


def threshold_hits(text):
    views = [text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)]
    return sorted({m.group(0) for v in views for p in THRESHOLD_PATTERNS for m in p.finditer(v)})


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def length_of(text, lang):
    return len(re.sub(r"\s+", "", text)) if lang == "zh" else len(text.split())


RANGES = {"zh": (2750, 3000), "en": (1450, 1650)}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    # self-test of the threshold scan
    for s in MUST_HIT:
        assert threshold_hits(s), ("scan misses", s)
    for s in MUST_MISS:
        assert not threshold_hits(s), ("scan hits", s, threshold_hits(s))

    built = {k: v for k, v in FILES.items() if v[1] in ("docx", "pdf")}
    write({k: v[2] for k, v in built.items()}, {k: (v[0], v[1]) for k, v in built.items()}, OUT, wrap_words=True)
    for key, (name, fmt, src) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(src.lstrip("\n"), encoding="utf-8")
            print("wrote", name)

    problems = []
    fired = set()
    for key, (name, fmt, src) in FILES.items():
        label = LABELS[key]
        t, x = label["expected_terms"], label["expected_extra"]
        rules = rules_of(key)
        fired |= set(rules)
        if rules != sorted(DESIGN[key]):
            problems.append((key, "rules", rules, sorted(DESIGN[key])))
        if risk_of(rules) != DESIGN_RISK[key]:
            problems.append((key, "risk", risk_of(rules)))
        # no label value on a threshold
        for k, th in [("availability_pct", AVAIL_MIN), ("p1_response_hours", P1_MAX), ("ld_rate_per_day_pct", LD_MIN),
                      ("liability_cap_pct", CAP_MIN), ("prepayment_pct", PREPAY_MAX),
                      ("warranty_months", WARRANTY_MIN), ("post_warranty_fee_pct", FEE_MAX)]:
            if t[k] is not None and abs(t[k] - th) < 1e-9:
                problems.append((key, "on threshold", k))
        share = tco_share(key)
        if share is not None and abs(share - TCO_MAX) <= 2:
            problems.append((key, "TCO share near threshold", share))
        text = read_back(OUT / name)
        n = length_of(text, label["language"])
        lo, hi = RANGES[label["language"]]
        if not lo <= n <= hi:
            problems.append((key, "length", n))
        hits = threshold_hits(text)
        if hits:
            problems.append((key, "threshold text", hits))
        print(f"{name}: length {n}, rules {rules}, risk {risk_of(rules)}, tco share "
              f"{'-' if share is None else round(share, 2)}")
        out = {"file": name}
        out.update(label)
        out["expected_rules"] = rules
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(out, ensure_ascii=False, indent=1),
                                                               encoding="utf-8")
    missing = set(ALL_RULES) - fired
    if missing:
        problems.append(("coverage", sorted(missing)))
    for p in problems:
        print("PROBLEM", p)
    assert not problems
    print("all checks passed")
