"""holdout933: builds the ten blind held-out drafts from the sources below, writes their .json labels and asserts
the checks of the brief (lengths, no threshold figure, label values, rule coverage). Run:
/work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:市应急管理局瓶装燃气安全监管平台建设项目合同书
P:合同编号：YJGL-2027-ZC-0418
P:采购人（甲方）：江州市应急管理局
P:供应商（乙方）：江州安燃数智科技有限公司
P:根据江州市瓶装燃气安全监管平台建设项目公开招标（项目编号JZCG-2027-0216）的结果，甲乙双方经协商一致，签订本合同，共同遵守。本合同由甲方提供文本。
H:第一条 项目内容
P:1.1 乙方向甲方提供瓶装燃气安全监管平台软件（以下简称“平台”）的永久使用许可，并完成定制开发、部署实施和培训，使平台覆盖全市62家燃气经营企业、148个供应站点和气瓶充装、配送、入户安检全过程。
P:1.2 定制开发内容包括：气瓶“一瓶一码”追溯模块、充装站视频智能识别接口、配送车辆轨迹监管、用户端扫码报警小程序、与省级燃气监管系统及市城市运行管理平台的数据接口、领导驾驶舱。
P:1.3 平台部署于江州市政务云，采用B/S架构，适配国产操作系统和数据库，并提供安卓和iOS移动端，供监管人员现场检查使用。
P:1.4 具体功能、性能和接口要求以招标文件技术需求和乙方投标文件为准，上述文件为本合同组成部分。
H:第二条 合同价款
P:2.1 合同总价为人民币贰佰壹拾壹万元整（¥2,110,000），其中：平台软件许可费¥1,260,000，定制开发费¥740,000，部署实施费¥86,000，培训费¥24,000。
P:2.2 合同总价为固定价格，已包含软件许可、开发、部署、培训、税费、差旅及质保期内的全部服务费用，甲方不再另行支付其他费用。履约期间经甲方书面确认的少量功能增补，按乙方投标报价中的人天单价结算。
H:第三条 付款方式
P:3.1 合同签订后，乙方开具等额发票，甲方在10个工作日内支付合同总价的20%，即¥422,000。
P:3.2 平台完成部署并通过初步验收后，甲方支付合同总价的45%，即¥949,500。
P:3.3 平台试运行期满并通过最终验收后，甲方支付合同总价的35%，即¥738,500。
P:3.4 乙方应在合同签订前以银行保函形式提交合同总价5%的履约保证金（¥105,500），最终验收合格后无息退还。
P:3.5 甲方按照财政资金支付程序付款，因财政审批造成的合理延迟不视为甲方违约。
H:第四条 交付与工期
P:4.1 乙方应在合同签订后120日内完成部署并提交初步验收申请；初步验收通过后进入90日试运行期。
P:4.2 乙方应按甲方确认的实施计划按月报送进度，不得擅自变更项目负责人和核心开发人员。
P:4.3 乙方应对甲方及各区县应急管理部门、燃气经营企业的管理人员开展不少于3期培训，每期不少于2天，并提供培训教材和操作视频。
P:4.4 甲方负责提供平台部署所需的政务云资源、网络链路和安全设备，协调燃气经营企业配合数据采集和设备接入，及时确认需求和实施计划，并指定专人负责项目对接。
P:4.5 乙方项目团队不少于8人，项目经理须具有信息系统项目管理师资格，实施期间在甲方指定地点驻场工作，未经甲方同意不得撤离。
H:第五条 验收
P:5.1 初步验收标准：全部功能按需求清单逐项测试通过；与省级监管系统、城市运行管理平台接口联调成功，数据同步延迟不超过5分钟；在800个并发用户下页面平均响应时间不超过2秒；第三方机构出具的安全测评报告无高危漏洞。
P:5.2 最终验收标准：试运行期内无一级故障，累计二级故障不超过3次并均已闭环；全部企业和站点数据完成接入；乙方提交源代码、部署文档、运维手册和培训记录。
P:5.3 验收由甲方组织，必要时邀请专家参加，验收结论以书面验收报告为准。平台上线使用或甲方付款均不视为验收合格。
P:5.4 验收不合格的，乙方应在15日内完成整改并重新申请验收，整改期间计入工期。
H:第六条 服务水平与质保
P:6.1 平台质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级和技术支持。
P:6.2 平台月度可用率不低于99.5%（计划内维护经甲方同意的时间除外）。
P:6.3 故障分级响应：一级故障（平台整体不可用或报警数据中断）30分钟内响应、3小时内恢复；二级故障2小时内响应、8小时内恢复；三级故障1个工作日内处理。
P:6.4 乙方未按6.3条响应的，每超过1小时扣减服务费¥500；月度可用率未达到6.2条要求的，每低0.1个百分点扣减¥3,000，在应付款或履约保证金中扣除。
P:6.5 质保期内乙方每季度对平台进行一次巡检并提交巡检报告；防汛、节假日等重点时段安排专人值守。
P:6.6 质保期满后，如甲方需要乙方继续提供运维服务，年度运维费不超过平台软件许可费的9%（即¥113,400），该标准在质保期满后三年内不上调。运维合同按年签订，不自动续期。
H:第七条 知识产权
P:7.1 平台标准产品的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:7.2 本项目定制开发的模块、接口程序、源代码及相关文档的知识产权归甲方所有，甲方可自行或委托第三方修改、使用。
P:7.3 乙方保证所提供的软件不侵犯任何第三方的知识产权，否则由乙方承担全部责任。
H:第八条 数据安全
P:8.1 平台采集、存储的企业信息、气瓶信息、用户信息和报警记录等数据均属于甲方所有，乙方不得用于本合同以外的任何目的。
P:8.2 乙方应按网络安全等级保护第三级要求实施部署，对敏感个人信息加密存储，运维操作须经堡垒机审计，不得将数据复制到甲方网络以外。
P:8.3 发生数据泄露或安全事件的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
P:8.4 合同履行完毕或质保期满后，乙方应将其掌握的全部数据返还甲方并删除副本，书面说明删除情况。
H:第九条 保密
P:乙方对履行本合同中知悉的甲方工作秘密、企业经营信息和个人信息负有保密义务，未经甲方书面同意不得向第三方披露，保密义务不因合同终止而解除。
H:第十条 违约责任
P:10.1 乙方逾期完成部署或验收的，每逾期一日按合同总价的万分之八向甲方支付违约金。
P:10.2 乙方交付的平台不符合合同约定的，应在甲方规定的期限内无偿整改，由此造成的损失由乙方承担。
P:10.3 乙方违反第八条、第九条约定的，应赔偿甲方因此遭受的全部损失，包括甲方因此承担的行政处罚和第三方索赔。
H:第十一条 分包
P:乙方不得将本项目的任何部分分包或转包给第三方。
H:第十二条 合同的变更
P:本合同履行期间，双方不得擅自变更、中止或者终止合同。因国家政策调整确需变更的，双方协商一致后签订补充协议。
H:第十三条 不可抗力
P:因地震、洪水、疫情等不可抗力不能按期履行合同的，受影响一方应在3日内通知对方，并在15日内提供证明，双方根据影响程度协商延期履行或部分免除责任。
H:第十四条 争议解决
P:因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:合同附件包括招标文件、投标文件、中标通知书、需求清单和实施计划，与本合同具有同等效力；内容不一致的，以本合同为准。
P:本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：江州市应急管理局        乙方（盖章）：江州安燃数智科技有限公司
P:签订日期：2027年3月  日
"""

Z02 = """T:生产线控制系统改造合同
P:合同编号：HS-SB-2027-031
P:甲方：漳州恒声闹钟制造有限公司
P:乙方：厦门联拓自动化工程有限公司
P:甲方拟对其机芯装配线、外壳注塑线和整机包装线共六条生产线的控制系统进行改造，乙方具备相应的设计、供货和调试能力。双方经平等协商，就改造事宜订立本合同。
H:第一条 改造范围
P:1.1 乙方负责六条生产线控制系统的方案设计、设备供货、安装调试、程序编写、软件部署和人员培训，将原有继电器及老旧PLC控制改造为统一的PLC加伺服控制，并增加视觉检测工位和产线监控软件。
P:1.2 改造后各线节拍：机芯装配线不低于每分钟24件，注塑线换模时间不超过25分钟，包装线漏装检出率达到设计值。详细技术指标见附件一《技术规格书》。
P:1.3 改造分三批停线实施，每批停线不超过7天，具体时间由甲方根据生产计划书面通知乙方。
P:1.4 拆除的旧控制柜、继电器和线缆归甲方所有，由乙方清点造册后移交甲方仓库。甲方负责提供改造所需的动力电源、压缩空气接口和施工场地，并在停线前完成在制品清理。
H:第二条 合同价格
P:2.1 合同总价为人民币壹佰陆拾叁万元整（¥1,630,000），含13%增值税，明细如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC主控柜及远程IO站|6套|68,000|408,000
TB:2|伺服驱动器及电机|48套|5,600|268,800
TB:3|视觉检测工位（含相机、光源、工控机）|6套|52,000|312,000
TB:4|工业交换机、触摸屏及线缆辅材|1批|146,200|146,200
TB:5|产线监控软件许可（永久）|1套|285,000|285,000
TB:|软硬件小计|||1,420,000
TB:6|安装调试及控制程序改造|1项|196,000|196,000
TB:7|操作及维修培训|1项|14,000|14,000
TB:|合计|||1,630,000
P:2.2 上述价格包括设备、软件、运输、保险、安装、调试、培训及税费，甲方无需另行支付。
H:第三条 付款
P:3.1 合同生效后7个工作日内，甲方支付合同总价的20%（¥326,000）作为预付款。
P:3.2 全部设备到货并安装完毕后，甲方支付合同总价的45%（¥733,500）。到货签收和安装完毕不视为验收合格。
P:3.3 六条生产线全部通过终验后，甲方支付合同总价的35%（¥570,500）。
P:3.4 乙方每次收款前应开具合法有效的增值税专用发票。
P:3.5 乙方应支付的违约金和赔偿金，甲方有权从应付款中直接扣除。
H:第四条 交货与安装
P:4.1 乙方应在合同生效后60日内将全部设备运至甲方工厂，并按甲方停线安排完成安装。
P:4.2 设备包装应适合长途运输，随货提供装箱单、合格证和说明书。设备到货后双方共同开箱清点，发现短缺或损坏的，乙方应在5日内补齐或更换。
P:4.3 乙方在甲方厂区施工应遵守甲方安全生产和门禁管理规定，动火、登高等作业须办理作业许可。因乙方原因造成的人身伤害和财产损失由乙方负责。
P:4.4 设备所有权自到货签收时转移给甲方；终验合格前，设备毁损、灭失的风险由乙方承担，但因甲方原因造成的除外。
P:4.5 乙方应指派具有五年以上工控项目经验的项目经理全程负责，安装调试期间安排不少于六名工程师驻厂，人员变更须经甲方同意。
H:第五条 验收
P:5.1 每条生产线改造完成后连续试生产72小时，达到第一条约定节拍，且设备无故障停机的，双方签署单线验收单。
P:5.2 六条线全部通过单线验收后，双方按《技术规格书》进行终验。终验内容包括：各线节拍和良率测试、视觉检测工位检出率测试（以甲方提供的样品进行）、监控软件数据与现场计数一致性核对、急停与安全联锁功能测试，以及竣工图纸、PLC程序和操作手册的移交。
P:5.3 验收不合格的，乙方应在10日内整改并重新验收，所需费用由乙方承担。
P:5.4 甲方在终验前使用改造后的生产线组织生产的，不视为验收合格，乙方应予以配合并做好记录。
H:第六条 质量保证
P:6.1 质保期为二十四个月，自终验合格之日起计算。质保期内因设备或软件质量问题发生的故障，乙方免费维修或更换。
P:6.2 质保期内甲方发现故障的，以电话或书面方式通知乙方，乙方接到通知后应及时派人处理，并尽量减少对甲方生产的影响。
P:6.3 质保期满后，甲方可委托乙方提供年度维保服务，维保年费按软硬件小计的7%计取（即每年¥99,400），质保期满后三年内维保年费不上调。维保合同按年另行签订。
P:6.4 质保期内更换的零部件，自更换之日起重新计算二十四个月质保期。乙方应在终验时提交关键备件清单和建议库存数量，并保证八年内持续供应同型号或兼容备件。
H:第七条 知识产权与资料
P:7.1 乙方为本项目编写的PLC程序、触摸屏画面、视觉检测算法参数和监控软件定制报表，其知识产权归甲方所有，乙方应交付可编辑的源程序。
P:7.2 产线监控软件标准产品的著作权归乙方，乙方授予甲方在本厂范围内永久使用的许可。
P:7.3 乙方保证所供设备和软件不侵犯第三方知识产权；如发生侵权纠纷，由乙方负责处理并承担全部费用。
P:7.4 乙方应为甲方电气维修人员和产线班组长组织培训，内容包括PLC程序结构、伺服参数调整、视觉工位标定、常见故障排除和监控软件操作，培训后进行考核，考核合格人员不少于二十人。
H:第八条 数据安全与保密
P:8.1 生产数据、工艺参数、产品图纸及质量记录归甲方所有，乙方仅可为履行本合同使用，不得留存或向他人提供。
P:8.2 乙方远程维护须事先经甲方书面批准，通过甲方指定的VPN和账号接入，操作全程留痕；不得在控制网络中接入未经甲方检测的移动存储设备。因乙方原因导致数据泄露、病毒感染或生产中断的，乙方承担赔偿责任。
P:8.3 双方对在履行本合同中获悉的对方商业秘密负有保密义务，保密期限至相关信息公开之日止。
H:第九条 违约责任
P:9.1 乙方逾期交货或逾期完成改造的，每逾期一日按合同总价的千分之一向甲方支付违约金。
P:9.2 因乙方原因造成停线时间超过约定的，乙方除支付前款违约金外，还应赔偿甲方由此增加的停工损失。
P:9.3 乙方交付的设备或软件与合同约定不符的，甲方有权要求更换或重新开发，更换期间按逾期处理。
P:9.4 甲方逾期付款的，每逾期一日按逾期金额的万分之三向乙方支付违约金。
H:第十条 分包
P:乙方可将设备安装、线缆敷设和控制柜配线等工作交由其合作单位完成，但应提前三个工作日书面告知甲方，并对合作单位的工作质量和安全承担责任。
H:第十一条 合同解除
P:乙方严重违约，经甲方书面催告后10日内仍未纠正的，甲方有权解除本合同，并要求乙方返还已付款项、赔偿损失。因不可抗力致使合同目的不能实现的，任何一方均可书面通知对方解除合同。
H:第十二条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，提交漳州仲裁委员会仲裁。
H:第十三条 其他
P:本合同自双方签字盖章之日起生效，一式四份，双方各执两份。附件一《技术规格书》、附件二《设备清单》为本合同组成部分。
P:合同履行中的通知以书面形式送达双方在本合同首页载明的地址，一方地址变更的应及时通知对方。
P:甲方（盖章）：                    乙方（盖章）：
"""

Z03 = """夜跑训练营门店预约及会员管理系统服务合同

合同编号：YP-IT-2027-006
甲方：杭州星夜奔跑体育文化有限公司（夜跑训练营连锁品牌运营方）
乙方：杭州约动云科技有限公司

甲方在全国经营35家夜跑训练营门店，需要统一的课程预约、会员管理和门店运营系统。乙方以软件即服务（SaaS）方式向甲方提供“约动”门店预约及会员管理系统，并完成实施上线。双方经协商一致，订立本合同。

一、服务内容
（一）乙方向甲方35家门店及总部提供以下云端服务：
1. 课程排期与预约：夜跑团课、私教课、配速训练营的排期、预约、候补、签到和取消；
2. 会员管理：会员档案、次卡与期卡、积分、等级、储值和会员权益；
3. 小程序端：会员在微信小程序中查看课程、预约、支付、查看跑量和训练记录；
4. 门店运营：教练排班、场地与装备管理、营收报表、各门店经营看板；
5. 开放接口：与甲方现有财务系统、智能手表运动数据平台的接口。
（二）乙方负责系统实施，包括35家门店的基础数据配置、原有会员数据迁移（约9.6万名会员）、小程序上线、门店人员培训和上线初期驻场支持。
（三）服务账号数量：总部管理账号40个，每家门店账号不超过6个，教练端账号不限。甲方可在服务期内调整各门店账号分配，乙方应在2个工作日内完成配置。
（四）系统部署在乙方租用的境内公有云平台上，甲方无需自备服务器。乙方每季度发布一次功能更新，更新不得降低已有功能或改变已约定的业务流程。

二、服务期限
（一）本合同服务期为两个服务年度。第一个服务年度自系统上线验收合格之日起算，第二个服务年度自第一个服务年度届满次日起算。
（二）服务期满前45日内，任何一方均未书面提出不再续约的，本合同自动续展一个服务年度，此后亦同。服务期内订阅单价不作调整；续展年度的订阅费由乙方根据其届时的标准价格确定，上调幅度不超过上一服务年度订阅费的8%，乙方应在续展前书面告知甲方。

三、费用及支付
（一）订阅费：每家门店每个服务年度人民币9,600元，35家门店每个服务年度合计人民币336,000元，两个服务年度合计人民币672,000元。
（二）实施费：一次性人民币128,000元。
（三）本合同总金额为人民币800,000元（大写：捌拾万元整），含6%增值税。
（四）支付方式：
1. 实施费在系统上线验收合格后15个工作日内一次性支付；
2. 每个服务年度的订阅费在该服务年度开始后15个工作日内支付；
3. 合同期内新增门店的，按每店每服务年度9,600元按剩余月份折算。
（五）乙方收款前应开具增值税专用发票。
（六）除本合同约定外，乙方不得以任何名义向甲方或甲方会员收取其他费用；小程序支付通道手续费按第三方支付机构的标准由甲方承担。

四、实施与上线验收
（一）乙方应在合同签订后75日内完成全部门店的配置、数据迁移和小程序上线。
（二）上线验收标准：
1. 需求清单所列功能全部可用，甲方抽测的预约、支付、退款、签到等业务流程全部通过；
2. 会员数据迁移后与原系统逐条核对一致，储值余额和次卡余量无差错；
3. 在3,000名会员同时预约的压力测试下，页面响应时间不超过2秒；
4. 与财务系统、运动数据平台的接口连续7天对账无差异；
5. 门店店长和前台人员完成培训。
（三）甲方在收到乙方上线验收申请后10个工作日内组织验收并出具书面意见。系统上线试用不视为验收合格。
（四）验收不通过的，乙方应在10个工作日内完成整改并重新提交验收申请。
（五）乙方应为总部运营人员、门店店长、前台和教练分别组织培训，总部集中培训不少于2次，每家门店上线前完成1次现场或视频培训，并提供操作手册和视频教程。
（六）乙方逾期完成上线的，每逾期一日按合同总金额的千分之一向甲方支付违约金。

五、服务水平
（一）系统月度可用率不低于99.95%，计划内维护应安排在每日凌晨1点至5点之间，并提前48小时通知甲方。
（二）故障响应：
1. 一级故障（系统整体无法访问、无法预约或支付）：30分钟内响应，2小时内恢复；
2. 二级故障（部分门店或部分功能不可用）：1小时内响应，8小时内恢复；
3. 三级故障（不影响营业的一般问题）：1个工作日内响应，5个工作日内解决。
（三）乙方应每月向甲方提供服务报告，包括可用率、故障记录和处理情况。未达到上述服务水平的，乙方应在5个工作日内提交书面整改说明。
（四）乙方提供7×24小时服务热线和在线工单渠道，并为甲方指定专属客户经理。
（五）版本升级和计划内维护不得安排在甲方夜跑课程高峰时段（每日18点至23点）。

六、甲方权利与义务
（一）甲方应按约定支付费用，并指定项目联系人配合实施工作。
（二）甲方应提供迁移所需的会员数据和门店资料，并保证其来源合法。
（三）甲方应妥善保管管理账号和密码，因甲方工作人员泄露账号造成的损失由甲方自行承担。

七、数据归属
（一）甲方在使用本服务过程中产生或上传的会员信息、预约记录、交易记录、训练数据等，均归甲方所有。
（二）乙方仅为向甲方提供本合同约定的服务而使用上述数据，不得用于其他目的，也不得向任何第三方提供。
（三）合同终止后30日内，乙方应按甲方要求以通用格式导出全部数据交付甲方，之后删除其保存的甲方数据。
（四）服务期内甲方有权随时通过系统后台自行导出其数据，乙方不得设置障碍或另行收费。

八、知识产权
（一）“约动”系统及其标准功能的知识产权归乙方所有，甲方在服务期内享有使用权。
（二）乙方专为甲方开发的接口程序、报表模板和小程序页面设计，其知识产权归甲方所有，乙方应交付相应源代码和设计文件。
（三）乙方保证其提供的服务不侵犯第三方知识产权，由此引起的纠纷由乙方负责处理并承担费用。

九、保密
双方对因本合同知悉的对方商业秘密、经营数据、价格信息负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后三年内继续有效。

十、转包与分包
未经甲方书面同意，乙方不得将本合同项下的服务转包或分包给第三方。

十一、违约与解除
（一）乙方发生严重违约，经甲方书面通知后15日内仍未纠正的，甲方有权解除本合同，乙方应退还已收取的未使用服务期订阅费。
（二）甲方逾期支付费用超过60日的，乙方有权暂停服务，但应提前10日书面通知甲方。
（三）合同解除或终止的，乙方应配合甲方完成数据导出和系统切换，过渡期不少于30日，过渡期内服务不得中断。

十二、不可抗力
因地震、台风、疫情防控措施等不可抗力导致服务中断或延迟上线的，受影响一方应及时通知对方并提供证明，双方根据影响程度协商延期或部分免除责任。

十三、法律适用与争议
本合同适用中华人民共和国法律。双方发生争议协商不成的，任何一方可向甲方所在地人民法院起诉。

十四、其他
本合同一式两份，双方各执一份，自双方盖章之日起生效。双方通知以书面或本合同载明的电子邮箱方式送达。附件与正文不一致的，以正文为准。附件：需求清单、门店清单、实施计划。

甲方（盖章）：                          乙方（盖章）：
日期：                                  日期：
"""

Z04 = """污染地块土壤与地下水监测系统年度运维服务合同

项目编号：JSHB-CS-2027-009（竞争性磋商）
采购人（甲方）：临江市生态环境局
供应商（乙方）：临江清源环境监测技术有限公司

根据临江市污染地块土壤与地下水监测系统运维服务项目竞争性磋商的成交结果，双方就该系统2027年度运维服务达成如下协议。

第一条 服务范围
（一）运维对象：临江市污染地块土壤与地下水监测系统，包括监测数据平台软件及数据库、部署于18个重点污染地块的32座地下水自动监测站、9套土壤气体在线监测设备、数据传输网络以及与省生态环境监测平台的数据接口。
（二）服务内容：
1. 平台软件的日常运行监控、故障处理、数据库备份和安全加固；
2. 自动监测站和在线设备的巡检、清洗、校准、易损件更换和故障维修；
3. 监测数据审核、异常数据标记和超标预警推送；
4. 月度运维报告、季度数据分析报告和年度总结报告的编写；
5. 突发环境事件期间的应急监测保障；
6. 配合甲方开展监测点位优化、系统功能完善和数据共享方面的技术咨询。
（三）易损件、试剂和标准物质由乙方提供，费用已包含在合同价款内；单价超过5,000元的主要部件更换，经甲方确认后另行结算。
（四）乙方应在合同生效后15日内完成运维交接，核对设备清单、运行状态和历史数据，形成交接记录经甲方确认。

第二条 服务期限
服务期自2027年1月1日起至2027年12月31日止。服务期满本合同终止，下一年度的运维服务由甲方依法另行采购。服务期内因监测站点调整需增减运维对象的，按监测站运维费的平均单站标准相应调整。

第三条 合同价款
（一）合同总价为人民币陆拾万零陆仟元整（¥606,000），包括：平台软件运维费¥218,000；监测站及在线设备运维费¥264,000；数据审核与报告编制费¥86,000；应急保障费¥38,000。
（二）合同总价为包干价，包括人工、交通、耗材、试剂、税费等全部费用。
（三）乙方应提供备品备件清单，主要部件库存应满足故障修复时间要求。

第四条 付款方式
（一）本合同不设预付款。
（二）运维费按季度支付。每季度结束后，甲方依据本合同第七条对乙方当季服务进行考核，考核合格后15个工作日内支付当季运维费¥151,500。
（三）考核不合格的，甲方按第八条扣减后支付；乙方应开具合法发票。甲方按财政资金支付程序办理付款。

第五条 服务人员
（一）乙方应组建不少于7人的驻地运维团队，其中项目负责人应具有环境监测相关专业高级职称，现场运维人员须持有自动监测设备运维上岗证。
（二）乙方人员变更须提前10日书面告知并征得甲方同意，替换人员的资质不得低于原人员。
（三）甲方负责提供监测站点的供电、场地和平台所在政务云的运行环境，协调地块使用权人配合现场工作。

第六条 服务标准
（一）数据平台全年月度可用率不低于99.95%。
（二）故障分级及响应：
1. 一级故障（平台中断、数据接口中断或超过3座监测站同时离线）：30分钟内响应，2小时内到达现场，6小时内恢复；
2. 二级故障（单站离线或设备故障）：1小时内响应，24小时内修复；
3. 三级故障（一般性问题）：8小时内响应，3个工作日内处理完毕。
（三）每座监测站每月至少现场巡检一次，每季度完成一次校准和比对监测，校准记录及时上传平台。
（四）节假日、重污染天气和突发环境事件期间，乙方应安排专人值守。
（五）乙方应保证各监测站数据按规定频次上传，发现数据异常应在2小时内核实并标注原因。

第七条 考核与验收
（一）甲方按季度对乙方进行考核，考核内容包括：平台可用率、故障响应和修复时间、巡检和校准完成情况、数据审核质量、报告提交及时性和准确性。
（二）考核采用百分制评分，评分细则见附件《运维服务考核办法》，得分85分及以上为合格。
（三）服务期满前，甲方组织年度验收，验收依据为本合同、磋商文件、乙方响应文件及各季度考核结果，并核对运维记录、校准记录、备品备件台账和全部报告。年度验收合格后出具书面验收意见。
（四）年度验收不合格的，乙方应在15日内整改，并承担复验费用。

第八条 服务水平扣减
（一）一级故障每超时1小时，扣减当季运维费¥1,000；二级故障每超时1小时，扣减¥300。
（二）平台月度可用率每低于约定值0.01个百分点，扣减当季运维费¥1,500。
（三）巡检、校准每缺少一次，扣减¥800。
（四）上述扣减从当季运维费中直接扣除，扣减不影响甲方依据第十二条、第十四条追究乙方责任的权利。

第九条 数据安全
（一）监测数据、平台数据库、运维记录及分析报告均属甲方所有，乙方不得用于本合同以外的目的，不得向任何单位和个人提供。
（二）乙方应落实网络安全等级保护要求，运维账号实行一人一号，远程运维须通过甲方堡垒机并全程审计，禁止修改、删除原始监测数据。
（三）发生数据泄露、篡改或系统被攻击等安全事件的，乙方应在1小时内报告甲方并立即处置；因乙方原因导致的，乙方承担全部责任并赔偿甲方损失。
（四）乙方应每日对平台数据库进行增量备份、每周全量备份，备份数据存放在甲方指定的存储介质上。
（五）服务期满，乙方应移交全部运维资料和账号，并删除其留存的甲方数据。

第十条 保密
乙方及其人员对履行本合同过程中知悉的监测数据、污染地块信息、执法信息及甲方工作秘密负有保密义务。未经甲方书面同意，不得以任何形式对外发布或披露。乙方人员进场前应签署保密承诺书。本条不因合同终止而失效。

第十一条 知识产权
乙方在本合同履行中形成的报告、分析成果、运维脚本和技术文档，其知识产权归甲方所有。乙方保证所使用的工具和软件不侵犯第三方权利；其使用的第三方运维工具应事先报甲方备案。

第十二条 违约责任
（一）乙方未按约定时间提交季度报告、年度报告或完成季度校准的，每逾期一日按合同总价的千分之一向甲方支付违约金。
（二）乙方篡改、伪造监测数据的，甲方有权解除合同，并报请有关部门依法处理。
（三）因乙方运维不当造成监测设备损坏的，乙方应负责修复或按原价赔偿。
（四）乙方应支付的违约金和扣减金额，甲方可从应付款中直接扣除。

第十三条 分包
乙方不得将本合同项下的服务分包或转包。

第十四条 合同解除
（一）乙方连续两个季度考核不合格，或有其他严重违约行为经书面通知后10日内未改正的，甲方有权解除合同。
（二）合同解除后，乙方应在7日内移交全部资料并配合甲方完成交接。

第十五条 法律适用与争议
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十六条 不可抗力
因自然灾害等不可抗力导致无法履行的，受影响一方应及时通知对方并提供证明，在不可抗力影响范围内免除责任，但乙方应尽力恢复监测。

第十七条 其他
磋商文件、乙方响应文件、成交通知书和附件《运维服务考核办法》为本合同组成部分。本合同一式五份，甲方三份、乙方二份，自双方签字盖章之日起生效。

甲方（盖章）：临江市生态环境局            乙方（盖章）：临江清源环境监测技术有限公司
"""

Z05 = """# 织链®工艺追溯系统软件销售及定制开发合同

（乙方标准合同文本 ZL-HT-V3.0，2026年修订）

合同编号：ZL2027-FS-0192

甲方（买方）：佛山市顺德区莨韵香云纱工作室有限公司

乙方（卖方）：广州织链软件科技有限公司

鉴于甲方从事香云纱（莨绸）面料的晒莨染整及成衣定制，希望对坯绸入库、浸莨、晒莨、过河泥、水洗、摊雾、成品检验和成衣制作全过程实行工艺追溯管理；乙方是“织链®工艺追溯系统”的著作权人。双方经友好协商，签订本合同。

## 第一条 合同标的

1.1 乙方向甲方销售“织链®工艺追溯系统”标准版软件使用许可（10个用户，单机构部署）。

1.2 乙方根据甲方需求进行定制开发，包括：晒莨工序记录模块（含天气、日照时长、浸晒次数）、河泥批次管理、布匹“一匹一码”标签打印、成衣订单与面料批次关联、小程序端产品溯源查询页面。

1.3 乙方负责系统安装部署、初始数据导入和操作培训。定制需求以双方确认的《需求确认单》为准，需求确认后甲方提出的变更另行计费。

1.4 本软件许可适用于甲方一个生产场地及一个门店；增加场地或用户数的，甲方应另行购买许可。

1.5 系统运行所需的第三方组件（如数据库、操作系统、标签打印驱动）由甲方自行取得授权。

## 第二条 合同价款

2.1 合同价款明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 织链®工艺追溯系统标准版软件许可 | 386,000 |
| 2 | 定制开发（5个模块） | 118,000 |
| 3 | 安装部署、数据导入及培训 | 36,000 |
| | 合计 | 540,000 |

2.2 合同总价为人民币伍拾肆万元整（¥540,000），含税。

2.3 服务器、打印机、扫码枪等硬件由甲方自行采购，不在本合同范围内。

2.4 本合同价款不含甲方新增需求的开发费用，新增需求按每人天人民币2,800元计算。

## 第三条 付款方式

3.1 本合同签订之日起5个工作日内，甲方向乙方支付合同总价的65%，即人民币351,000元。乙方收到该款项后开始需求调研和开发工作。

3.2 系统上线运行后5个工作日内，甲方支付合同总价的35%，即人民币189,000元。

3.3 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金，且乙方有权暂停开发和服务。

3.4 乙方在收到每笔款项后开具增值税普通发票。

## 第四条 交付与上线

4.1 乙方在收到首期款后90个工作日内完成开发并部署上线。因甲方需求变更、资料提供不及时或场地网络条件不具备导致的延误，交付期限相应顺延。

4.2 乙方完成部署后通知甲方，系统上线运行即视为甲方验收合格。甲方在上线后提出的修改意见，由乙方在维护期内酌情处理。

4.3 乙方交付内容：安装程序、用户手册、管理员手册。源代码及开发文档不属于交付内容。

4.4 甲方应为系统部署提供符合乙方要求的服务器、网络和操作系统环境，并指定专人参加培训。乙方提供两次现场培训，每次不超过一天，超出部分按每人天人民币2,800元收费。

4.5 甲方在上线后7日内未书面提出异议的，视为对交付内容无异议。

4.6 乙方逾期交付的，按第九条承担责任，甲方不得以此为由拒绝支付已到期款项。

## 第五条 知识产权

5.1 织链®工艺追溯系统（包括标准版及在本合同项下为甲方定制开发的全部模块、页面、程序及文档）的著作权及其他知识产权均归乙方所有。

5.2 甲方获得本合同软件在其自身经营范围内的非独占、不可转让的使用权，不得对软件进行修改、反向工程、复制或许可第三方使用。

5.3 乙方有权将定制开发成果整合进其标准产品，向其他客户销售。

5.4 甲方违反本条约定的，应向乙方支付合同总价两倍的违约金。

## 第六条 免费维护与后续服务

6.1 乙方提供免费维护期六个月，自系统上线之日起计算。免费维护期内，乙方免费修复软件缺陷并提供远程技术支持。

6.2 故障响应：一级故障（系统无法登录或无法打印标签）乙方在接到报修后8小时内响应，48小时内解决；其他故障在2个工作日内响应。

6.3 乙方未在6.2条约定时间内响应的，每次按人民币200元向甲方支付服务补偿，从后续服务费中抵扣。

6.4 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订年度维护服务协议，年度维护服务费为软件许可费的26%，即每年人民币100,360元，按年预付。维护服务协议一年一签，不自动续期。

6.5 免费维护期不包括：因甲方操作不当、擅自修改配置、计算机病毒或硬件故障引起的问题，以及新增功能需求。

6.6 年度维护服务内容包括：软件缺陷修复、版本小升级（不含新增模块）、远程技术支持和每年一次现场巡检；现场服务的差旅费另计。

## 第七条 数据

7.1 甲方在系统中录入的工艺记录、客户资料、订单和溯源数据归甲方所有。

7.2 乙方按照行业通行做法对系统采取访问控制、数据加密和日志审计措施，并协助甲方每月进行数据备份。发生数据泄露的，乙方应在24小时内通知甲方；因乙方过错造成泄露的，乙方依照本合同第九条承担责任。

7.3 甲方同意，乙方可对甲方数据进行脱敏处理后，用于统计分析、产品研发、行业报告及改进乙方的产品和服务，该等使用不视为违反本合同。

7.4 合同终止后，甲方可在30日内申请导出数据，逾期乙方有权删除。

## 第八条 保密

双方对在合作中知悉的对方技术信息和经营信息承担保密义务，保密期限为合同终止后两年。乙方员工因工作接触甲方工艺配方的，乙方应要求其签署保密承诺。乙方按7.3条使用脱敏数据不受本条限制。

## 第九条 违约责任

9.1 乙方无正当理由逾期交付的，每逾期一日按合同总价的万分之二向甲方支付违约金。

9.2 任何情况下，乙方在本合同项下的累计赔偿责任（包括违约金和损害赔偿）不超过合同总价的25%，且乙方不对甲方的间接损失、利润损失、商誉损失承担责任。

9.3 因甲方提供的资料、图片、素材侵犯第三方权利的，由甲方自行承担责任。

9.4 除本合同明确约定外，乙方不保证软件适用于甲方的特定用途。

## 第十条 合同解除

一方严重违反本合同约定，经守约方书面催告后30日内仍未改正的，守约方有权书面通知解除本合同。甲方因自身原因解除合同的，已付款项不予退还。合同解除后，甲方应停止使用并删除本软件。

## 第十一条 不可抗力

因不可抗力导致合同不能履行的，遭受不可抗力的一方不承担责任，但应及时通知对方。不可抗力包括自然灾害、政府行为、网络运营商故障、大范围电力中断、黑客攻击等不能预见、不能避免并不能克服的客观情况。

## 第十二条 争议解决

本合同适用中华人民共和国法律。因本合同产生的争议，双方友好协商；协商不成的，任何一方均可向乙方所在地人民法院起诉。

## 第十三条 其他

13.1 本合同为乙方标准文本，双方另有约定的，以补充协议为准。

13.2 本合同的附件包括《需求确认单》《报价单》《上线确认单》，与本合同具有同等效力。双方往来通知以本合同载明的联系地址和电子邮箱为准。

13.3 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

甲方（盖章）：                    乙方（盖章）：

签约代表：                        签约代表：
"""

E01 = """T:Software Licence and Services Agreement
P:Agreement No. ADR-CN-2027-014
P:This Software Licence and Services Agreement (the "Agreement") is made between Adriatica Software S.r.l., a company incorporated in Italy with its registered office at Via Nazionale Adriatica Nord, Pescara, Italy (the "Vendor"), and Ningbo Haiyun Cold Chain Logistics Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Ningbo, Zhejiang Province (the "Customer").
P:The Customer operates eleven refrigerated warehouses and a fleet of temperature-controlled trucks and wishes to replace its spreadsheet-based maintenance records with the Vendor's ORMA Asset Maintenance Suite. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the ORMA Asset Maintenance Suite, version 9, in object code, including the mobile technician application, together with its documentation and any updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, report templates, data conversion programs and configuration packages developed by the Vendor specifically for the Customer under Article 3, including their source code and technical documentation.
P:1.3 "Customer Data" means all data entered into, uploaded to or generated by the Software in the course of the Customer's operations, including asset registers, work orders, sensor readings and personal data of the Customer's employees.
P:1.4 "Final Acceptance" means the written confirmation issued by the Customer under Article 5.3.
P:1.5 "Severity 1 Incident" means a failure that makes the Software unavailable to all users at a site, or that prevents work orders for refrigeration equipment from being created or closed.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software on servers located in the Customer's data centre in Ningbo, for up to 260 named users and the Customer's eleven warehouse sites, for the Customer's internal business purposes and those of its wholly owned subsidiaries.
P:2.2 The Customer may make copies of the Software for backup, testing and disaster recovery purposes.
P:2.3 The licence fee is a one-time fee. No annual licence renewal is required to continue using the Software.
H:Article 3 Services
P:3.1 The Vendor shall provide the following services (the "Services"): (a) installation and configuration of the Software; (b) development of interfaces with the Customer's ERP system, its temperature monitoring platform and its fleet telematics system; (c) migration of approximately 38,000 asset records and five years of maintenance history; (d) development of 24 report templates; and (e) training of key users, technicians and administrators.
P:3.2 The Services shall be performed in accordance with the Implementation Plan in Annex 2. The Vendor shall complete installation within 60 days and reach Final Acceptance within 150 days after the Effective Date.
P:3.3 The Vendor shall appoint a project manager with at least eight years of experience in maintenance management systems, who shall not be replaced without the Customer's prior consent except for illness or departure from the Vendor.
P:3.4 The Customer shall provide the server environment, network access, a project coordinator and the availability of its key users as set out in the Implementation Plan.
H:Article 4 Fees and Payment
P:4.1 The total price under this Agreement is CNY 1,900,000 (the "Contract Price"), made up as follows: Licence Fee CNY 1,340,000; implementation and interface services CNY 420,000; data migration CNY 92,000; training CNY 48,000.
P:4.2 The Contract Price is fixed and includes all taxes, travel and living expenses of the Vendor's personnel, and all services under the warranty in Article 6.
P:4.3 The Contract Price shall be paid as follows: (a) 10% (CNY 190,000) within 20 days after the Effective Date against the Vendor's invoice; (b) 55% (CNY 1,045,000) after installation of the Software and completion of data migration, which shall not constitute acceptance; and (c) 35% (CNY 665,000) after Final Acceptance.
P:4.4 Payments shall be made in CNY by bank transfer to the Vendor's account designated in writing.
H:Article 5 Acceptance
P:5.1 After completing the Services, the Vendor shall notify the Customer that the Software is ready for acceptance testing.
P:5.2 Acceptance testing shall verify that: (a) every function in the Functional Specification in Annex 1 operates as described; (b) migrated asset records and maintenance history reconcile with the source data without discrepancy on a sample of 2,000 records chosen by the Customer; (c) each interface exchanges data correctly for ten consecutive working days; (d) the Software supports 200 concurrent users with page response times not exceeding three seconds; and (e) no Severity 1 Incident occurs during a production run of 30 days.
P:5.3 If the tests are passed, the Customer shall issue a written Final Acceptance certificate within ten working days. If any test fails, the Vendor shall correct the defects at its cost and the relevant tests shall be repeated. Use of the Software in production before Final Acceptance shall not be deemed acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will conform to the Functional Specification for a warranty period of eighteen (18) months from Final Acceptance. During the warranty period the Vendor shall correct defects, provide updates and new versions, and provide remote support free of charge.
P:6.2 The Vendor shall respond to a Severity 1 Incident within one (1) hour and restore service or provide a workaround within eight hours. Other incidents shall be answered within one working day.
P:6.3 For each full hour by which the Vendor exceeds the response or restoration times in Article 6.2, the Vendor shall pay the Customer a service credit of CNY 1,000, which the Customer may deduct from any amount due.
P:6.4 After the warranty period, the Vendor shall, if the Customer so requests, provide annual support and updates for a fee of 13% of the Licence Fee per year (CNY 174,200), which shall not be increased for the first three years after the warranty period. Support is ordered year by year by the Customer's purchase order and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Software and all intellectual property in it remain the property of the Vendor or its licensors.
P:7.2 All intellectual property rights in the Custom Deliverables vest in the Customer upon creation. The Vendor shall deliver their source code and documentation, and the Customer may use, modify and license them without restriction. The Vendor retains the right to reuse general know-how that does not contain Customer Data or Confidential Information.
P:7.3 The Vendor shall defend and indemnify the Customer against any claim that the Software or the Custom Deliverables infringe the rights of a third party.
H:Article 8 Customer Data and Data Security
P:8.1 Customer Data belongs to the Customer. The Vendor shall process Customer Data only to perform this Agreement and shall not use it for any other purpose, including in anonymised or aggregated form.
P:8.2 The Vendor shall access the Customer's systems only through the Customer's VPN and bastion host with individual accounts approved for each session, shall not copy Customer Data outside the Customer's systems or transfer it out of the People's Republic of China, and shall comply with the Personal Information Protection Law and the Data Security Law.
P:8.3 The Vendor shall notify the Customer within twelve hours after becoming aware of any security incident affecting Customer Data, shall take all measures needed to contain it, and shall be liable for all losses caused by incidents attributable to the Vendor.
H:Article 9 Confidentiality
P:Each party shall keep confidential all non-public information of the other party received under this Agreement, shall use it only to perform this Agreement and shall not disclose it to third parties without prior written consent. This obligation survives termination for five years.
H:Article 10 Delay Damages
P:10.1 If the Vendor fails to achieve Final Acceptance by the date in Article 3.2 for reasons attributable to it, the Vendor shall pay delay damages of 0.08% of the Contract Price for each day of delay.
P:10.2 Delay damages shall not exceed 8% of the Contract Price in total and shall not prevent the Customer from claiming other remedies.
H:Article 11 Liability
P:11.1 The total liability of each party under this Agreement shall not exceed 150% of the Contract Price.
P:11.2 The limit in Article 11.1 does not apply to personal injury, wilful misconduct, gross negligence, breach of Article 8 or Article 9, or infringement of intellectual property.
H:Article 12 Subcontracting
P:The Vendor shall not subcontract any part of the Services without the Customer's prior written consent.
H:Article 13 Term and Termination
P:13.1 This Agreement enters into force on the date of signature by both parties (the "Effective Date").
P:13.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after receiving notice of it.
H:Article 14 Force Majeure
P:Neither party is liable for failure to perform caused by events beyond its reasonable control, provided that it notifies the other party promptly and uses reasonable efforts to limit the effects.
H:Article 15 Governing Law and Jurisdiction
P:15.1 This Agreement is governed by the laws of the Republic of Italy, excluding its conflict-of-law rules and the United Nations Convention on Contracts for the International Sale of Goods.
P:15.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the exclusive jurisdiction of the Court of Pescara, Italy.
H:Article 16 General
P:16.1 This Agreement, with Annex 1 (Functional Specification) and Annex 2 (Implementation Plan), is the entire agreement of the parties on its subject.
P:16.2 This Agreement is made in English in two originals, one for each party.
P:For the Vendor: ____________________    For the Customer: ____________________
"""

E02 = """# PaperFlow Cloud — Order Form

**Order Form No.** SCS-OF-2027-0088 (the "Order Form")

**Vendor:** Serchio Cloud Solutions S.r.l., Via di Tiglio, Lucca, Italy ("Vendor")

**Customer:** Fujian Minjiang Tissue Paper Co., Ltd., Fuqing, Fujian Province, People's Republic of China ("Customer")

This Order Form consists of Part A (Order Details) and Part B (General Terms). By signing below, the parties agree to both parts. If Part A and Part B conflict, Part A prevails.

## Part A — Order Details

### A1. Subscribed Service

PaperFlow Cloud, Vendor's software-as-a-service platform for production planning, machine-run tracking, quality inspection and warehouse dispatch in tissue and paper mills, Enterprise edition, for the Customer's two paper machines, four converting lines and one finished-goods warehouse in Fuqing. Included: 180 named users, 40 shop-floor tablet licences, the quality module, the dispatch module and the standard REST API.

### A2. Subscription Term

The subscription term is two Subscription Years. Subscription Year 1 begins on the Go-Live Acceptance Date under A5; Subscription Year 2 begins on its first anniversary (together, the "Initial Term").

### A3. Fees

| Item | Description | Amount (CNY) |
|---|---|---|
| Onboarding | Configuration, data migration, two interfaces (SAP and weighbridge system), training, go-live support | 68,000 |
| Subscription Year 1 | PaperFlow Cloud Enterprise, scope as in A1 | 486,000 |
| Subscription Year 2 | PaperFlow Cloud Enterprise, scope as in A1 | 486,000 |
| **Total for the Initial Term** | | **1,040,000** |

All amounts are in Chinese yuan and include VAT. Additional users may be added during the Initial Term at CNY 2,200 per user per Subscription Year, prorated.

### A4. Invoicing and Payment

(a) The Onboarding fee is invoiced after the Go-Live Acceptance Date.

(b) The fee for each Subscription Year is invoiced at the start of that Subscription Year.

(c) Invoices are payable within 30 days of receipt by bank transfer to Vendor's account with its bank branch in Shanghai.

### A5. Onboarding and Go-Live Acceptance

(a) Vendor shall complete onboarding within 70 days after signature of this Order Form.

(b) Go-Live Acceptance requires that: (i) every function listed in the Scope Document runs on the Customer's production data; (ii) migrated open orders, stock and quality records reconcile with the Customer's legacy system; (iii) the SAP and weighbridge interfaces exchange data without error for ten consecutive working days; and (iv) the Customer's key users have completed training. The Customer shall confirm Go-Live Acceptance in writing, or state the failed criteria, within seven working days after Vendor's notice of readiness.

(c) If onboarding is not completed within the period in A5(a) for reasons attributable to Vendor, Vendor shall pay the Customer CNY 800 for each day of delay.

### A6. Service Levels

(a) Availability: PaperFlow Cloud shall be available at least 99.95% of each calendar month, excluding scheduled maintenance announced at least five days in advance and performed between 01:00 and 05:00 China Standard Time.

(b) Support: Priority 1 incidents (service unavailable, or production orders cannot be released) shall be responded to within 30 minutes, 24 hours a day, and worked on continuously until resolved. Priority 2 incidents shall be responded to within two hours during business hours.

(c) Service credits: if monthly availability falls below the level in A6(a), Vendor shall credit 5% of the monthly share of the Subscription Year fee for each started 0.1 percentage point of shortfall, up to 25% of that monthly share. If Vendor misses the Priority 1 response time, it shall credit CNY 1,000 per incident. Credits are set off against the next invoice.

## Part B — General Terms

### 1. Definitions

1.1 "Customer Data" means all data submitted to the Service by or for the Customer, and all outputs generated from it, including production plans, quality records and personal data of the Customer's staff.

1.2 "Service" means the subscribed service in A1, including updates Vendor makes generally available.

1.3 "Deliverables" means the configurations, report templates, label layouts and interface mappings prepared by Vendor specifically for the Customer.

### 2. Use of the Service

2.1 Vendor grants the Customer a non-exclusive, non-transferable right to use the Service during the subscription term for its internal business purposes.

2.2 The Customer is responsible for its users' compliance with these terms and for keeping user credentials confidential.

2.3 The Customer shall not use the Service to store data that it is not entitled to process, attempt to gain unauthorised access to the Service, or resell the Service to third parties. Vendor may suspend a user account that is used in breach of this Section after notifying the Customer and giving it a reasonable opportunity to stop the misuse.

### 3. Customer Data

3.1 Customer Data belongs to the Customer. Vendor shall use Customer Data only to provide the Service to the Customer and shall not use it for any other purpose.

3.2 Vendor shall host the Service and all Customer Data in data centres located in mainland China (Alibaba Cloud, Shanghai and Hangzhou regions), shall not transfer Customer Data outside mainland China, and shall maintain security measures that include encryption in transit and at rest, role-based access, multi-factor authentication for administrators, logging of administrative access and daily backups.

3.3 Vendor shall notify the Customer of any security incident affecting Customer Data within 24 hours of discovery, shall cooperate in investigating and remedying it, and shall be responsible for losses caused by incidents attributable to Vendor or its subcontractors.

3.4 Within 30 days after the end of the subscription term Vendor shall, on request, provide an export of all Customer Data in a standard format, and shall then delete it.

### 4. Intellectual Property

4.1 Vendor owns the Service and all intellectual property in it.

4.2 The Deliverables belong to the Customer, who may use, modify and license them freely, including with a successor service. Vendor shall hand them over in editable form at the end of the subscription term.

### 5. Confidentiality

Each party shall protect the other's confidential information with at least reasonable care, use it only for the purposes of this Order Form, and disclose it only to its employees and advisers who need to know it and are bound by similar obligations. These obligations last for three years after the end of the subscription term.

### 6. Subcontractors

Vendor may engage subcontractors and sub-processors, including its affiliates and hosting providers, to perform any part of the Service. Vendor will inform the Customer of a new subcontractor by updating the list on its customer portal at least 14 days before the subcontractor starts work. Vendor remains responsible for its subcontractors' performance.

### 7. Renewal

7.1 After the Initial Term, the subscription renews automatically for successive renewal terms of one year each, unless either party gives written notice of non-renewal at least 60 days before the end of the current term.

7.2 Vendor may increase the subscription fee for any renewal term by up to 9% over the fee for the preceding Subscription Year by notifying the Customer at least 75 days before the renewal date.

### 8. Warranties

8.1 Vendor warrants that the Service will perform materially in accordance with its documentation and that it will provide the onboarding services with professional skill and care.

8.2 Vendor warrants that the Service, as provided, does not infringe the intellectual property rights of third parties, and shall defend the Customer against any such claim.

8.3 Except as stated in this Section 8, the Service is provided without other warranties, express or implied, to the extent permitted by law.

### 9. Limitation of Liability

9.1 Neither party is liable for indirect or consequential loss, or for loss of profit or revenue.

9.2 Each party's total aggregate liability arising out of or in connection with this Order Form shall not exceed the fees paid or payable by the Customer under this Order Form in the six (6) months immediately preceding the event giving rise to the claim.

9.3 The limits in this Section 9 do not apply to the Customer's payment obligations, or to liability for fraud or for death or personal injury caused by negligence.

### 10. Termination

10.1 Either party may terminate this Order Form by written notice if the other party materially breaches it and does not cure the breach within 30 days after receiving written notice describing it.

10.2 If the Customer terminates under Section 10.1, Vendor shall refund any prepaid fees for the remainder of the subscription term.

### 11. Governing Law and Disputes

This Order Form is governed by the laws of the People's Republic of China. Any dispute that cannot be settled by negotiation shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules in force at the time. The award is final and binding on both parties.

### 12. General

12.1 Neither party may assign this Order Form without the other's written consent, except to a successor of its whole business.

12.2 Notices shall be in writing and sent to the addresses stated above, or by e-mail to the contacts named in the Scope Document.

12.3 Neither party is liable for a delay caused by events beyond its reasonable control, provided that it notifies the other party promptly and resumes performance as soon as possible.

12.4 This Order Form is signed in English in two counterparts.

**Signed for Vendor:** ____________________   **Signed for Customer:** ____________________
"""

E03 = """T:Supply Contract for Condition Monitoring Sensors and Software
P:Contract No. HXSS-EQ-2027-0352
P:Buyer: Jiangsu Huaxin Special Steel Co., Ltd., Changzhou, Jiangsu Province, People's Republic of China (the "Buyer")
P:Supplier: Umbria Sensing S.p.A., Viale Benedetto Brin, Terni, Italy (the "Supplier")
P:This Contract is made on the Buyer's standard terms for equipment and software purchases. The Buyer wishes to monitor the vibration and temperature of the motors, gearboxes and roll bearings of its hot rolling mill and two finishing lines, and the Supplier has offered wireless sensors, edge gateways and its VIGILA condition monitoring software. The parties agree as follows.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways and accessories listed in the Price Table in clause 3.
P:1.2 "Software" means the VIGILA condition monitoring software, including its analytics engine, alarm module and web dashboard, licensed under clause 2.
P:1.3 "Deliverables" means the asset models, alarm rules, dashboards and the interface to the Buyer's maintenance management system configured or developed by the Supplier for the Buyer.
P:1.4 "Buyer Data" means all measurements, alarms, asset data and reports collected or generated by the Equipment and the Software at the Buyer's plant.
P:1.5 "Final Acceptance" means the Buyer's signed certificate under clause 6.3.
H:2. Scope and Licence
P:2.1 The Supplier shall supply the Equipment and the Software, install and commission them at the Buyer's plant in Changzhou, configure the Deliverables and train the Buyer's personnel, so that 400 assets are monitored as specified in the Technical Specification (Annex 1).
P:2.2 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software for up to 400 monitored assets at the Buyer's plant, including installation on the Buyer's servers and use by unlimited named users of the Buyer.
P:2.3 Title to the Equipment passes to the Buyer on delivery; risk passes on Final Acceptance.
H:3. Price
P:3.1 The Contract Price is CNY 1,660,000, fixed and including VAT, delivery to the Buyer's plant, installation, commissioning, training and all services during the warranty period. It is broken down in the following Price Table.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless triaxial vibration and temperature sensors, ATEX-rated|320|2,150|688,000
TB:2|Edge gateways with industrial enclosures and mounting kits|16|18,500|296,000
TB:3|VIGILA software licence, perpetual, 400 assets|1|512,000|512,000
TB:|Hardware and Licence Subtotal|||1,496,000
TB:4|Installation, commissioning and configuration of Deliverables|1 lot|138,000|138,000
TB:5|Training (operators, reliability engineers, administrators)|1 lot|26,000|26,000
TB:|Contract Price|||1,660,000
H:4. Payment
P:4.1 The Buyer shall pay 20% of the Contract Price (CNY 332,000) within 15 working days after signature, against an advance payment bank guarantee of the same amount issued by a bank in mainland China.
P:4.2 The Buyer shall pay 45% of the Contract Price (CNY 747,000) after delivery and installation of all Equipment and installation of the Software. Delivery and installation do not constitute acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 581,000) after Final Acceptance.
P:4.4 Each payment is due within 30 days after receipt of a correct invoice.
H:5. Delivery and Installation
P:5.1 The Supplier shall deliver all Equipment to the Buyer's plant within 75 days after signature and complete installation within 45 days after delivery, in the mill stoppage windows notified by the Buyer.
P:5.2 The Supplier's personnel shall comply with the Buyer's safety rules, including lock-out and permit-to-work procedures, hot-work permits and the wearing of protective equipment.
P:5.3 The Supplier shall remove its packaging and waste from the site at its own cost.
P:5.4 Each delivery shall be accompanied by a packing list, certificates of origin and conformity, explosion-protection certificates for the sensors and the calibration certificates of each sensor batch.
P:5.5 The Supplier shall train ten operators, six reliability engineers and three system administrators at the Buyer's plant. Training shall cover sensor mounting and replacement, gateway configuration, alarm handling, trend analysis and system administration, and shall be supported by Chinese-language manuals. The Buyer may repeat any training session once at no additional cost if the trainees do not pass the Supplier's final test.
H:6. Acceptance
P:6.1 After installation, the Supplier shall carry out site acceptance tests in the presence of the Buyer in accordance with the Acceptance Test Plan (Annex 2).
P:6.2 Final Acceptance requires that: (a) all 320 sensors report data to the Software at the configured intervals; (b) measured vibration values on six reference assets agree with readings from the Buyer's calibrated portable analyser within the tolerance in Annex 1; (c) test alarms generated on each line reach the dashboard and the maintenance management system within ten seconds; (d) the Deliverables have been demonstrated and handed over; and (e) the system runs for 30 consecutive days without a Severity 1 incident.
P:6.3 When the criteria are met, the Buyer shall sign the Final Acceptance certificate within seven working days. Use of the system in production before that date is not acceptance. Failed tests shall be repeated at the Supplier's cost after correction.
H:7. Warranty and Service Levels
P:7.1 The Supplier warrants the Equipment and the Software for twenty-four (24) months from Final Acceptance. During the warranty period the Supplier shall repair or replace defective Equipment, correct Software defects and provide updates free of charge.
P:7.2 The Supplier shall operate a support desk with Chinese-speaking engineers. Incidents are classified as follows.
TB:Severity|Description|Response time|Restoration time
TB:Severity 1|Software or a gateway down, or monitoring of a whole line lost|30 minutes|8 hours
TB:Severity 2|Loss of data from individual sensors or a single function|2 hours|2 working days
TB:Severity 3|Minor defects and questions|1 working day|Next update
P:7.3 For each hour by which the Supplier exceeds a Severity 1 response or restoration time, the Supplier shall pay the Buyer CNY 1,000, and for each hour for Severity 2, CNY 300. The Buyer may deduct these amounts from any payment due.
P:7.4 After the warranty period, the Supplier shall provide annual support, including sensor replacement at cost of parts, Software updates and remote assistance, at a fee of 8% of the Hardware and Licence Subtotal per year (CNY 119,680). This fee is fixed for the first three years after the warranty period. Support is ordered year by year and does not renew automatically.
P:7.5 The Supplier shall keep spare parts available for at least eight years after Final Acceptance.
H:8. Intellectual Property
P:8.1 Intellectual property in the Software remains with the Supplier.
P:8.2 Intellectual property in the Deliverables belongs to the Buyer. The Supplier shall hand over the configuration files and the source code of the interface, and the Buyer may use, modify and license them freely.
P:8.3 The Supplier shall indemnify the Buyer against third-party claims that the Equipment or Software infringe intellectual property rights.
H:9. Buyer Data and Data Security
P:9.1 Buyer Data belongs to the Buyer. The Supplier shall use Buyer Data only to perform this Contract and shall not use it for any other purpose, including in anonymised or aggregated form.
P:9.2 Remote access by the Supplier requires the Buyer's approval for each session and takes place through the Buyer's VPN and bastion host, with all sessions recorded. The Supplier shall not copy Buyer Data outside the Buyer's network and shall not connect the Equipment to any external cloud.
P:9.3 The Supplier shall report any security incident affecting the system or Buyer Data within two hours, take immediate steps to contain it and bear all losses caused by incidents attributable to it.
H:10. Confidentiality
P:Each party shall keep confidential the technical and commercial information of the other party obtained under this Contract, including the Buyer's production data and plant layout, and shall not disclose it to any third party without prior written consent. This obligation continues for five years after the end of the warranty period.
H:11. Delay and Liability
P:11.1 If the Supplier fails to deliver, install or achieve Final Acceptance by the dates in this Contract for reasons attributable to it, it shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:11.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct, and breach of clauses 9 and 10, which are not limited.
H:12. Subcontracting
P:The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier remains responsible for any approved subcontractor.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after notice, or if delay damages reach their maximum.
P:13.2 On termination, the Supplier shall refund payments for Equipment or services not accepted and remove any Equipment the Buyer rejects.
H:14. Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Shanghai Arbitration Commission for arbitration in Shanghai.
H:15. General
P:15.1 Annex 1 (Technical Specification) and Annex 2 (Acceptance Test Plan) form part of this Contract. In case of conflict, these terms prevail.
P:15.2 This Contract is signed in English and Chinese; both versions are equally authentic.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# Managed IT Infrastructure Services Agreement

**Agreement No.** CDS-MS-2027-117

**Provider:** Casentino Digital Services S.r.l., Via Fiorentina, Arezzo, Italy, acting through its service centre in Shenzhen ("Provider")

**Customer:** Shenzhen Jinhui Jewellery Manufacturing Co., Ltd., Longgang District, Shenzhen, People's Republic of China ("Customer")

**Background.** The Customer designs and manufactures gold and silver jewellery in Shenzhen and sells it through wholesale partners and its own online shops. It wishes to outsource the operation of its servers, network, end-user devices and backup to the Provider for thirty-six months. The parties agree as follows.

## Section 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Levels" means the levels set out in Schedule 2, and "Service Credits" the credits calculated under Schedule 2.

1.3 "Charges" means the charges in Schedule 3, and "Total Contract Value" means the total of the Charges for the Term as shown in Schedule 3.

1.4 "Customer Data" means all data of the Customer or its customers, employees and partners that the Provider accesses, stores or processes in providing the Services, including design files, order data and personal information.

1.5 "Service Commencement Date" means the date on which the Customer confirms Transition Acceptance under Section 3.3.

## Section 2. Term

2.1 This Agreement starts on signature. The Services shall be provided for thirty-six (36) months from the Service Commencement Date (the "Term").

2.2 The Agreement ends when the Term expires. Any extension requires a written amendment signed by both parties; there is no automatic renewal.

## Section 3. Transition

3.1 The Provider shall take over the Services from the Customer's internal IT team in accordance with the Transition Plan agreed at signature, including an inventory of all assets, documentation of configurations, a review of backup jobs, installation of monitoring agents and knowledge transfer sessions.

3.2 The Provider shall use reasonable efforts to complete transition within eight weeks after signature. If transition is delayed, the parties shall meet and agree a revised Transition Plan in good faith.

3.3 Transition Acceptance requires that: (a) all assets listed in the inventory are monitored by the Provider's tools; (b) a full restore test of the ERP database and the design file server has succeeded; (c) the service desk has handled live tickets for ten working days; and (d) run books for every in-scope system have been delivered and reviewed by the Customer. The Customer shall confirm Transition Acceptance in writing, or state the failed criteria, within five working days after the Provider's notice.

## Section 4. Services and Service Levels

4.1 The Provider shall provide the Services in Schedule 1 from the Service Commencement Date, meet or exceed the Service Levels in Schedule 2, and report performance monthly.

4.2 If a Service Level is missed, the Provider shall credit the Service Credits set out in Schedule 2 against the next invoice and shall present a root-cause analysis and corrective action plan within ten working days.

4.3 The Provider shall staff the service desk with Mandarin- and Cantonese-speaking engineers and keep at least two engineers on site at the Customer's Longgang plant during working hours.

4.4 Changes to the scope of the Services shall be requested through the change procedure in the Transition Plan. The Provider shall give a written impact assessment, including any change to the Charges, within five working days, and no change takes effect until both parties have signed it.

## Section 5. Charges and Payment

5.1 The Customer shall pay the Charges in Schedule 3. The Transition Charge is invoiced after Transition Acceptance. The Monthly Service Charge is invoiced monthly in arrears from the Service Commencement Date.

5.2 Invoices are payable within 30 days after receipt. The Charges are fixed for the Term, except for additional devices or servers added at the unit rates in Schedule 3.

## Section 6. Customer Data and Security

6.1 Customer Data belongs to the Customer. The Provider shall process Customer Data only to provide the Services and on the Customer's instructions, and shall not use it for any other purpose.

6.2 The Provider shall keep Customer Data within mainland China, use named accounts with multi-factor authentication, record all privileged sessions, encrypt backups, and follow the Customer's information security policy and the requirements of the Personal Information Protection Law and the Data Security Law.

6.3 The Provider shall notify the Customer of any security incident affecting Customer Data or in-scope systems within two hours of detection, contain it, and cooperate with any investigation. The Provider is liable for losses caused by incidents attributable to it or its personnel.

6.4 At the end of the Term the Provider shall return all Customer Data and credentials and securely delete any copies, and confirm this in writing.

## Section 7. Confidentiality

Each party shall keep confidential the other's non-public information, in particular the Customer's designs, prices, customer lists and security settings, and shall use it only to perform this Agreement. This Section survives for five years after the Agreement ends.

## Section 8. Intellectual Property

8.1 Run books, scripts, configuration documentation and reports prepared by the Provider for the Customer belong to the Customer, which may use and modify them freely and hand them to any successor provider.

8.2 The Provider's monitoring and ticketing tools remain the Provider's property and are used under this Agreement for the Term only.

## Section 9. Liability

9.1 Neither party is liable for indirect or consequential losses.

9.2 Each party's total liability under this Agreement is limited to 150% of the Total Contract Value. This limit does not apply to breaches of Section 6 or Section 7, to wilful misconduct or to personal injury.

## Section 10. Personnel and Subcontracting

10.1 The Provider shall vet its personnel assigned to the Customer and replace any person whom the Customer reasonably objects to.

10.2 The Provider shall not subcontract any part of the Services without the Customer's prior written consent, and remains responsible for approved subcontractors.

## Section 11. Termination and Exit

11.1 The Customer may terminate this Agreement by written notice if the Provider commits a material breach and fails to remedy it within 30 days after notice, or if the Provider misses the availability Service Level in three consecutive months.

11.2 On expiry or termination, the Provider shall provide exit assistance for up to three months at the rates in Schedule 3, including handover of run books and knowledge transfer to the Customer or its new provider.

## Section 12. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen.

## Section 13. General

13.1 Neither party may assign this Agreement without the prior written consent of the other.

13.2 Neither party is liable for failure to perform caused by events beyond its reasonable control, provided that it informs the other party promptly and resumes performance as soon as possible. Business continuity measures in Schedule 1 remain applicable.

13.3 This Agreement, with its Schedules, is the entire agreement of the parties on its subject and is signed in English in two originals.

## Schedule 1 — Services

| Service | Scope | Hours |
|---|---|---|
| Service desk | Single point of contact for 420 users, by phone, WeChat and portal | 24 × 7 |
| Server and storage operations | 38 virtual servers, 6 physical hosts, ERP database, design file server; patching, capacity and performance monitoring | 24 × 7 monitoring |
| Network operations | Core and access switches, Wi-Fi, firewalls and VPN at the Longgang plant and the Luohu showroom | 24 × 7 monitoring |
| End-user support | Desktops, laptops, CAD workstations and printers; on-site support at the plant | Mon–Sat 08:00–20:00 |
| Backup and recovery | Daily backups, monthly restore tests, off-site copy in the Customer's Guangzhou office | 24 × 7 |
| Reporting | Monthly service report and quarterly service review | Monthly |

## Schedule 2 — Service Levels and Service Credits

| Measure | Service Level | Service Credit |
|---|---|---|
| Availability of ERP, design file server and core network, per month | 99.5% | 5% of the Monthly Service Charge for each 0.1 point below the level, up to 20% |
| Priority 1 incident response (site-wide outage, ERP down) | 20 minutes | CNY 2,000 per incident responded to late |
| Priority 1 incident restoration | 6 hours | CNY 1,000 per started hour beyond the level |
| Priority 2 incident response | 1 hour | CNY 500 per incident responded to late |
| Successful monthly restore test | Every month | CNY 3,000 per missed test |

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition Charge | One-time, after Transition Acceptance | 114,000 |
| Monthly Service Charge | CNY 68,500 per month × 36 months | 2,466,000 |
| **Total Contract Value** | | **2,580,000** |
| Additional server | Per server per month | 1,100 |
| Additional end-user device | Per device per month | 85 |
| Exit assistance | Per engineer day | 2,600 |

**Signed for the Provider:** ____________________   **Signed for the Customer:** ____________________
"""

E05 = """DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. VDS-SUB-2027-0042

BETWEEN

Valnerina Data Services S.r.l., Viale Trento e Trieste, Spoleto, Italy ("Provider"); and

Shandong Lvyuan Agricultural Technology Co., Ltd., High-tech Zone, Weifang, Shandong Province, People's Republic of China ("Customer").

BACKGROUND

The Provider compiles agrometeorological observations, satellite-derived vegetation indices, soil moisture estimates and crop phenology models, and makes them available through an application programming interface. The Customer operates a crop advisory application used by cooperatives and family farms in northern China and wishes to subscribe to the Provider's data and API for two Subscription Years. The parties agree as follows.

1. DEFINITIONS

1.1 "API" means the Provider's AgroSense REST API version 4 and its documentation.

1.2 "Provider Data" means the datasets, indices, forecasts and model outputs made available through the API, as described in Schedule A.

1.3 "Customer Data" means all data the Customer or its end users submit to the API, including field boundaries, crop types, sowing dates, field observations and query parameters, and the query logs relating to them.

1.4 "Activation Date" means the date on which the Customer confirms Integration Acceptance under clause 4.3.

1.5 "Subscription Year" means each period of one year starting on the Activation Date or on its anniversary.

2. SUBSCRIPTION

2.1 The Provider grants the Customer, during the Subscription Term, a non-exclusive, non-transferable right to access the API, to use Provider Data in the Customer's crop advisory application and internal analytics, and to display Provider Data and results derived from it to the Customer's end users.

2.2 The subscription includes up to 20 million API calls per Subscription Year, coverage of Shandong, Henan, Hebei, Jiangsu and Anhui provinces at the resolutions stated in Schedule A, daily forecast updates and historical data from 2010 onwards.

2.3 The Customer shall not resell Provider Data as a dataset or make it available to third parties other than end users of its application.

3. SUBSCRIPTION TERM

3.1 The Subscription Term consists of two Subscription Years starting on the Activation Date.

3.2 The subscription ends at the end of the second Subscription Year. It may be renewed only by written agreement of both parties, on terms to be agreed at that time.

4. SET-UP AND INTEGRATION

4.1 Within 30 days after signature the Provider shall provision the Customer's production and test environments, issue API keys, configure the regional coverage in Schedule A, and support the Customer's developers in integrating the API into its application.

4.2 If the Provider fails to provision the production environment within the period in clause 4.1 for reasons attributable to it, the Provider shall pay the Customer CNY 700 for each day of delay.

4.3 Integration Acceptance requires that: (a) all endpoints listed in Schedule A return data for the full coverage area; (b) a sample of 500 locations chosen by the Customer returns complete daily series without gaps; (c) median API latency measured from the Customer's servers in Beijing does not exceed 300 milliseconds over seven consecutive days; and (d) the Customer's application has run against the production environment for seven days without a Priority 1 incident. The Customer shall confirm Integration Acceptance in writing, or list the failed criteria, within five working days after the Provider's notice.

5. FEES AND PAYMENT

5.1 The fees are as follows:

   Set-up and integration fee (one time)          CNY 36,000
   Subscription fee, Subscription Year 1          CNY 418,000
   Subscription fee, Subscription Year 2          CNY 418,000
   Total for the Subscription Term                CNY 872,000

5.2 The set-up and integration fee is invoiced after Integration Acceptance. The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year.

5.3 API calls above the annual volume in clause 2.2 are charged at CNY 0.01 per call and invoiced quarterly in arrears.

5.4 Invoices are payable within 30 days after receipt. All amounts include VAT. The fees are fixed for the Subscription Term.

6. SERVICE LEVELS

6.1 The API shall be available at least 99.95% of each calendar month, measured at the Provider's API gateway and excluding scheduled maintenance announced at least three days in advance.

6.2 The Provider shall operate a technical support desk in Chinese and English, reachable by e-mail, telephone and ticket portal, and shall name a technical account manager for the Customer. The Provider shall respond to Priority 1 incidents (API unavailable, or forecasts not updated for more than 36 hours) within one hour at any time, and to Priority 2 incidents within one business day.

6.3 If monthly availability falls below the level in clause 6.1, the Provider shall credit 10% of the monthly share of the subscription fee for each started 0.1 percentage point of shortfall, up to half of that monthly share. A late response to a Priority 1 incident earns a credit of CNY 800. Credits are deducted from the next invoice or, at the end of the Subscription Term, paid to the Customer.

7. CUSTOMER DATA

7.1 As between the parties, Customer Data belongs to the Customer.

7.2 The Customer grants the Provider a perpetual, royalty-free licence to use Customer Data, in aggregated and anonymised form, to calibrate and improve the Provider's crop models, to develop new data products and to publish regional statistics, during and after the Subscription Term.

7.3 Except under clause 7.2, the Provider shall use Customer Data only to provide the API to the Customer.

8. DATA SECURITY

8.1 The Provider shall serve the Customer from servers located in mainland China operated by its hosting partner in Hangzhou and shall store Customer Data only there.

8.2 The Provider shall protect Customer Data with encryption in transit and at rest, access limited to named staff with multi-factor authentication, logging of all access, vulnerability scanning and annual penetration testing.

8.3 The Provider shall notify the Customer of any security incident affecting Customer Data within 24 hours after becoming aware of it, take all reasonable steps to contain it, and be liable for losses caused by incidents attributable to the Provider.

9. INTELLECTUAL PROPERTY

9.1 The Provider retains all rights in the API and in Provider Data.

9.2 Results that the Customer derives from Provider Data by combining it with its own data or models, and the Customer's application, belong to the Customer. Any integration code, adapters or data mappings that the Provider writes specifically for the Customer during set-up belong to the Customer, which may use and modify them freely.

9.3 The Provider shall defend the Customer against claims that the API or Provider Data, used in accordance with this Agreement, infringe the rights of a third party.

10. WARRANTIES

10.1 The Provider warrants that Provider Data is compiled with professional care from the sources described in Schedule A, and that the API will perform materially in accordance with its documentation.

10.2 The Customer acknowledges that forecasts and model outputs are estimates and that agronomic decisions remain the responsibility of the Customer and its end users.

11. LIABILITY

11.1 Neither party is liable for indirect or consequential loss.

11.2 Each party's total liability under this Agreement is limited to 150% of the total fees for the Subscription Term stated in clause 5.1. The limit does not apply to breach of clause 8, wilful misconduct or personal injury.

12. SUBCONTRACTING

The Provider shall not subcontract the operation of the API or the processing of Customer Data to any third party other than the hosting partner named in clause 8.1 without the Customer's prior written consent.

13. TERMINATION

13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after notice.

13.2 If the Customer terminates under clause 13.1, the Provider shall refund the subscription fee for the unused part of the Subscription Year.

13.3 Within 30 days after the end of the Subscription Term, the Provider shall return Customer Data to the Customer in a standard format on request.

14. GOVERNING LAW AND DISPUTES

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Hangzhou Arbitration Commission for arbitration in Hangzhou.

15. GENERAL

15.1 Neither party may assign this Agreement without the other's written consent.

15.2 Neither party is liable for delay caused by events beyond its reasonable control, provided that it notifies the other party promptly.

15.3 Schedule A (Data and Coverage) forms part of this Agreement. This Agreement is signed in English in two originals.

SCHEDULE A - DATA AND COVERAGE

   Endpoint            Content                                       Resolution / update
   /weather/observed   Station and gridded observations             3 km grid, hourly
   /weather/forecast   Ten-day forecasts of temperature, rain, wind  3 km grid, daily
   /vegetation         NDVI and EVI from Sentinel-2 and Landsat      10 m, every five days
   /soil/moisture      Root-zone soil moisture estimates             1 km grid, daily
   /phenology          Growth stage models for wheat, maize, peanut  Per field, daily

Sources: national and provincial meteorological station networks licensed to the Provider, Copernicus and Landsat satellite imagery, and the Provider's own calibration trials. Coverage: the five provinces named in clause 2.2.

SIGNED for the Provider: ____________________      SIGNED for the Customer: ____________________
"""


# ---------------------------------------------------------------- files, labels and checks
TARGETS = {
    "Z01": ("h933z01_gas_cylinder_safety_platform", "pdf", "zh", "software"),
    "Z02": ("h933z02_alarm_clock_line_control_retrofit", "docx", "zh", "hardware"),
    "Z03": ("h933z03_night_run_booking_membership_saas", "txt", "zh", "cloud"),
    "Z04": ("h933z04_soil_groundwater_monitoring_om_service", "txt", "zh", "services"),
    "Z05": ("h933z05_xiangyunsha_process_tracking_supplier_template", "md", "zh", "software"),
    "E01": ("h933e01_cmms_perpetual_licence_pescara_vendor", "pdf", "en", "software"),
    "E02": ("h933e02_paper_mill_saas_order_form_lucca_vendor", "md", "en", "cloud"),
    "E03": ("h933e03_rolling_mill_condition_monitoring_sensors", "docx", "en", "hardware"),
    "E04": ("h933e04_jewellery_maker_managed_it_services", "md", "en", "services"),
    "E05": ("h933e05_agro_weather_data_api_subscription", "txt", "en", "cloud"),
}
SOURCES = {"Z01": Z01, "Z02": Z02, "Z03": Z03, "Z04": Z04, "Z05": Z05,
           "E01": E01, "E02": E02, "E03": E03, "E04": E04, "E05": E05}

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"
# terms in KEYS order; extra: sla_clause, ld_stated, post_warranty_fee_capped (goods only), deemed, contract_value
T = {
    "Z01": [99.5, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 9, False, False, False, None, G],
    "Z02": [None, None, False, "buyer", True, True, True, 0.1, None, 20, True, True, 24, 7, False, True, True, "PRC", G],
    "Z03": [99.95, 0.5, False, "buyer", False, True, True, 0.1, None, None, True, None, None, None, True, True, False,
            "PRC", S],
    "Z04": [99.95, 0.5, True, "buyer", True, True, True, 0.1, None, None, True, None, None, None, False, True, False,
            "PRC", S],
    "Z05": [None, 8, True, "supplier", True, False, True, 0.02, 25, 65, False, False, 6, 26, False, True, None, "PRC", G],
    "E01": [None, 1, True, "buyer", True, True, True, 0.08, 150, 10, True, True, 18, 13, False, True, False, "Italy", G],
    "E02": [99.95, 0.5, True, "buyer", True, True, True, 800 / 1040000 * 100, 6 / 24 * 100, None, True, None, None,
            None, True, True, True, "PRC", S],
    "E03": [None, 0.5, True, "buyer", True, True, True, 0.1, 200, 20, True, True, 24, 8, False, True, False, "PRC", G],
    "E04": [99.5, 20 / 60, True, "buyer", True, True, True, None, 150, None, True, None, None, None, False, True, False,
            "PRC", S],
    "E05": [99.95, 1, True, "buyer", True, False, False, 700 / 872000 * 100, 150, None, True, None, None, None, False,
            True, False, "PRC", S],
}
X = {  # sla_clause, ld_stated, capped, deemed, contract_value
    "Z01": (True, True, True, False, 2110000), "Z02": (False, True, True, False, 1630000),
    "Z03": (True, True, None, False, 800000), "Z04": (True, True, None, False, 606000),
    "Z05": (True, True, True, True, 540000), "E01": (True, True, True, False, 1900000),
    "E02": (True, True, None, False, 1040000), "E03": (True, True, True, False, 1660000),
    "E04": (True, False, None, False, 2580000), "E05": (True, True, None, False, 872000),
}
# TCO inputs for goods_or_licence: fee base (itemised licence / hardware subtotal), warranty months, fee pct
TCO = {"Z01": 1260000, "Z02": 1420000, "Z05": 386000, "E01": 1340000, "E03": 1496000}
DESIGN = {
    "Z01": ["CR-SLA-AVAILABILITY", "CR-TERMINATION"],
    "Z02": ["CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-SUBCONTRACT"],
    "Z03": ["CR-AUTO-RENEWAL", "CR-DATA-SECURITY", "CR-SLA-NO-REMEDY"],
    "Z04": [],
    "Z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
            "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
    "E01": ["CR-GOVERNING-LAW"],
    "E02": ["CR-AUTO-RENEWAL", "CR-LIABILITY-CAP", "CR-SUBCONTRACT"],
    "E03": [],
    "E04": ["CR-LD-MISSING", "CR-SLA-AVAILABILITY"],
    "E05": ["CR-CONFIDENTIALITY", "CR-DATA-OWNERSHIP"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
# policy thresholds (defaults of the shipped pack, policy §3)
TH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
      "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
TCO_SHARE_TH, HORIZON = 40, 5


def tco_share(k, t):
    if k not in TCO or t["post_warranty_fee_pct"] is None:
        return None
    value = X[k][4]
    post_years = max(0.0, HORIZON - t["warranty_months"] / 12)
    fees = TCO[k] * t["post_warranty_fee_pct"] / 100 * post_years
    return fees / (value + fees) * 100


def derive(k, t, x):
    """My reading of policy §3 and its section on where rules apply."""
    sla, ld_stated, capped, deemed, value = x
    r = set()
    if not sla:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < TH["availability_pct"]:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > TH["p1_response_hours"]:
        r.add("CR-SLA-RESPONSE")
    if sla and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not ld_stated:
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < TH["ld_rate_per_day_pct"]:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < TH["liability_cap_pct"]:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > TH["prepayment_pct"]:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < TH["warranty_months"]:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not capped or t["post_warranty_fee_pct"] > TH["post_warranty_fee_pct"]:
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(k, t)
        if share is not None and capped and share > TCO_SHARE_TH:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] is not None and t["governing_law"] != "PRC":
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    return "high" if HIGH & set(rules) else ("medium" if set(rules) - LOW else ("low" if rules else "low"))


# ---------------------------------------------------------------- threshold-figure scan
PCT = r"\s*(?:%|％|per\s*cent(?!age)|percent(?!age))"
FORBIDDEN = [
    r"99\.90*(?!\d)", r"(?<![\d.])4\s*(?:个)?(?:小时|hours?\b|hrs?\b|h\b)", r"四个?小时", r"four[\s-]*hours?",
    r"(?<![\d.])0?\.050*" + PCT, r"万分之五(?![十0-9])", r"千分之零点五",
    r"(?<![\d.])100(?:\.0+)?" + PCT, r"百分之(?:一)?百",
    r"(?<![\d.])30(?:\.0+)?" + PCT, r"百分之三十(?![一二三四五六七八九])",
    r"(?<![\d.])15(?:\.0+)?" + PCT, r"百分之十五",
    r"(?<![\d.])40(?:\.0+)?" + PCT, r"百分之四十(?![一二三四五六七八九])",
    r"(?<![\d.])12\s*(?:个月|months?\b|-month)", r"十二个月", r"twelve[\s-]*months?",
]
FRX = re.compile("|".join("(?:%s)" % p for p in FORBIDDEN), re.I)
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 小时", "4 hours", "4hours", "四小时", "four hours", "0.05%", "0.05 per cent",
            "万分之五", "100%", "100 %", "百分之百", "30%", "30 percent", "百分之三十", "15%", "15 %", "百分之十五", "40%",
            "百分之四十", "12个月", "12 months", "12months", "12-month", "十二个月", "twelve months", "Twelve-month"]
MUST_MISS = ["99.95%", "99.5%", "24小时", "24 hours", "24hours", "14 hours", "0.5%", "0.1 percentage point",
             "万分之五十", "万分之八", "2027年12月31日", "130%", "115%", "150%", "140%", "200%", "300%", "30 days", "30日",
             "15 days", "15个工作日", "40 days", "24 months", "36 months", "二十四个月", "1 hour", "0.08%", "120个月",
             "百分之三十五", "45%", "35%", "65%"]


def scan_selftest():
    for s in MUST_HIT:
        assert FRX.search(s), ("must hit", s)
    for s in MUST_MISS:
        assert not FRX.search(s), ("must miss", s, FRX.search(s))


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def price_checks():
    assert 1260000 + 740000 + 86000 + 24000 == 2110000 and 422000 + 949500 + 738500 == 2110000
    assert 408000 + 268800 + 312000 + 146200 + 285000 == 1420000 and 1420000 + 196000 + 14000 == 1630000
    assert 6 * 68000 == 408000 and 48 * 5600 == 268800 and 6 * 52000 == 312000
    assert 326000 + 733500 + 570500 == 1630000 and round(1420000 * 0.07) == 99400
    assert 35 * 9600 == 336000 and 2 * 336000 + 128000 == 800000
    assert 218000 + 264000 + 86000 + 38000 == 606000 and 4 * 151500 == 606000
    assert 386000 + 118000 + 36000 == 540000 and 351000 + 189000 == 540000 and round(386000 * 0.26) == 100360
    assert 1340000 + 420000 + 92000 + 48000 == 1900000 and 190000 + 1045000 + 665000 == 1900000
    assert round(1340000 * 0.13) == 174200
    assert 68000 + 2 * 486000 == 1040000
    assert 320 * 2150 == 688000 and 16 * 18500 == 296000 and 688000 + 296000 + 512000 == 1496000
    assert 1496000 + 138000 + 26000 == 1660000 and 332000 + 747000 + 581000 == 1660000
    assert round(1496000 * 0.08) == 119680
    assert 36 * 68500 == 2466000 and 2466000 + 114000 == 2580000
    assert 36000 + 2 * 418000 == 872000


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    scan_selftest()
    price_checks()
    for k, (stem, ext, lang, cat) in TARGETS.items():
        if ext in ("txt", "md"):
            (OUT / (stem + "." + ext)).write_text(SOURCES[k], encoding="utf-8")
            print("wrote", stem + "." + ext)
    write({k: SOURCES[k] for k, v in TARGETS.items() if v[1] in ("docx", "pdf")},
          {k: (v[0] + "." + v[1], v[1]) for k, v in TARGETS.items() if v[1] in ("docx", "pdf")}, OUT, wrap_words=True)
    covered = set()
    for k, (stem, ext, lang, cat) in TARGETS.items():
        name = stem + "." + ext
        text = read_back(OUT / name)
        if lang == "zh":
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (name, n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (name, n)
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            m = FRX.search(variant)
            assert not m, (name, m.group(0), variant[max(0, m.start() - 40):m.end() + 40])
        t = dict(zip(KEYS, T[k]))
        sla, ld_stated, capped, deemed, value = X[k]
        for key, th in TH.items():
            assert t[key] is None or abs(t[key] - th) > 1e-9, (name, key)
        share = tco_share(k, t)
        if share is not None:
            assert abs(share - TCO_SHARE_TH) > 2, (name, share)
        rules = derive(k, t, X[k])
        assert rules == sorted(DESIGN[k]), (name, rules, DESIGN[k])
        covered |= set(rules)
        extra = {"sla_clause": sla, "ld_stated": ld_stated}
        if t["contract_kind"] == G:
            extra["post_warranty_fee_capped"] = capped
        else:
            assert t["warranty_months"] is None and t["post_warranty_fee_pct"] is None
        extra["acceptance_deemed_on_delivery"] = deemed
        extra["contract_value"] = value
        label = {"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": extra,
                 "expected_rules": rules}
        (OUT / (stem + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1), encoding="utf-8")
        print("%-62s %5d %-6s %s %s" % (name, n, risk(rules), "" if share is None else "TCO %.2f%%" % share,
                                        ", ".join(r[3:] for r in rules) or "(none)"))
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    assert sum(1 for k in DESIGN if not DESIGN[k]) == 2
    print("all checks passed; rules covered:", len(covered))


if __name__ == "__main__":
    main()
