"""holdout591: builds the ten held-out draft contracts from the sources below, writes their .json labels and asserts
the brief's checks (lengths as read back, no threshold figure in any text or label value, rules derived from the labels
by my own reading of policy §3 equal to the design list, all 20 CR rules covered).
Run: /work/main/.venv/bin/python -B make_files.py (in this folder). .docx / .pdf via ../word_pdf.py."""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# key -> (file name, format, source: markup for docx/pdf, the file text for txt/md)
SOURCES = {}

SOURCES['z01'] = ('h591z01_forestry_fire_monitoring_platform.pdf', 'pdf', r'''T:森林防火智能监测预警平台采购合同
P:合同编号：LYJ-ZFCG-2025-037    采购方式：公开招标（政府采购）
P:甲方（采购人）：滨江市林业局
P:乙方（供应商）：浙江青岚数智科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，甲乙双方经协商一致，就滨江市森林防火智能监测预警平台（以下简称“平台”）的软件许可及定制开发事项订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供森林防火监测预警平台软件永久使用许可（不限用户数，部署于甲方政务云），并完成以下定制开发：火点智能识别模型与全市86座高位视频监测塔的接入；护林员巡护移动端（巡护轨迹、隐患上报、打卡签到）；火情指挥调度“一张图”（扑火队伍、物资库、水源点、防火隔离带图层）；与省级森林防火监管平台及气象部门火险等级数据的接口。
P:1.2 乙方负责部署实施、数据初始化、联调测试及培训，具体功能与性能要求以招标文件第三章技术需求及附件1《功能清单》为准。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰玖拾柒万元整（¥1,970,000），包括：平台软件许可费¥1,180,000；定制开发费¥624,000；部署实施费¥138,000；培训费¥28,000。
P:2.2 上述价款为固定总价，已包含税费、差旅、第三方组件授权及质保期内全部服务费用，甲方不再另行支付其他费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额发票后15个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台通过初步验收后15个工作日内，甲方支付合同总价的45%。
P:3.3 平台通过最终验收后15个工作日内，甲方支付合同总价的35%。
P:3.4 资金按财政国库集中支付程序拨付，因财政审批导致的合理延迟不视为甲方违约。
H:第四条 交付与实施
P:4.1 乙方应于合同签订后90日内完成部署及联调，并书面申请初步验收。
P:4.2 乙方应指派一名项目经理常驻实施现场，未经甲方同意不得更换。
P:4.3 甲方负责提供政务云资源、网络接入、监测塔视频流地址及所需基础地理数据，并协调各区县林业站配合现场调试；因甲方原因导致工期延误的，工期相应顺延。
P:4.4 乙方应对甲方指定的系统管理员、指挥中心值班人员及护林员分三批开展培训，培训内容包括平台操作、报警处置流程、移动端使用及日常维护，培训教材及操作视频交甲方留存。
P:4.5 乙方应随平台一并交付：安装部署手册、系统管理员手册、用户操作手册、接口说明书、数据字典、模型训练说明、测试报告及应急预案。上述文档应为中文，纸质版一式三份并附电子版，其内容应与实际交付的平台版本一致。
P:4.6 乙方在实施期间应遵守甲方及林区的安全管理规定，进入林区作业须服从当地护林防火要求，严禁携带火种，由此发生的人身或财产损失由乙方自行负责。
H:第五条 验收
P:5.1 初步验收标准：功能清单所列功能全部实现；火点识别模型在甲方提供的测试视频集上的识别准确率不低于92%、误报率不高于每塔每日3次；86座监测塔全部在线，报警信息推送至指挥调度端不超过10秒；与省级平台接口数据连续7日对账一致。
P:5.2 初步验收后平台进入试运行，试运行期为60日。试运行期间未发生一级故障、累计二级故障不超过3次的，甲方组织最终验收，最终验收须通过第三方软件测评机构出具的功能、性能及安全测试报告。
P:5.3 平台的部署、上线、试运行或甲方的使用及付款，均不视为验收合格。验收不合格的，乙方应在15日内整改并重新提请验收，费用由乙方承担。
H:第六条 质量保证与售后服务
P:6.1 质保期为三年，自最终验收合格之日起算。质保期内乙方免费提供软件缺陷修复、版本升级、模型优化及现场技术支持。
P:6.2 故障分级与响应：一级故障（平台整体不可用或火情报警无法推送）30分钟内响应，2小时内到达现场；二级故障（部分功能或部分监测塔不可用）1小时内响应，8小时内修复；三级故障2个工作日内解决。防火紧要期（每年11月至次年4月）乙方安排专人7×24小时值守。
P:6.3 乙方响应或到场超时的，每超时1小时向甲方支付¥800；同一季度内一级故障超过2次的，另行支付¥5,000。上述款项甲方可从应付款项中直接扣除。
P:6.4 质保期满后，如甲方续购维护服务，年度维护费不超过平台软件许可费的9%（即每年不超过¥106,200），且质保期满后三个维护年度内不上调；维护合同由双方另行签订，不自动续期。
H:第七条 数据安全
P:7.1 平台采集、生成和存储的全部数据（视频图像、火点报警记录、巡护轨迹、地理信息等）归甲方所有。乙方仅可为履行本合同使用，不得用于其他任何目的，不得向第三方提供。
P:7.2 乙方应落实网络安全等级保护要求，运维须经甲方堡垒机进行，禁止将数据拷贝出甲方政务云；涉及地理信息数据的，应遵守测绘地理信息管理规定。
P:7.3 发生或可能发生数据泄露、篡改、丢失的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成数据安全事件的，乙方承担全部责任并赔偿甲方全部损失。
H:第八条 保密
P:8.1 乙方对履约中知悉的甲方工作秘密、林区布防信息、监测点位及其他非公开信息负有保密义务，未经甲方书面同意不得披露。乙方应与参与本项目的全部人员签订保密承诺书。本条在合同终止后继续有效。
H:第九条 知识产权
P:9.1 平台软件著作权仍归乙方，甲方取得永久、不可撤销的使用许可。
P:9.2 为本项目定制开发的程序、模型参数、接口、文档及源代码的知识产权归甲方所有，乙方应在最终验收时移交全部源代码及技术文档，甲方可自行或委托第三方修改和使用。
P:9.3 乙方保证所提供的软件不侵犯第三方知识产权，否则由乙方承担全部责任。
H:第十条 违约责任
P:10.1 乙方逾期完成部署或逾期提请验收的，每逾期一日按合同总价的万分之八向甲方支付违约金；逾期超过60日的，甲方有权解除合同。
P:10.2 乙方交付的平台不符合合同约定的，应负责整改、更换，并赔偿由此给甲方造成的损失。
H:第十一条 分包与转包
P:11.1 本项目不允许分包，乙方不得将合同全部或部分转包给第三方。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面催告后15日内仍未改正的，甲方有权解除合同，并要求乙方赔偿损失。
P:12.2 因不可抗力致使合同目的无法实现的，双方均可解除合同。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。诉讼期间，除争议事项外，双方应继续履行本合同其他条款。
H:第十四条 不可抗力
P:14.1 因地震、洪水、重大森林火灾等不可抗力致使一方不能履约的，该方应及时通知对方并在15日内提供证明，在不可抗力影响范围内免责，但迟延履行后发生不可抗力的除外。
H:第十五条 其他
P:15.1 招标文件、投标文件、中标通知书及附件均为本合同组成部分。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：滨江市林业局          乙方（盖章）：浙江青岚数智科技有限公司
P:签订日期：2025年  月  日
''')

SOURCES['z02'] = ('h591z02_glassworks_annealing_lehr_control_retrofit.docx', 'docx', r'''T:浮法玻璃退火窑控制系统改造及维保合同
P:合同编号：JHBL-SB-2025-0612
P:甲方（买方）：沙河市晶华玻璃有限公司
P:乙方（卖方）：河北恒拓自动化工程有限公司
P:甲方二线浮法玻璃生产线退火窑原控制系统已运行十余年，设备老化、备件停产。为保证生产稳定，甲方决定对退火窑控制系统实施整体改造，并将改造后的维保服务一并委托乙方。双方依据《中华人民共和国民法典》，经友好协商，订立本合同。
H:第一条 合同标的
P:1.1 乙方负责退火窑A、B、C、D、F各区温度控制系统及辊道传动系统的改造，包括设备供货、控制软件许可、编程组态、安装调试、与甲方熔窑DCS及切装系统的通讯对接，以及质保期内和质保期满后的维保服务。
P:1.2 改造须在甲方计划冷修窗口期内实施，原则上不得影响热端生产；确需短时停辊的，乙方应提前72小时提交方案并经甲方生产部书面确认。
H:第二条 合同价格
P:2.1 合同总价为人民币壹佰伍拾壹万元整（¥1,510,000），明细如下：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含冗余CPU及I/O模块）|3套|162,000|486,000
TB:2|温度、压力及辊速检测仪表|1批|212,000|212,000
TB:3|辊道变频调速装置|29台|6,000|174,000
TB:4|上位机操作站及工程师站|4台|24,000|96,000
TB:5|退火窑控制软件许可（含窑温优化模块）|1套|258,000|258,000
TB:软硬件小计||||1,226,000
TB:6|安装调试（含旧系统拆除）|1项|148,000|148,000
TB:7|编程组态与系统联调|1项|116,000|116,000
TB:8|操作及维护培训|1项|20,000|20,000
TB:合同总价||||1,510,000
P:2.2 合同总价含设备、软件、运输、保险、安装、调试、培训及增值税，为固定价格。
H:第三条 付款
P:3.1 合同生效后10个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 全部设备到货并经甲方签收后，甲方支付合同总价的35%。到货签收仅确认数量和外观，不代表质量验收。
P:3.3 系统通过终验后，甲方支付合同总价的35%。
P:3.4 余款10%作为质量保证金，质保期满且无未决质量问题后一次付清。
H:第四条 交货与安装
P:4.1 乙方应于合同生效后60日内将全部设备运至甲方厂区指定地点，并于到货后45日内完成安装和冷态调试。
P:4.2 热态投运时间由甲方根据生产计划确定，乙方应派不少于4名工程师驻厂配合投运，投运期间实行两班倒值守，直至终验完成。
P:4.3 甲方负责提供施工所需的电源、压缩空气、临时存放场地及现场安全交底，并安排工艺人员配合调试；因甲方原因造成工期延误的，交货及安装期限相应顺延。
P:4.4 乙方现场人员应遵守甲方安全生产、动火作业及高温区域作业管理制度，进入热端作业须办理作业票。乙方对其人员的人身安全自行负责，因乙方违章作业造成甲方设备损坏或停产的，乙方应予赔偿。
P:4.5 乙方应随设备提供装箱单、合格证、出厂检验报告、电气原理图、接线图、程序备份及中文操作维护手册各三份，并为甲方操作工、仪表工和电气工分别开展培训，培训合格人数不少于20人。
H:第五条 验收
P:5.1 终验标准：各区窑温控制精度在设定值±1.5℃以内；辊道速度波动不超过0.2%；系统连续72小时稳定运行无停机；与熔窑DCS、切装系统数据交互正常；报警及联锁功能逐项测试合格；产品退火应力检测符合甲方工艺标准。
P:5.2 热态投运后连续运行30日且满足5.1全部标准的，甲方出具终验报告。设备的安装、投运或甲方使用均不视为验收合格。
P:5.3 终验不合格的，乙方应在10日内整改并重新组织验收；两次终验仍不合格的，甲方有权要求更换设备并由乙方承担费用。
H:第六条 质保与维保
P:6.1 质保期为二十四个月，自终验合格之日起计算。质保期内设备、软件出现非甲方原因造成的故障，乙方免费维修或更换，更换下的旧件由乙方负责回收处理。
P:6.2 故障分级：一级故障指导致辊道停转、窑温失控或存在停窑风险的故障，乙方须在30分钟内远程响应，3小时内到达现场；二级故障指单区控制异常但不影响连续生产的故障，2小时内响应，12小时内处理完毕；三级故障48小时内处理。
P:6.3 乙方超过上述时限的，每超时1小时向甲方支付违约金¥1,000，同一故障累计不超过¥20,000。
P:6.4 质保期满后，乙方继续提供维保服务，年度维保费为软硬件小计的7%，即每年¥85,820，质保期满后三个维保年度内不调整。维保内容包括每季度巡检、软件补丁、备件优先供应及上述6.2的故障响应。
P:6.5 乙方承诺自终验之日起八年内保证本合同所供设备及软件的备件和升级供应；主要备件停产前，乙方应提前六个月书面通知甲方并提供替代方案，替代方案不得增加甲方费用。
H:第七条 数据与网络安全
P:7.1 控制系统采集的工艺参数、生产数据及运行日志归甲方所有，乙方不得复制、留存或用于本合同以外的目的。
P:7.2 乙方应按工业控制系统信息安全防护要求部署，远程维护须经甲方审批并通过甲方指定的安全接入设备进行，每次维护结束后立即断开。
P:7.3 因乙方原因发生数据泄露、篡改或病毒侵入控制系统的，乙方应在2小时内报告甲方，负责恢复系统并赔偿甲方由此遭受的全部损失。
H:第八条 保密
P:8.1 乙方对甲方的工艺参数、配方、产能及经营信息负有保密义务，不得向任何第三方披露，保密义务不因合同终止而解除。
H:第九条 知识产权
P:9.1 控制软件许可的著作权归原权利人，甲方取得永久使用权。
P:9.2 乙方为本项目编写的PLC程序、组态画面及源程序的知识产权归甲方所有，乙方应在终验时移交，甲方可自行修改和使用。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
P:10.2 甲方逾期付款的，每逾期一日按逾期金额的万分之三向乙方支付违约金。
P:10.3 乙方提供的设备不符合合同约定的，应负责更换并承担由此产生的全部费用。
H:第十一条 分包
P:11.1 乙方如需将旧系统拆除、桥架敷设等辅助工作交由第三方完成，须事先取得甲方书面同意，并对分包部分向甲方承担责任。
H:第十二条 合同变更与解除
P:12.1 本合同生效后，任何一方不得擅自变更或解除合同。确需变更或解除的，应由双方协商一致，签订书面补充协议。
P:12.2 因不可抗力影响履约的，受影响一方应及时通知对方，并在15日内提供有关机构出具的证明，在不可抗力消除后继续履行，履行期限相应顺延。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，提交邢台仲裁委员会仲裁。
H:第十四条 其他
P:14.1 本合同一式四份，双方各执二份，自双方签字盖章之日起生效。附件《技术协议》《设备清单》与本合同具有同等效力。
P:甲方（盖章）：沙河市晶华玻璃有限公司     乙方（盖章）：河北恒拓自动化工程有限公司
''')

SOURCES['z03'] = ('h591z03_bookstore_chain_membership_saas.txt', 'txt', r'''连锁书店会员管理系统（SaaS）订阅及实施服务合同

合同编号：XS-IT-2025-019
甲方：湖南新知书局连锁有限公司
乙方：杭州云阅信息技术有限公司

甲方在湖南省内经营45家连锁门店。为统一会员体系、打通门店收银与线上商城，甲方向乙方订阅“云阅会员通”SaaS服务并委托乙方实施。双方根据《中华人民共和国民法典》等法律法规，经协商一致，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方为甲方45家门店及总部开通会员管理、积分与储值、电子会员卡、营销活动、会员画像报表等功能模块，账号数量不限。
2. 服务期为两个服务年度，第一个服务年度自系统上线验收合格之日起算，每个服务年度届满日为起算日在次年对应日的前一日。
（二）实施服务
1. 将甲方现有约38万名会员的历史数据（会员档案、积分余额、储值余额、消费记录）迁移至乙方系统，迁移前后余额逐条核对一致。
2. 完成与甲方45家门店POS收银系统、微信小程序商城及财务系统的接口对接。
3. 为甲方门店店长、收银员及总部运营人员提供培训，其中门店培训采用线上直播与区域集中培训相结合的方式，总部运营人员培训不少于3天，并提供操作视频及常见问题手册。
4. 服务期内，乙方提供7×24小时客服热线及在线工单支持，并为甲方配备专属客户成功经理，每月回访一次。

二、费用及支付
（一）费用构成
1. 订阅费：每店每服务年度¥6,800，45家门店每服务年度合计¥306,000，两个服务年度共计¥612,000。
2. 实施费（一次性）：¥138,000，含数据迁移、接口对接及培训。
3. 本合同总价为人民币柒拾伍万元整（¥750,000）。
（二）支付方式
1. 实施费在系统上线验收合格后15个工作日内一次性支付。
2. 各服务年度订阅费在该服务年度开始后15个工作日内支付。
3. 乙方应在每次收款前开具合法有效的增值税专用发票。

（三）甲方义务
1. 甲方应指定项目联系人，按乙方实施计划提供历史会员数据导出文件、POS系统接口文档及测试门店。
2. 甲方负责协调POS系统原厂商、小程序开发商配合接口联调，因第三方原因导致延误的，双方协商调整实施计划。
3. 甲方应妥善保管管理员账号及密码，因甲方人员泄露账号导致的损失由甲方自行承担。

三、上线验收
（一）乙方应在合同签订后60日内完成实施并提请上线验收。
（二）验收标准：
1. 历史会员数据迁移完整，积分和储值余额抽样核对无差异，全量汇总金额一致；
2. 45家门店POS收银与会员积分实时同步，单笔交易积分到账不超过5秒；
3. 小程序商城会员信息、优惠券核销与门店互通；
4. 连续7日营业期间无一级故障。
（三）甲方应在收到验收申请后5个工作日内组织验收，出具书面验收单。系统开通或门店试用不视为验收合格。

四、服务水平
（一）乙方保证系统月度可用率不低于99.5%。可用率=（当月总分钟数-不可用分钟数）/当月总分钟数，计划内维护须提前48小时通知且安排在凌晨2点至6点之间，不计入不可用时间。
（二）故障响应：一级故障（全部门店无法使用会员功能或储值支付）15分钟内响应、2小时内恢复；二级故障（单店或单一功能异常）1小时内响应、8小时内恢复；一般问题1个工作日内答复。
（三）服务补偿：当月可用率低于承诺值的，乙方按当月订阅费（按服务年度订阅费的十二分之一计算）的5%给予服务抵扣；低于98%的，抵扣10%；一级故障恢复超时的，每超时1小时另行抵扣¥500。抵扣从下一期订阅费中扣除。

五、数据安全与数据使用
（一）甲方会员数据、交易数据及经营数据的所有权归甲方。
（二）乙方应将甲方数据存储于中国境内，采取加密存储、传输加密、访问权限控制和操作日志审计等措施，并每日备份，备份保留不少于30日；乙方应按《个人信息保护法》要求处理会员个人信息。
（三）发生数据泄露、丢失或被非法访问的，乙方应在2小时内通知甲方并采取补救措施，因乙方原因造成的损失由乙方全额赔偿，包括甲方因此承担的行政罚款及对会员的赔偿。
（四）甲方同意，乙方可对甲方会员数据及交易数据进行去标识化处理后，用于行业消费趋势分析、算法模型训练及乙方产品改进，该等分析结果归乙方所有，本款在合同终止后继续有效。
（五）乙方应每年委托具备资质的机构对平台开展一次等级保护测评或安全评估，并向甲方提供测评结论摘要。
（六）合同终止后30日内，乙方应按甲方要求以通用格式返还全部数据，并在甲方确认后删除。

六、保密
双方对在合作中知悉的对方商业秘密、价格及经营信息负有保密义务，未经对方书面同意不得披露，保密期限至相关信息公开之日止。

七、知识产权
（一）“云阅会员通”平台及其标准功能的知识产权归乙方。
（二）乙方为甲方定制开发的接口程序、报表模板及其文档的知识产权归甲方，甲方可自行修改或交由第三方使用。

八、违约责任
（一）乙方未按期提请上线验收的，每逾期一日按合同总价的千分之一向甲方支付违约金。
（二）乙方违反第五条数据安全或数据使用约定的，除赔偿甲方损失外，甲方有权要求乙方立即停止违约行为。
（三）甲方逾期支付费用的，每逾期一日按应付未付金额的万分之三向乙方支付违约金。

九、续期
服务期届满前30日，任何一方未书面提出不续期的，本合同自动续展一个服务年度，并可依此类推。续展年度订阅费由乙方根据其届时价目表调整，乙方应在续展前以电子邮件通知甲方新的价格。

十、分包
乙方不得将实施服务分包给第三方，确需分包的须事先取得甲方书面同意。

十一、合同解除
任何一方严重违反本合同，经守约方书面通知后15日内未纠正的，守约方有权解除本合同，并要求违约方赔偿损失。乙方连续两个月可用率低于承诺值的，甲方可解除合同并要求退还已付未使用期间的订阅费。合同解除或终止的，乙方应按第五条第（六）款返还并删除数据，并配合甲方完成向新系统的平稳迁移。

十二、争议解决
本合同适用中华人民共和国法律。争议协商不成的，任何一方可向长沙市岳麓区人民法院提起诉讼。

十三、不可抗力
因地震、洪水、疫情防控措施、大范围电信网络中断等不可抗力导致不能履行的，受影响一方应在3日内通知对方，并在不可抗力影响范围内免责。不可抗力持续超过30日的，双方协商是否继续履行。

十四、其他
（一）双方指定的联系人及电子邮箱为本合同项下通知的有效送达地址，一方变更的应提前5日书面通知对方。
（二）乙方应在服务期内每季度向甲方提交服务报告，内容包括可用率统计、故障处理情况、会员数据增长情况及优化建议。
（三）服务期内乙方对平台进行版本升级的，不得降低本合同约定的功能和服务水平，涉及门店操作变化的，应提前7日通知甲方并提供操作说明。
（四）本合同一式两份，双方各执一份，自双方签字盖章之日起生效。合同附件《功能清单》《接口说明》《实施计划》与本合同具有同等效力。

甲方（盖章）：湖南新知书局连锁有限公司
乙方（盖章）：杭州云阅信息技术有限公司
日期：2025年  月  日
''')

SOURCES['z04'] = ('h591z04_social_security_card_system_om_service.txt', 'txt', r'''社会保障卡服务系统2025—2026年度运维服务合同

项目编号：RSJ-CS-2025-08（竞争性磋商）
甲方：临州市人力资源和社会保障局
乙方：江苏数联智信息技术服务有限公司

根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目竞争性磋商文件、乙方响应文件和成交通知书，甲乙双方就临州市社会保障卡服务系统运维服务订立本合同。

第一条 服务范围
（一）运维对象：社会保障卡服务系统，包括制卡管理、即时制卡、挂失补换、电子社保卡签发、社保卡金融账户激活联动、卡面信息变更等业务子系统；前置机、数据库服务器、应用服务器、即时制卡终端（全市共计63台）以及与省级社保卡平台、合作银行的接口。
（二）服务内容：日常监控与巡检；故障处理与应急响应；数据库维护与备份恢复演练；系统补丁与安全加固；接口变更配合；业务高峰保障；运维文档维护及年度运维报告。
（三）服务地点：甲方信息中心机房、市社保卡服务中心及各区县即时制卡网点。
（四）服务期限：自2025年7月1日起至2026年6月30日止。服务期满本合同自然终止，下一服务期由甲方依法另行组织采购，乙方应在新服务商确定后配合完成交接。

第二条 服务方式与人员
（一）乙方派驻3名驻场工程师（含1名数据库工程师），工作日8:30至17:30在甲方信息中心驻场，节假日及夜间安排电话值守。
（二）乙方另设二线专家团队，对驻场人员无法解决的问题提供远程及现场支持。
（三）驻场人员须具有相关专业资格，名单须报甲方备案；更换驻场人员须提前10个工作日书面告知甲方并完成工作交接。

（四）驻场人员应遵守甲方考勤、保密及机房管理制度，着装整洁、文明服务，不得以任何理由拒绝或推诿甲方工作人员提出的运维需求。

第三条 服务水平
（一）故障分级：一级故障指全市制卡、挂失或电子社保卡签发业务中断，或与省级平台接口中断；二级故障指单个子系统或部分网点业务异常；三级故障指不影响业务办理的一般问题。
（二）响应时限：一级故障15分钟内响应、1小时内到达现场、3小时内恢复业务；二级故障30分钟内响应、8小时内解决；三级故障2个工作日内解决。
（三）每月第一个工作日前提交上月运维月报，每季度开展一次全面巡检和一次数据备份恢复演练。
（四）社保待遇集中发放、学生参保等业务高峰期间，乙方应增派人员现场保障。
（五）乙方应尽最大努力按上述时限响应和解决故障，并在故障处理完毕后24小时内提交故障报告，说明故障原因、处理过程及防范措施。

（六）乙方应在服务交接完成后20日内，结合本系统实际及甲方现有应急管理制度编制应急预案，覆盖数据库故障、制卡中心断电、省级平台接口中断、勒索病毒等场景，经甲方审定后执行，并于服务期内组织至少两次应急演练。

第四条 服务交接
乙方应于2025年7月10日前完成与原运维单位的交接，包括账号权限、运维文档、备份介质及遗留问题清单，全面接手运维工作。交接期间发生的故障，由乙方会同原运维单位共同处理，不得相互推诿。

第五条 甲方义务
（一）甲方为驻场人员提供办公场所、网络接入及必要的办公设备。
（二）甲方指定信息中心一名工作人员作为联系人，负责审批运维操作、协调合作银行及省级平台。
（三）甲方应及时向乙方提供系统变更、业务政策调整等与运维相关的信息。

第六条 服务费用及支付
（一）本合同总价为人民币捌拾陆万捌仟元整（¥868,000），包括驻场人员费用、二线支持、备品备件周转、工具及差旅等全部费用。
（二）服务费按季度支付，每季度¥217,000。每季度结束且季度考核完成后15个工作日内，甲方根据考核结果支付该季度服务费。本合同不设预付款。

第七条 考核与验收
（一）季度考核由甲方信息中心组织，考核内容包括故障响应及解决时效、巡检和演练完成情况、月报及文档质量、业务部门满意度，考核结果书面通知乙方。乙方对考核结果有异议的，可在收到通知后5个工作日内提出书面说明，甲方应予复核。
（二）服务期满前，乙方提交年度运维报告及完整运维文档，甲方对照本合同第一条至第三条逐项组织服务验收，出具验收意见。
（三）季度考核及年度验收结果作为甲方后续采购时评价供应商履约情况的参考。

第八条 数据安全
（一）系统中的参保人员个人信息、制卡数据、金融账户关联信息等全部数据归甲方所有，乙方仅可在履行运维职责所必需的范围内访问，不得复制、留存、查询与运维无关的数据或向任何第三方提供。
（二）乙方运维人员须签署个人信息保护承诺书，所有操作通过甲方堡垒机进行并全程审计；禁止使用个人移动存储介质；远程运维须经甲方逐次审批。
（三）乙方应遵守《网络安全法》《数据安全法》《个人信息保护法》及等级保护三级相关要求。发生数据泄露、篡改、丢失等安全事件的，乙方应在1小时内报告甲方并配合处置；因乙方原因导致安全事件的，乙方承担全部法律责任并赔偿甲方全部损失。

第九条 保密
乙方及其人员对在服务中接触的甲方工作秘密、系统架构、账号口令及其他非公开信息负有保密义务，不得泄露。保密义务在合同终止后继续有效。

第十条 知识产权
乙方在服务中为甲方编写的运维脚本、监控配置、运维文档及报告，其知识产权归甲方所有，甲方可自行使用、修改或提供给后续运维单位使用。乙方保证其使用的运维工具不侵犯第三方知识产权。

第十一条 分包
乙方可将即时制卡终端的硬件维修、机房巡检等辅助性工作分包给具备相应能力的单位，但应提前5个工作日书面告知甲方分包单位名称及工作内容。乙方对分包工作向甲方承担全部责任。

第十二条 违约责任
（一）乙方未按第四条约定完成服务交接的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）服务期满或合同解除时，乙方应在10个工作日内向甲方或甲方指定的单位完成运维交接，移交全部账号权限、文档、脚本及备份介质，并在交接期内继续保障系统正常运行。
（三）乙方违反第八条、第九条约定的，应赔偿甲方因此遭受的全部损失。
（四）甲方无正当理由逾期支付服务费的，应按逾期金额每日万分之三向乙方支付违约金。

第十三条 合同解除
乙方严重违约，经甲方书面催告后10日内未改正的，甲方有权解除本合同，并按实际服务期间结算费用。

第十四条 不可抗力
因不可抗力致使一方不能履行合同的，受影响一方应及时通知对方，并在15日内提供证明，根据不可抗力的影响部分或全部免除责任。

第十五条 法律适用与争议解决
本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，依法向临州市仲裁委员会申请仲裁。

第十六条 其他
本合同一式五份，甲方三份，乙方二份，自双方签字盖章之日起生效。磋商文件、响应文件及成交通知书为本合同组成部分，其内容与本合同不一致的，以本合同为准。本合同未尽事宜，双方可另行签订补充协议，补充协议与本合同具有同等效力。

甲方（盖章）：临州市人力资源和社会保障局
乙方（盖章）：江苏数联智信息技术服务有限公司
签订日期：2025年6月  日
''')

SOURCES['z05'] = ('h591z05_braised_duck_mes_supplier_template.md', 'md', r'''# 智造云MES系统软件许可及实施合同

**（味链科技标准合同文本 WL-MES-2024版）**

合同编号：WL-2025-HZ-0331

甲方：杭州鲜卤坊食品有限公司

乙方：宁波味链智能科技有限公司

鉴于甲方拟建设酱鸭、卤味生产车间的制造执行系统（MES），乙方为食品行业MES软件的开发商，已为多家肉制品及卤味企业提供系统，双方经协商，按照乙方标准合同文本订立本合同，以资共同遵守。

## 第一条 定义

1.1 “软件”指乙方拥有著作权的“智造云MES”食品行业版，包括生产计划、卤制工艺管理、称重配料、批次追溯、质量检验、仓储及冷链管理模块。

1.2 “定制开发”指乙方根据甲方需求对软件进行的功能扩展，包括电子秤与配料称重对接、冷库及冷链车辆温控数据采集、产品追溯码赋码与查询页面。

1.3 “实施服务”指软件的安装部署、基础数据初始化、流程配置及操作培训。

1.4 “上线运行”指软件在甲方服务器完成安装部署，甲方用户可登录并录入生产数据。

1.5 “关键用户”指甲方指定的生产、质量、仓储及财务部门业务骨干，负责需求确认、测试及内部推广。

## 第二条 合同价款

2.1 本合同总价为人民币玖拾陆万元整（¥960,000），明细如下：

|序号|项目|金额（元）|
|---|---|---|
|1|智造云MES软件许可（食品行业版，并发用户60个）|720,000|
|2|定制开发（称重对接、冷链温控采集、追溯码）|186,000|
|3|实施服务（部署、初始化、培训）|54,000|
||合计|960,000|

2.2 上述价款含增值税。甲方如需增加用户数、模块或超出附件需求范围的开发，费用另计。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方支付合同总价的65%，即¥624,000。乙方收到该款项后安排项目经理进场启动项目。

3.2 系统安装部署完成并上线运行后5个工作日内，甲方支付合同总价的35%，即¥336,000。

3.3 甲方逾期付款的，每逾期一日，按应付未付金额的千分之一向乙方支付违约金；逾期超过15日的，乙方有权暂停实施及技术支持服务。

## 第四条 实施

4.1 乙方在收到第3.1条款项后开始实施，预计实施周期为75个工作日。实施计划由乙方制定，甲方应予配合。

4.2 甲方应按乙方要求自行采购并提供车间网络、服务器、电子秤及冷库温控设备的接口条件，并安排关键用户全程参与需求调研、流程配置和上线测试。因甲方原因延误的，实施周期相应顺延。

4.3 因食品生产季节性原因或甲方生产安排需要暂停实施的，暂停期间不计入实施周期，恢复实施时乙方根据人员安排重新确定进场时间。

4.4 乙方为甲方提供两次集中培训，每次不超过2天，培训对象为关键用户及系统管理员。超出部分的培训按乙方标准人天价格另行收费。

4.5 甲方应在乙方提交需求说明书后5个工作日内确认；逾期未确认的，视为甲方已确认。需求确认后甲方提出变更的，乙方有权调整实施计划并另行收取费用。

## 第五条 验收

5.1 软件安装部署完成并上线运行后，即视为甲方验收合格。

5.2 甲方在上线后对系统功能提出的意见，乙方将在后续版本中统筹考虑，但不影响本合同项下验收结论及付款义务。

## 第六条 维护服务

6.1 自系统安装部署完成之日起六个月为免费维护期。免费维护期内，乙方为甲方提供远程技术支持及软件缺陷修复。

6.2 甲方在使用中遇到问题的，可通过乙方客服电话或工单系统反馈，乙方收到反馈后将尽快安排技术人员处理，具体处理时间视问题复杂程度及乙方人员安排确定。

6.3 免费维护期满后，甲方应与乙方签订年度维护合同，年度维护费按软件许可费的24%计取，即每年¥172,800，维护内容包括远程支持、缺陷修复及版本升级。未签订维护合同的，乙方不再提供任何技术支持及版本升级。

6.4 因甲方自行修改系统配置、硬件故障、网络故障或不当操作导致的问题，不属于维护范围，乙方可按标准人天价格另行收费。乙方派员现场服务的，甲方另行承担差旅及食宿费用。

6.5 乙方发布软件新版本的，免费维护期内或已签订年度维护合同的甲方可申请升级，升级实施涉及现场服务的，按乙方标准人天价格收费。

## 第七条 知识产权

7.1 软件的著作权及相关知识产权归乙方所有，甲方在合同约定的用户数范围内取得非独占、不可转让的使用权。

7.2 乙方为甲方定制开发的功能模块、接口程序、报表及相关源代码、文档，其知识产权均归乙方所有。甲方仅可在本合同约定的用户数及使用场所范围内使用，不得自行或委托第三方修改、反编译或向第三方提供。

7.3 乙方有权将定制开发成果纳入其标准产品，向其他客户提供，且无需向甲方支付任何费用。

## 第八条 数据安全

8.1 甲方在系统中录入和产生的生产数据、配方工艺、质量检验及追溯数据归甲方所有，乙方不得用于本合同以外的目的。

8.2 乙方在实施和维护中接触甲方数据的，应采取访问权限控制、操作留痕等安全措施；远程维护须经甲方同意并在甲方人员监督下进行，不得拷贝甲方数据。

8.3 因乙方原因导致甲方数据泄露、丢失或被篡改的，乙方应立即通知甲方并采取补救措施，并承担由此给甲方造成的损失。

## 第九条 保密

9.1 双方对在合同履行过程中知悉的对方商业秘密及技术信息负有保密义务，未经对方书面同意不得向第三方披露。甲方不得向第三方披露乙方软件的技术资料、价格及合同条款。

9.2 保密义务自本合同签订之日起至合同终止后三年内有效。一方违反保密义务的，应赔偿对方由此遭受的直接损失。

## 第十条 责任

10.1 乙方保证所交付的软件不侵犯第三方的知识产权。

10.2 乙方不对甲方的间接损失、利润损失、停产损失、产品召回或食品安全事故承担责任，亦不对甲方因使用系统输出结果作出的生产决策承担责任。

10.3 甲方不得以实施进度、功能调整为由拒付或迟付合同款项。

## 第十一条 合同解除

11.1 一方严重违反本合同，经对方书面催告后30日内仍未纠正的，守约方有权解除本合同。

11.2 合同解除的，甲方已支付的款项不予退还，但乙方根本违约的除外。合同解除后，甲方应停止使用软件并删除全部安装副本，乙方可协助甲方以通用格式导出其业务数据。

## 第十二条 不可抗力

因不可抗力、网络运营商故障、政府行为或动物疫情等原因导致一方不能履行或迟延履行的，该方不承担责任，但应及时通知对方。

## 第十三条 争议解决

因本合同引起的争议，双方协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十四条 其他

14.1 本合同附件包括《需求说明书》《实施计划》。附件与本合同不一致的，以本合同为准。双方此前就本项目达成的口头或书面约定，与本合同不一致的，均以本合同为准。

14.2 本合同一式两份，双方各执一份，自双方盖章之日起生效，传真件及扫描件具有同等效力。

甲方（盖章）：杭州鲜卤坊食品有限公司　乙方（盖章）：宁波味链智能科技有限公司

日期：____年__月__日
''')

SOURCES['e01'] = ('h591e01_porto_wms_perpetual_licence_services.pdf', 'pdf', r'''T:Software Licence and Services Agreement
P:Agreement No. DL-CN-2025-014
P:This Software Licence and Services Agreement (the "Agreement") is made between Ningbo Haiyue Cold Chain Logistics Co., Ltd., a company organised under the laws of the People's Republic of China with its registered office in Beilun District, Ningbo (the "Customer"), and Douro Logic Software, S.A., a company organised under the laws of Portugal with its registered office at Rua de Santa Catarina, Porto, Portugal (the "Vendor").
P:The Customer operates temperature-controlled warehouses in Ningbo and Shaoxing and wishes to replace its legacy warehouse system. The Vendor develops and licenses the DouroWMS warehouse management software. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the DouroWMS Enterprise edition in object code, including the cold-chain, yard management and labour management modules listed in Annex 1, together with updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, reports, label templates, configurations and any other work product created by the Vendor specifically for the Customer under this Agreement, including their source code and documentation.
P:1.3 "Services" means the implementation, interface development, data migration and training services described in Annex 2.
P:1.4 "Provisional Acceptance" and "Final Acceptance" have the meanings given in Article 5.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software for its internal business at its warehouses in the People's Republic of China, for up to 260 named users and 90 handheld terminals.
P:2.2 The Customer may make copies of the Software reasonably required for backup, testing and disaster recovery. The Customer's affiliates may use the Software within the licensed quantities.
P:2.3 The Customer shall not reverse engineer the Software except to the extent permitted by applicable law.
H:Article 3 Price
P:3.1 The total price of this Agreement is CNY 1,986,000, inclusive of applicable taxes, made up as follows: Software licence fee CNY 1,260,000; implementation services CNY 486,000; interface development CNY 214,000; training CNY 26,000.
P:3.2 The price is fixed. The Vendor shall bear its own travel and living expenses for work in Ningbo and Shaoxing.
H:Article 4 Payment
P:4.1 The Customer shall pay 10% of the total price within 30 days after signature of this Agreement against the Vendor's invoice.
P:4.2 The Customer shall pay 55% of the total price within 30 days after Provisional Acceptance.
P:4.3 The Customer shall pay the remaining 35% of the total price within 30 days after Final Acceptance.
P:4.4 All payments shall be made in CNY by bank transfer to the account of the Vendor's appointed onshore payment agent named in Annex 4. Each party bears its own bank charges.
H:Article 5 Delivery, Implementation and Acceptance
P:5.1 The Vendor shall make the Software available for installation within 20 days after signature and shall complete configuration, interface development and data migration in accordance with the project plan in Annex 2, with a target date for Provisional Acceptance of 150 days after signature.
P:5.2 Provisional Acceptance requires that: (a) all functions listed in Annex 1 pass the agreed test scripts; (b) the interfaces with the Customer's ERP, transport management system and temperature monitoring platform exchange data without error for 10 consecutive working days; (c) inventory migrated from the legacy system reconciles to the last unit and pallet position; and (d) the system processes 2,000 order lines per hour with average screen response below 2 seconds.
P:5.3 After Provisional Acceptance the Software shall run in live operation at both warehouses for 60 days. If no Severity 1 defect occurs during that period and all open Severity 2 defects are closed, the Customer shall issue the Final Acceptance certificate.
P:5.4 Installation, go-live, use of the Software in production or any payment shall not be regarded as acceptance. If a test fails, the Vendor shall remedy the defect at its own cost and repeat the test.
P:5.5 The Customer shall provide servers, network access, test data and key users in time, and any delay caused by the Customer extends the Vendor's dates accordingly.
P:5.6 The Vendor shall appoint a project manager who speaks Mandarin and shall keep the key consultants named in Annex 2 on the project until Final Acceptance, unless the Customer agrees to a replacement of equal experience. Training shall be delivered on site in Ningbo for key users, supervisors and system administrators, with training materials in Chinese that the Customer may copy for internal use.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform substantially in accordance with their documentation for 24 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall provide corrections, updates, new releases and remote and on-site support free of charge.
P:6.2 Severity 1 means that outbound or inbound warehouse operations at a site are stopped or temperature alerts are not processed. The Vendor shall respond to a Severity 1 incident within 1 hour, 24 hours a day, and shall provide a workaround within 6 hours. Severity 2 incidents shall be responded to within 2 hours during business hours; Severity 3 within 2 business days.
P:6.3 For every full hour by which the Vendor exceeds the Severity 1 response or workaround time, the Customer may deduct CNY 1,000 from amounts due to the Vendor.
P:6.4 After the Warranty Period, the Customer may order annual support at 11% of the Software licence fee, that is CNY 138,600 per year, which the Vendor shall not increase for the first three support years. Support renews only by a written purchase order from the Customer.
H:Article 7 Customer Data and Security
P:7.1 All data entered into or generated by the Software, including inventory, customer, shipment and temperature records ("Customer Data"), belongs to the Customer. The Vendor shall use Customer Data only to perform this Agreement and shall not use it for any other purpose.
P:7.2 The Software is installed in the Customer's data centre. The Vendor shall access the Customer's systems remotely only through the Customer's VPN with multi-factor authentication, with session approval by the Customer, and shall not copy Customer Data outside the Customer's environment. The Vendor shall comply with the Data Security Law and the Personal Information Protection Law of the People's Republic of China.
P:7.3 The Vendor shall notify the Customer of any actual or suspected security incident affecting Customer Data within 12 hours, shall take remedial action, and is liable for losses caused by its breach of this Article.
H:Article 8 Intellectual Property
P:8.1 The Vendor retains all rights in the Software.
P:8.2 All rights in the Custom Deliverables vest in the Customer upon creation. The Vendor shall deliver the source code of the Custom Deliverables at Final Acceptance, and the Customer may use, modify and license them freely.
P:8.3 The Vendor shall indemnify the Customer against any third-party claim that the Software or the Custom Deliverables infringe intellectual property rights.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party, including prices, business volumes and system designs, and shall use it only for this Agreement. This obligation survives termination for three years.
H:Article 10 Delay Damages and Liability
P:10.1 If Provisional Acceptance is delayed beyond the target date for reasons attributable to the Vendor, the Vendor shall pay delay damages of 0.08% of the total price for each day of delay, up to 8% of the total price.
P:10.2 Each party's total liability under this Agreement is limited to 150% of the total price. This limit does not apply to breach of Articles 7 and 9, infringement claims, personal injury or wilful misconduct.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the Services without the Customer's prior written consent. The Vendor remains responsible for the work of any approved subcontractor.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving notice of the breach.
P:12.2 The Customer may also terminate if the delay damages under Article 10.1 reach their maximum. Upon termination by the Customer, the Vendor shall refund payments for Services not accepted.
H:Article 13 Force Majeure
P:13.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, provided it notifies the other party promptly and uses reasonable efforts to resume performance.
H:Article 14 Governing Law and Jurisdiction
P:14.1 This Agreement is governed by the laws of Portugal.
P:14.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the exclusive jurisdiction of the courts of Porto, Portugal.
H:Article 15 General
P:15.1 This Agreement, with its Annexes, is the entire agreement of the parties on its subject matter. Amendments must be in writing and signed by both parties. Notices shall be given in writing to the addresses stated above, by courier or by e-mail with confirmation of receipt, and take effect on receipt. This Agreement is made in English in two originals, one for each party.
P:Annex 1: Functional scope. Annex 2: Project plan and Services. Annex 3: Acceptance test scripts. Annex 4: Payment details.
P:For the Customer: ____________________    For the Vendor: ____________________
''')

SOURCES['e02'] = ('h591e02_seville_lms_saas_order_form.md', 'md', r'''# Order Form and General Terms — Aprendia Learning Cloud

**Provider:** Aprendia Learning Technologies, S.L., Avenida de la Palmera, Seville, Spain ("Provider")

**Customer:** Suzhou Ruixin Precision Electronics Co., Ltd., Suzhou Industrial Park, Jiangsu, People's Republic of China ("Customer")

**Order Form No.:** APR-OF-2025-0877

This Order Form (Part A) and the General Terms (Part B) together form the agreement between Provider and Customer (the "Agreement"). If Part A and Part B conflict, Part A prevails.

## Part A — Order Form

### A1. Subscribed Service

Aprendia Learning Cloud, Enterprise plan: course catalogue and authoring, compliance training tracking, skills matrix for production operators, mobile learning app, Chinese and English user interface, and single sign-on with Customer's identity directory. The Service is hosted for Customer in a data centre in mainland China operated by Provider's hosting partner.

### A2. Subscription Term

Twenty-four (24) months, made up of two Subscription Years, starting on the date of the Go-Live Confirmation under A5.

### A3. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription, Subscription Year 1 | 1,800 users × CNY 165 | 297,000 |
| Subscription, Subscription Year 2 | 1,800 users × CNY 165 | 297,000 |
| Onboarding (one-time): tenant set-up, SSO, HR system interface, migration of 46,000 training records, administrator training | fixed | 72,000 |
| **Total contract value** | | **666,000** |

Additional users may be added at CNY 165 per user per Subscription Year, pro rata. Fees include VAT.

### A4. Invoicing and Payment

(a) The Onboarding fee is invoiced after the Go-Live Confirmation and is payable within 30 days of invoice.

(b) The Subscription fee for each Subscription Year is invoiced at the start of that Subscription Year and is payable within 30 days of invoice.

(c) No other amount is payable before the Service is live.

### A5. Onboarding and Go-Live Confirmation

Provider shall complete Onboarding within 60 days of signature of this Order Form (the "Target Go-Live Date"). Customer shall issue the Go-Live Confirmation when: (i) single sign-on works for all user groups; (ii) the HR interface synchronises new joiners, transfers and leavers daily without error for 10 consecutive working days; (iii) all 46,000 migrated training records reconcile with the export from Customer's legacy system; and (iv) the mobile app passes Customer's security scan with no high-risk finding. If a criterion is not met, Provider shall correct the defect and Customer shall re-test.

If Go-Live Confirmation is delayed beyond the Target Go-Live Date for reasons attributable to Provider, Provider shall pay Customer CNY 600 for each day of delay, up to CNY 36,000.

### A6. Contacts and Notices

Customer: Head of Training, HR Department. Provider: Customer Success Director for Greater China. Notices under the Agreement shall be sent in writing to the addresses above, with a copy by e-mail.

## Part B — General Terms

### 1. Provision of the Service

1.1 Provider shall make the Service available to Customer's authorised users during the Subscription Term in accordance with the Agreement and the documentation.

1.2 Provider may improve the Service from time to time, but shall not materially reduce its functionality or security during the Subscription Term.

1.3 Customer is responsible for the accuracy of the content it uploads and for the conduct of its users.

### 2. Service Levels

2.1 Provider shall make the Service available at least 99.95% of the time in each calendar month, excluding scheduled maintenance notified 72 hours in advance and carried out between 00:00 and 06:00 Beijing time.

2.2 Priority 1 incidents (the Service is unavailable or users cannot log in) shall be responded to within 30 minutes at any time and resolved or worked around within 3 hours. Priority 2 incidents (a major function is impaired) shall be responded to within 2 hours in business hours. Priority 3 requests shall be answered within 2 business days.

2.3 If monthly availability falls below the commitment in 2.1, Provider shall credit Customer 5% of the monthly equivalent of the Subscription fee for each full 0.1 percentage point of shortfall, up to 50% of that monthly amount. Each late Priority 1 response entitles Customer to a credit of CNY 1,000. Credits are deducted from the next invoice or refunded at the end of the Subscription Term.

2.4 Provider shall publish a monthly service report to Customer's administrators showing availability, incidents, their root causes and the credits due, and shall hold a quarterly service review with Customer's Head of Training and IT representative.

2.5 Support is provided in Chinese and English by telephone, e-mail and the support portal. Customer may appoint up to six administrators who may open support tickets on behalf of all users.

### 3. Customer Data

3.1 All content, records, user profiles and training results uploaded to or generated in the Service for Customer ("Customer Data") belong to Customer. Provider shall process Customer Data only to provide the Service to Customer and shall not use it for any other purpose, including analytics, benchmarking or product development.

3.2 Provider shall store Customer Data only in mainland China, encrypt it in transit and at rest, restrict access to named personnel on a need-to-know basis with multi-factor authentication, keep access logs for at least 180 days, and back up Customer Data daily. Provider shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China.

3.3 Provider shall notify Customer of any security incident affecting Customer Data within 24 hours of becoming aware of it, shall take all reasonable steps to contain it, and shall be responsible for losses caused by its breach of this Section 3.

3.4 Within 30 days after the end of the Subscription Term, Provider shall return Customer Data in a standard format and then delete it, and shall confirm the deletion in writing.

3.5 Once in each Subscription Year, Customer may, on 15 days' notice, review Provider's security certifications, penetration test summaries and access logs relating to Customer Data, or may appoint an independent auditor bound by confidentiality to do so at Customer's cost.

### 4. Confidentiality

4.1 Each party shall keep confidential the non-public information of the other party that it receives under the Agreement, and shall use it only for the Agreement. This obligation continues for three years after the Agreement ends.

### 5. Intellectual Property

5.1 Provider retains all rights in the Service and its standard content.

5.2 Courses, assessments and other materials authored by or for Customer, and the interface configuration built for Customer, belong to Customer, who may use, modify and license them freely.

### 6. Subcontractors and Subprocessors

6.1 Provider may use subcontractors and subprocessors, including its hosting partner and its support centre in Spain, to perform the Agreement. Provider shall notify Customer in writing of any new subcontractor or subprocessor at least 15 days before it begins work. Provider remains responsible for their performance.

### 7. Customer Responsibilities

7.1 Customer shall keep its administrator credentials secure, maintain its identity directory and HR system, and ensure that users comply with the acceptable use rules in the documentation. Customer shall not upload content that infringes the rights of others or that is unlawful in the People's Republic of China.

7.2 Customer shall provide Provider in good time with the data exports, interface specifications and test accounts reasonably needed for Onboarding.

### 8. Limitation of Liability

8.1 Neither party is liable for indirect or consequential loss or for loss of profit.

8.2 Provider's total liability arising out of or in connection with the Agreement shall not exceed the fees paid by Customer in the six (6) months preceding the event giving rise to the claim. This limit does not apply to Provider's obligations under Section 3, to infringement claims under Section 5 or to wilful misconduct.

### 9. Term, Renewal and Termination

9.1 The Agreement ends at the end of the Subscription Term. Any renewal requires a new Order Form signed by both parties.

9.2 Either party may terminate the Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice. If Customer terminates for Provider's breach, Provider shall refund prepaid fees for the remaining period.

9.3 Provider may suspend a user account that is used in breach of the documentation after notice to Customer.

### 10. Governing Law and Disputes

10.1 The Agreement is governed by the laws of the People's Republic of China.

10.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules in force at the time. The award is final and binding on both parties.

### 11. General

11.1 Neither party may assign the Agreement without the other party's written consent. Amendments must be in writing and signed by both parties. Neither party is liable for delays caused by events beyond its reasonable control, provided that it informs the other party promptly and resumes performance as soon as possible. The Agreement is made in English and Chinese; both versions are equally authentic. Each party signs through its authorised representative on the date shown below its signature.

*Signed for Customer:* ____________________  *Signed for Provider:* ____________________
''')

SOURCES['e03'] = ('h591e03_valencia_kiln_sensors_monitoring_licence.docx', 'docx', r'''T:Equipment Supply and Software Licence Contract — Kiln Line Condition Monitoring
P:Contract No. TD-EQ-2025-0456
P:Buyer: Hefei Tongda Building Materials Co., Ltd., Feidong County, Hefei, Anhui Province, People's Republic of China (the "Buyer").
P:Supplier: Levante Sensing Systems, S.L., Paterna Technology Park, Valencia, Spain (the "Supplier").
P:This Contract is made on the Buyer's standard terms for equipment and software purchases. The Supplier will supply wireless vibration and temperature sensors, gateways and a condition-monitoring software licence for the Buyer's two clinker kiln lines, raw mills and cement mills, and will install and commission them.
H:1. Definitions and Scope
P:1.1 "Equipment" means the sensors, gateways, mounting kits and spare parts listed in the price table in clause 2.1.
P:1.2 "Software" means the Supplier's VibraCore condition-monitoring software, including its analytics and alarm modules, licensed under clause 8.
P:1.3 "System" means the Equipment and the Software installed, configured and integrated at the Buyer's plant.
P:1.4 The scope covers supply, delivery to the Buyer's plant, installation supervision, configuration of analytics models for 420 measuring points, integration with the Buyer's distributed control system and maintenance management system, training, and warranty service.
H:2. Contract Price
P:2.1 The Contract Price is CNY 1,994,000, including VAT, customs duties, freight and insurance to the Buyer's plant, itemised as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless vibration and temperature sensors, ATEX-rated|420|2,300|966,000
TB:2|Industrial gateways with 4G and Ethernet backhaul|18|14,500|261,000
TB:3|VibraCore software, perpetual licence, unlimited users|1|480,000|480,000
TB:Equipment and Software Subtotal||||1,707,000
TB:4|Installation supervision and commissioning|1 lot|168,000|168,000
TB:5|Analytics model configuration and DCS / CMMS integration|1 lot|95,000|95,000
TB:6|Training for maintenance engineers and operators|1 lot|24,000|24,000
TB:Contract Price||||1,994,000
P:2.2 The Contract Price is fixed and is not subject to exchange-rate adjustment.
H:3. Payment
P:3.1 20% of the Contract Price within 30 days after signature, against the Supplier's invoice and an advance payment bank guarantee of the same amount issued by a bank acceptable to the Buyer.
P:3.2 45% of the Contract Price within 30 days after the Buyer signs the Delivery and Installation Certificate. That certificate confirms quantities and installation only and is not acceptance of the System.
P:3.3 35% of the Contract Price within 30 days after the Buyer issues the Final Acceptance Certificate.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all Equipment to the Buyer's plant within 75 days after signature, DDP Incoterms 2020.
P:4.2 Sensors are mounted during planned kiln stops notified by the Buyer. The Supplier's engineers shall follow the Buyer's safety rules, hot-work permits and lock-out procedures.
P:4.3 If delivery or completion of installation is late for reasons attributable to the Supplier, the Supplier shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:4.4 The Equipment shall be new, of the models stated in the Supplier's technical offer, packed for sea and road transport, and marked with the Contract number. The Buyer shall inspect the packages on arrival in the presence of the Supplier's representative and record any visible damage or shortage, which the Supplier shall make good within 20 days.
P:4.5 The Buyer shall provide the network connections, server capacity, mounting access and escorts reasonably needed for installation. Any delay caused by the Buyer extends the Supplier's dates by the same period.
H:5. Acceptance
P:5.1 After installation the System shall run for 45 days. The Buyer shall issue the Final Acceptance Certificate when all of the following are met: (a) at least 98% of measuring points report valid data every day; (b) gateway data reaches the Software within 10 seconds; (c) vibration readings agree with the Buyer's portable reference analyser within ±5% on a sample of 40 points; (d) alarms and work orders are created automatically in the maintenance management system; and (e) the documentation and training in clause 7 are complete.
P:5.2 Delivery, installation, operation of the System or payment does not constitute acceptance. If the System fails a test, the Supplier shall remedy it and the test shall be repeated at the Supplier's cost.
H:6. Warranty and After-Warranty Support
P:6.1 The warranty period is 36 months from the date of the Final Acceptance Certificate. During the warranty period the Supplier shall repair or replace defective Equipment free of charge, including sensor batteries that fail early, and shall provide Software corrections and new releases without charge.
P:6.2 Severity 1 means loss of monitoring for a whole kiln line or a complete alarm failure. The Supplier shall respond to a Severity 1 fault within 30 minutes by telephone or remote session and shall restore monitoring within 24 hours. Severity 2 faults shall be responded to within 2 hours and resolved within 3 business days.
P:6.3 For each hour by which the Supplier exceeds the Severity 1 response or restoration time, the Supplier shall pay CNY 800, which the Buyer may deduct from any amount due.
P:6.4 After the warranty period the Supplier shall offer annual support at 8% of the Equipment and Software Subtotal, that is CNY 136,560 per year, fixed for the first two support years. Support contracts are signed year by year by written order of the Buyer and do not renew automatically.
P:6.5 The Supplier shall keep spare sensors, gateways and batteries for the supplied models available for at least eight years after Final Acceptance and shall give the Buyer six months' notice before any model is discontinued, together with a compatible replacement at no higher price.
H:7. Documentation and Training
P:7.1 The Supplier shall deliver installation records, a point list, user and administrator manuals in Chinese, and calibration certificates for the sensors.
P:7.2 The Supplier shall train at least 25 of the Buyer's maintenance engineers and operators on site, covering use of the Software, battery replacement and basic fault finding. Training is held in Chinese or with an interpreter provided by the Supplier, and each trainee shall receive the training materials in printed and electronic form. The Buyer may record the sessions for internal use by new staff.
H:8. Licence and Intellectual Property
P:8.1 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software at the Buyer's plant and for any future plant of the Buyer's group in the People's Republic of China.
P:8.2 The analytics models, alarm thresholds, dashboards and integration programs configured or developed for the Buyer belong to the Buyer, who may use, modify and have them modified by third parties. The Supplier shall deliver their configuration files and source code at Final Acceptance.
P:8.3 The Supplier warrants that the Equipment and Software do not infringe third-party rights and shall indemnify the Buyer against any such claim.
H:9. Data Protection and Security
P:9.1 All measurement data, alarm records and maintenance records collected by the System belong to the Buyer. The Supplier may use them only to perform this Contract and shall not use them for any other purpose.
P:9.2 The Software is installed on the Buyer's servers. The Supplier shall access the System remotely only through the Buyer's secure access gateway, with the Buyer's approval for each session, and shall not copy data outside the Buyer's network. Gateways shall be configured so that no data is sent to servers outside the Buyer's network.
P:9.3 The Supplier shall report any security incident affecting the System or the Buyer's data within 6 hours, take remedial action, and is liable for all losses caused by its breach of this clause.
H:10. Confidentiality
P:10.1 The Supplier shall keep confidential all information on the Buyer's production processes, equipment condition, plant layout and prices, and shall not disclose it to third parties without the Buyer's prior written consent. This obligation survives termination of this Contract.
H:11. Liability
P:11.1 The Supplier's total liability under this Contract is limited to two times the Contract Price. This limit does not apply to personal injury, wilful misconduct, or breach of clauses 9 and 10.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of this Contract without the Buyer's prior written consent and remains fully liable for approved subcontractors.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after notice, or if the delay damages under clause 4.3 reach their maximum.
H:14. Force Majeure
P:14.1 Neither party is liable for delay caused by force majeure, such as earthquake, flood, epidemic measures or government action, if it notifies the other party within 5 days and provides evidence. The parties shall agree on a revised schedule.
H:15. Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Hefei Arbitration Commission for arbitration in Hefei.
H:16. Miscellaneous
P:16.1 This Contract is made in Chinese and English; in case of inconsistency the Chinese version prevails. The Supplier's technical offer and the Buyer's technical specification are annexed; where they differ, the stricter requirement applies. Amendments must be in writing and signed by both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
''')

SOURCES['e04'] = ('h591e04_bilbao_managed_infrastructure_36_months.md', 'md', r'''# Managed Infrastructure Services Agreement

**Agreement No.:** NRT-MIS-2025-03

**Customer:** Foshan Meilong Home Appliances Co., Ltd., Shunde District, Foshan, Guangdong, People's Republic of China ("Customer")

**Supplier:** Nervión Tech Services, S.A., Gran Vía, Bilbao, Spain, acting through its Shenzhen service centre ("Supplier")

## Section 1. Purpose and Structure

1.1 Customer operates two factories and a regional distribution centre in Guangdong. Supplier shall operate and support Customer's data-centre infrastructure, network and end-user support services as described in this Agreement and its Schedules.

1.2 The Schedules form part of this Agreement: Schedule 1 (Service Scope), Schedule 2 (Service Levels and Service Credits) and Schedule 3 (Charges). If this Agreement and a Schedule conflict, this Agreement prevails.

## Section 2. Term

2.1 The Services start on the Service Commencement Date stated in the Transition Acceptance certificate and continue for 36 months (the "Term").

2.2 This Agreement expires at the end of the Term. Any extension requires a written amendment signed by both parties; unless otherwise agreed, the monthly charge during an extension remains as set out in Schedule 3.

## Section 3. Transition

3.1 Supplier shall take over the Services from Customer's internal team within 75 days after signature (the "Transition Date"), following the transition plan agreed at kick-off.

3.2 Customer shall issue the Transition Acceptance certificate when: (a) all configuration items in Schedule 1 are recorded in Supplier's service management tool and reconciled with Customer's asset list; (b) monitoring covers every in-scope server, storage array, firewall and core switch, and test alarms reach Supplier's service desk within 2 minutes; (c) runbooks for the top 30 recurring tasks are approved by Customer; and (d) Supplier has run the service desk in parallel with Customer's team for 10 working days without any Priority 1 incident caused by Supplier.

3.3 If Transition Acceptance is not achieved by the Transition Date for reasons attributable to Supplier, Supplier shall pay Customer CNY 1,800 for each day of delay, up to CNY 90,000.

## Section 4. Service Delivery

4.1 Supplier shall provide the Services in accordance with Schedule 1 and meet the service levels in Schedule 2.

4.2 Supplier shall provide a named service delivery manager, a service desk available 24 hours a day in Mandarin and Cantonese, and two on-site engineers at Customer's Shunde headquarters during business hours.

4.3 Supplier shall deliver a monthly service report and attend a monthly service review with Customer's IT manager, and a quarterly review with Customer's Chief Information Officer.

4.4 Changes to Customer's production systems require Customer's prior approval through the change management process in Schedule 1.

4.5 Supplier shall propose at least two service improvements in each quarterly review, with the expected effect on incident volumes or cost, and shall implement those that Customer approves without additional charge when they fall within the scope of Schedule 1.

4.6 Customer shall give Supplier's personnel access to its premises, systems and documentation as reasonably required, shall keep its own licences and hardware maintenance contracts in force, and shall name an IT manager with authority to approve changes. Supplier is not responsible for a missed service level to the extent it is caused by Customer's failure to meet these responsibilities, provided that Supplier notified Customer of the failure without delay.

4.7 Supplier shall keep the key personnel named in the transition plan, including the service delivery manager and the lead network engineer, on the account for at least the first eighteen months of the Term unless they leave Supplier's employment. Replacements require Customer's approval, which it shall not withhold unreasonably.

## Section 5. Charges and Payment

5.1 The charges are set out in Schedule 3. The total contract value over the Term is CNY 2,184,000, including VAT.

5.2 The transition charge is invoiced after Transition Acceptance. The monthly charge is invoiced quarterly in arrears. Customer shall pay undisputed invoices within 30 days, after deducting service credits due under Schedule 2.

## Section 6. Customer Data

6.1 All data of Customer and its employees, customers and suppliers that Supplier accesses or handles in performing the Services ("Customer Data") belongs to Customer.

6.2 Supplier shall use Customer Data only to perform the Services and shall not use it for any other purpose. At the end of the Term Supplier shall return all Customer Data in its possession and shall not keep copies.

## Section 7. Confidentiality

7.1 Each party shall keep confidential all non-public information of the other party received in connection with this Agreement, including prices, network diagrams, passwords and business plans, and shall disclose it only to employees and advisers who need to know it and are bound by equivalent duties. This obligation survives for three years after the end of the Term.

## Section 8. Intellectual Property

8.1 Supplier retains its pre-existing tools and methods. Runbooks, configuration records, scripts and documentation prepared for Customer under this Agreement belong to Customer, who may use and modify them freely and give them to any successor supplier.

## Section 9. Personnel and Subcontracting

9.1 Supplier's personnel working on site shall comply with Customer's site rules, safety instructions and IT policies. Supplier shall carry out background checks on its personnel to the extent permitted by law, shall provide each engineer with training on Customer's environment before he or she starts work, and shall replace any person whom Customer reasonably asks to be removed from the account.

9.2 Supplier shall not subcontract any part of the Services without Customer's prior written consent. Supplier remains responsible for the acts and omissions of approved subcontractors.

## Section 10. Liability

10.1 Neither party is liable for indirect or consequential loss.

10.2 Each party's total liability under this Agreement shall not exceed 150% of the total contract value. This limit does not apply to personal injury, fraud or wilful misconduct.

## Section 11. Termination and Exit

11.1 Customer may terminate this Agreement by written notice if Supplier commits a material breach that is not remedied within 30 days after written notice, or if Supplier misses the availability commitment in Schedule 2 in three consecutive months.

11.2 Supplier may terminate if Customer fails to pay undisputed charges within 60 days after a written reminder.

11.3 On expiry or termination Supplier shall provide exit assistance for up to 90 days at the rates in Schedule 3, including handover of runbooks, configuration records and open tickets to Customer or a successor supplier.

## Section 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be referred to the Shenzhen Court of International Arbitration for arbitration in Shenzhen.

## Section 13. General

13.1 Neither party is liable for failure to perform caused by force majeure, such as natural disaster, epidemic measures, war or government action, provided it notifies the other party promptly and takes reasonable steps to limit the effect. Supplier's backup obligations in Schedule 1 continue to apply.

13.2 Notices shall be given in writing to the addresses above. This Agreement is made in English and Chinese, and both versions have equal force. Amendments to this Agreement must be in writing and signed by both parties.

## Schedule 1 — Service Scope

| Service tower | In-scope items | Main activities |
|---|---|---|
| Data-centre operations | 64 virtual hosts, 212 virtual machines, 3 storage arrays, backup appliance | monitoring, patching in agreed windows, capacity reports, backup checks and monthly restore test |
| Network and security devices | 2 core switches, 41 access switches, 4 firewalls, SD-WAN links to 3 sites | configuration management, firmware updates, firewall rule changes on approved request |
| Service desk | about 1,650 users | incident logging, password resets, first-line resolution, escalation |
| On-site support | Shunde headquarters, two factories by visit | desktop support, printer and meeting-room support, asset moves |
| Change and problem management | all in-scope items | change advisory board, root-cause analysis for Priority 1 and repeated incidents |

## Schedule 2 — Service Levels and Service Credits

| Measure | Target | Service credit if missed |
|---|---|---|
| Availability of in-scope core infrastructure (monthly) | 99.7% | 5% of monthly charge, plus 2% for each further 0.1 point below target |
| Priority 1 incident response | 15 minutes, 24×7 | CNY 2,000 per late response |
| Priority 1 incident restoration | 3 hours | CNY 1,000 per hour beyond target |
| Priority 2 incident response | 1 hour | CNY 500 per late response |
| Service desk first-contact resolution | 70% of tickets | 2% of monthly charge |

Service credits in a month shall not exceed 20% of that month's charge. Priority 1 means a production line, the ERP system or the warehouse management system is stopped or cannot be used by a site.

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition (one-time) | fixed | 96,000 |
| Monthly service charge | 36 months × CNY 58,000 | 2,088,000 |
| **Total contract value** | | **2,184,000** |
| Additional on-site engineer day (if ordered) | per day | 2,600 |
| Exit assistance beyond included scope | per day | 2,600 |
''')

SOURCES['e05'] = ('h591e05_andorra_sanctions_data_api_subscription.txt', 'txt', r'''DATA SUBSCRIPTION AND API SERVICES AGREEMENT

Agreement No. PYR-CN-0219

This Agreement is entered into between:

Pyrenaica Data Services, S.L.U., a company registered in the Principality of Andorra, with its offices at Avinguda Meritxell, Andorra la Vella, Andorra ("Provider"); and

Xiamen Haicheng International Trading Co., Ltd., a company registered in the People's Republic of China, with its offices in Huli District, Xiamen, Fujian ("Customer").

Customer exports consumer goods and imports raw materials through a large network of overseas counterparties. Provider maintains a database of company registration, ownership and sanctions-list information and makes it available through an application programming interface (API) and a web portal. Customer wishes to use that data to screen its counterparties.

1. DEFINITIONS

1.1 "Data" means the company records, ownership chains, sanctions and watch-list entries and adverse-media flags that Provider makes available through the Service.

1.2 "Service" means Provider's screening API, batch screening files and web portal, as described in Schedule A.

1.3 "Customer Inputs" means the counterparty names, addresses, registration numbers and other information that Customer submits to the Service, and the screening results and case notes generated for Customer.

1.4 "Subscription Year" means the period beginning on the Service Start Date and ending on the day before its first anniversary, and each following period beginning on an anniversary of the Service Start Date and ending on the day before the next anniversary.

1.5 "Service Start Date" means the date of the Production Access Confirmation under clause 4.

2. SUBSCRIPTION AND LICENCE

2.1 Provider grants Customer, for the Subscription Term, a non-exclusive, non-transferable right to access the Service and to use the Data for screening its own business partners, for its internal compliance records and for reports to its banks and regulators.

2.2 The subscription includes up to 600,000 API screening calls and 40 portal users per Subscription Year. Calls above that volume are charged at the overage rate in clause 5.3.

2.3 Customer shall not resell the Data, build a competing database from it, or make it available to any third party other than its banks, auditors and regulators.

3. SUBSCRIPTION TERM

3.1 The initial term is two Subscription Years from the Service Start Date (the "Initial Term").

3.2 After the Initial Term the Agreement renews automatically for successive periods of one Subscription Year each, unless either party gives written notice of non-renewal at least 60 days before the end of the current period.

3.3 Provider may increase the subscription fee for any renewal period by giving Customer notice at least 45 days before that period begins. The increased fee applies to the renewal period unless Customer has given notice of non-renewal in time.

4. SET-UP AND PRODUCTION ACCESS

4.1 Provider shall complete set-up within 30 days after signature (the "Target Date"). Set-up includes creating Customer's production and test tenants, connecting the API to Customer's ERP and customs declaration system through the connector described in Schedule A, loading Customer's initial list of about 18,000 counterparties for batch screening, and training Customer's compliance team.

4.2 Customer shall issue the Production Access Confirmation when: (a) the connector passes Customer's test suite of 500 sample screening requests with correct results; (b) the median API response time during a two-hour load test at 20 calls per second is below 800 milliseconds; (c) the initial batch screening is complete and the results are loaded in Customer's case tool; and (d) single sign-on for portal users works. If a test fails, Provider shall correct the defect and Customer shall re-test within 5 business days.

4.3 If the Production Access Confirmation is delayed beyond the Target Date for reasons attributable to Provider, Provider shall pay Customer CNY 500 for each day of delay, up to CNY 20,000.

5. FEES AND PAYMENT

5.1 The fees are:
- Subscription fee, Subscription Year 1: CNY 348,000;
- Subscription fee, Subscription Year 2: CNY 348,000;
- One-time set-up and connector fee: CNY 36,000.
The total contract value for the Initial Term is CNY 732,000, including VAT.

5.2 The set-up and connector fee is invoiced after the Production Access Confirmation. The subscription fee for each Subscription Year is invoiced on the first day of that Subscription Year. Invoices are payable within 30 days.

5.3 Screening calls above the included volume are charged at CNY 0.45 per call and invoiced quarterly in arrears.

6. SERVICE LEVELS

6.1 Provider shall ensure that the API is available at least 99.95% of each calendar month, excluding maintenance announced 5 days in advance and performed on Sundays between 01:00 and 05:00 Beijing time.

6.2 Provider shall respond to a Priority 1 incident (the API or the portal is unavailable, or results are evidently wrong for all requests) within 1 hour at any time, and shall restore service within 3 hours. Priority 2 incidents shall be answered within 3 business hours. Data errors reported by Customer shall be corrected or answered within 2 business days.

6.3 If monthly availability is below the level in 6.1, Customer shall receive a service credit of 5% of the monthly share of the annual subscription fee for each 0.1 percentage point below that level, up to 25%. Each late Priority 1 response gives a further credit of CNY 800. Credits are set off against the next invoice.

6.4 Provider shall update sanctions and watch-list entries within 24 hours after publication by the issuing authority and shall keep a change log that Customer can consult in the portal.

7. CUSTOMER INPUTS AND DATA USE

7.1 Customer Inputs remain the property of Customer.

7.2 Provider may use Customer Inputs to provide the Service to Customer. Customer also grants Provider a perpetual, royalty-free licence to use Customer Inputs in aggregated or de-identified form to improve the matching algorithms, to enrich and correct Provider's database, and to produce statistics offered to other clients. This licence survives the end of the Agreement.

7.3 Customer is responsible for having a lawful basis for submitting Customer Inputs, including any personal information of individual counterparties.

8. DATA SECURITY

8.1 Customer Inputs are processed on servers located in mainland China operated by Provider's hosting partner. Provider shall encrypt Customer Inputs in transit and at rest, limit access to authorised staff with multi-factor authentication, keep access logs for at least 180 days and delete raw request logs after 90 days.

8.2 Provider shall comply with the Data Security Law and the Personal Information Protection Law of the People's Republic of China, including rules on the export of data.

8.3 Provider shall notify Customer of any security incident affecting Customer Inputs within 24 hours after becoming aware of it, shall cooperate with Customer's investigation and any notification to authorities, and shall compensate Customer for losses caused by its breach of this clause 8.

9. INTELLECTUAL PROPERTY

9.1 Provider retains all rights in the Service and the Data.

9.2 The connector, mappings and screening rules developed specifically for Customer under clause 4 belong to Customer, which may use, modify and license them freely. Provider shall deliver their source code and documentation with the Production Access Confirmation.

10. SUBCONTRACTING

10.1 Provider shall not subcontract the performance of the Service, other than to its named hosting partner listed in Schedule A, without Customer's prior written consent.

11. WARRANTIES AND LIABILITY

11.1 Provider warrants that the Data is compiled with reasonable skill and care from the sources described in Schedule A. Customer remains responsible for its own compliance decisions.

11.2 Neither party is liable for indirect or consequential loss.

11.3 Each party's total liability under this Agreement is limited to two times the total contract value. This limit does not apply to Provider's obligations under clause 8, to infringement claims or to wilful misconduct.

12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not cure it within 30 days after written notice.

12.2 If Customer terminates under clause 12.1, Provider shall refund the subscription fee paid for the period after termination.

12.3 On expiry or termination Provider shall return Customer Inputs and screening history in CSV or JSON format within 30 days and then delete them, except as provided in clause 7.2.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing under its rules in force at the time. The arbitral award is final.

14. GENERAL

14.1 Neither party may assign this Agreement without the other party's written consent, except to an affiliate that takes over the relevant business.

14.2 Neither party is liable for failure to perform caused by events beyond its reasonable control, provided that it informs the other party promptly.

14.3 Notices shall be in writing and sent to the addresses above by courier or e-mail. Amendments must be in writing and signed by both parties. Schedule A forms part of this Agreement.

SCHEDULE A - SERVICE DESCRIPTION

Screening API (REST, JSON), batch screening by secure file transfer, web portal for case review, connector for Customer's ERP and customs declaration system, named hosting partner: a licensed cloud operator in Shanghai. Data sources: official company registers, published sanctions and watch lists, and selected news sources.

Signed for Provider: ______________________    Signed for Customer: ______________________
''')

# ---------------------------------------------------------------- labels (buyer's view; conventions in NOTES.md)
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]
G, S = "goods_or_licence", "service"

# key: language, category, terms (in TERM_KEYS order), extra, design: (rules, fee base for TCO, forum outside mainland)
DESIGN = {
 "z01": ("zh", "software", [None, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 36, 9, False, True,
         False, "PRC", G], dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
         acceptance_deemed_on_delivery=False, contract_value=1970000), ([], 1180000, False)),
 "z02": ("zh", "hardware", [None, 0.5, True, "buyer", True, True, True, 0.02, None, 20, True, True, 24, 7, False, False,
         False, "PRC", G], dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
         acceptance_deemed_on_delivery=False, contract_value=1510000), (["CR-LD-LOW", "CR-TERMINATION"], 1226000, False)),
 "z03": ("zh", "cloud", [99.5, 0.25, True, "buyer", True, False, True, 0.1, None, None, True, None, None, None, True,
         True, False, "PRC", S], dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False,
         contract_value=750000), (["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"], None, False)),
 "z04": ("zh", "services", [None, 0.25, False, "buyer", True, True, True, 0.1, None, None, True, None, None, None,
         False, True, True, "PRC", S], dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False,
         contract_value=868000), (["CR-SLA-NO-REMEDY", "CR-SUBCONTRACT"], None, False)),
 "z05": ("zh", "software", [None, None, False, "supplier", True, True, True, None, None, 65, False, False, 6, 24, False,
         True, None, None, G], dict(sla_clause=False, ld_stated=False, post_warranty_fee_capped=True,
         acceptance_deemed_on_delivery=True, contract_value=960000),
         (["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
           "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"], 720000, False)),
 "e01": ("en", "software", [None, 1, True, "buyer", True, True, True, 0.08, 150, 10, True, True, 24, 11, False, True,
         False, "Portugal", G], dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
         acceptance_deemed_on_delivery=False, contract_value=1986000), (["CR-GOVERNING-LAW"], 1260000, True)),
 "e02": ("en", "cloud", [99.95, 0.5, True, "buyer", True, True, True, 600 / 666000 * 100, 6 / 24 * 100, None, True,
         None, None, None, False, True, True, "PRC", S], dict(sla_clause=True, ld_stated=True,
         acceptance_deemed_on_delivery=False, contract_value=666000), (["CR-LIABILITY-CAP", "CR-SUBCONTRACT"], None, False)),
 "e03": ("en", "hardware", [None, 0.5, True, "buyer", True, True, True, 0.1, 200, 20, True, True, 36, 8, False, True,
         False, "PRC", G], dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
         acceptance_deemed_on_delivery=False, contract_value=1994000), ([], 1707000, False)),
 "e04": ("en", "services", [99.7, 0.25, True, "buyer", False, True, True, 1800 / 2184000 * 100, 150, None, True, None,
         None, None, False, True, False, "PRC", S], dict(sla_clause=True, ld_stated=True,
         acceptance_deemed_on_delivery=False, contract_value=2184000), (["CR-DATA-SECURITY", "CR-SLA-AVAILABILITY"], None, False)),
 "e05": ("en", "cloud", [99.95, 1, True, "buyer", True, False, False, 500 / 732000 * 100, 200, None, True, None, None,
         None, True, True, False, "PRC", S], dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False,
         contract_value=732000), (["CR-AUTO-RENEWAL", "CR-CONFIDENTIALITY", "CR-DATA-OWNERSHIP"], None, False)),
}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco_share(t, x, base):
    """Policy §4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years; fee base = itemised
    licence / hardware subtotal; purchase + implementation = contract value."""
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * base
    return fees / (x["contract_value"] + fees) * 100


def derive(t, x, base, forum_outside):
    """My reading of policy §3 and its section 'Where rules apply, and how clauses are read'."""
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
    if (not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"]
            or t["final_payment_on_acceptance"] is False):
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > 15):
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(t, x, base)
        if share is not None and share > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] is not None and t["governing_law"] != "PRC") or forum_outside:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


# ---------------------------------------------------------------- threshold figures (policy §3 / §4)
FORBIDDEN = [r"99[.．]9(?![0-9])", r"99[.．]90", r"九十九点九",
             r"(?<![0-9.])4\s*个?\s*小时", r"(?<![0-9.])4\s*-?\s*(?:hours?|hrs?)(?![a-z])", r"(?<![十二三一两])四个?小时",
             r"four[\s-]*hours?",
             r"(?<![0-9.])0?\.050*\s*%", r"万分之五(?![十0-9])", r"千分之零点五", r"0\.05\s*per",
             r"(?<![0-9.])100(?:\.0+)?\s*%", r"百分之一?百", r"hundred\s*per\s*cent",
             r"(?<![0-9.])30(?:\.0+)?\s*%", r"百分之三十(?![一二三四五六七八九点])", r"thirty\s*per",
             r"(?<![0-9.])15(?:\.0+)?\s*%", r"百分之十五(?![点])", r"fifteen\s*per",
             r"(?<![0-9.])40(?:\.0+)?\s*%", r"百分之四十(?![一二三四五六七八九点])", r"forty\s*per",
             r"(?<![0-9.])12\s*个?\s*月", r"十二个月", r"(?<![0-9.])12[\s-]*months?", r"twelve[\s-]*(?:calendar[\s-]*)?months?",
             r"(?<![第每])一年", r"(?<![0-9.])1\s*年(?!度)", r"one[\s-]*year",
             r"五年", r"(?<![0-9.])5\s*年", r"five[\s-]*years?", r"(?<![0-9.])5[\s-]*years?"]
FORBID = re.compile("|".join(FORBIDDEN), re.I)
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 个小时", "四小时", "4 hours", "4-hour", "four hours", "0.05%", ".05 %",
            "万分之五", "100%", "100.0 %", "百分之百", "30%", "百分之三十", "15 %", "百分之十五", "40%", "百分之四十",
            "12个月", "十二个月", "12 months", "12-month", "twelve months", "twelve calendar months", "一年", "one year",
            "五年", "5年", "five years", "5 years"]
MUST_MISS = ["99.95%", "99.5%", "99.7%", "24小时", "二十四小时", "24 hours", "14 hours", "0.08%", "万分之二",
             "万分之五十", "130%", "115%", "2.15%", "240%", "45%", "112个月", "120 months", "2025年", "首年",
             "第一年", "three years", "36 months", "24个月", "45 days", "每一日"]


def self_test():
    for s in MUST_HIT:
        assert FORBID.search(s), ("must hit", s)
    for s in MUST_MISS:
        assert not FORBID.search(s), ("must miss", s, FORBID.search(s))


def read_back(name):
    path = OUT / name
    if name.endswith(".docx"):
        from docx import Document
        d = Document(path)
        lines = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                lines.append(" | ".join(c.text for c in row.cells))
        return "\n".join(lines)
    if name.endswith(".pdf"):
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(path).pages)
    return path.read_text(encoding="utf-8")


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    self_test()
    targets, sources = {}, {}
    for key, (name, fmt, src) in SOURCES.items():
        assert name.startswith("h591" + key + "_")
        if fmt in ("docx", "pdf"):
            targets[key], sources[key] = (name, fmt), src
        else:
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    write(sources, targets, OUT, wrap_words=True)

    covered, summary = set(), {}
    for key, (name, fmt, src) in SOURCES.items():
        lang, category, values, extra, (rules, base, forum_outside) = DESIGN[key]
        text = read_back(name)
        # lengths as read back
        if lang == "zh":
            n, nws = len(text), len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000 and 2750 <= nws <= 3000, (name, n, nws)
            size = "%d chars (%d non-blank)" % (n, nws)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (name, n)
            size = "%d words" % n
        # no threshold figure, raw / whitespace-collapsed / whitespace-free
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
            m = FORBID.search(variant)
            assert not m, (name, m.group(0), variant[max(0, m.start() - 30):m.end() + 30])
        terms = dict(zip(TERM_KEYS, values))
        assert len(terms) == len(TERM_KEYS) == len(values)
        # no label value on a threshold
        assert terms["availability_pct"] != 99.9 and terms["p1_response_hours"] != 4
        assert terms["ld_rate_per_day_pct"] is None or abs(terms["ld_rate_per_day_pct"] - 0.05) > 1e-9
        assert terms["liability_cap_pct"] != 100 and terms["prepayment_pct"] != 30
        assert terms["warranty_months"] != 12 and terms["post_warranty_fee_pct"] != 15
        share = tco_share(terms, extra, base)
        if share is not None:
            assert abs(share - 40) > 2, (name, share)
        if terms["contract_kind"] == S:
            assert terms["warranty_months"] is None and terms["post_warranty_fee_pct"] is None
            assert "post_warranty_fee_capped" not in extra and terms["final_payment_on_acceptance"] is None
        else:
            assert "post_warranty_fee_capped" in extra
        derived = derive(terms, extra, base, forum_outside)
        assert derived == sorted(rules), (name, derived, rules)
        covered |= set(derived)
        label = {"file": name, "language": lang, "category": category, "expected_terms": terms,
                 "expected_extra": {k: extra[k] for k in ["sla_clause", "ld_stated", "post_warranty_fee_capped",
                                                          "acceptance_deemed_on_delivery", "contract_value"]
                                    if k in extra},
                 "expected_rules": derived}
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(label, indent=1, ensure_ascii=False),
                                                                encoding="utf-8")
        summary[key] = derived
        print("%s  %-58s %-22s risk %-6s tco %s  %s" % (key, name, size, risk(derived),
                                                        "-" if share is None else "%.2f%%" % share,
                                                        ", ".join(derived) or "(none)"))
    # the mix
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    clean = [k for k, v in summary.items() if not v]
    assert sorted(k[0] for k in clean) == ["e", "z"], clean
    assert summary["e01"] == ["CR-GOVERNING-LAW"] and risk(summary["e01"]) == "low"
    assert 8 <= len(summary["z05"]) <= 10
    middle = [k for k in summary if k not in clean and k not in ("e01", "z05")]
    assert len(middle) == 6 and all(2 <= len(summary[k]) <= 3 for k in middle), middle
    print("all checks passed; rules covered: %d" % len(covered))


if __name__ == "__main__":
    main()
