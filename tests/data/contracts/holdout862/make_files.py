"""holdout862: builds the ten drafts from the sources below, writes the .json labels and asserts the checks.
Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:市通信管理局电话亭改造与应急通信管理平台采购合同
P:合同编号：TXGL-ZC-2026-118    采购方式：公开招标（政府采购）
P:甲方（采购人）：某市通信管理局    乙方（供应商）：某市联讯信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，双方就甲方电话亭改造与应急通信管理平台项目（以下简称“本项目”）订立本合同，本合同采用甲方提供的合同文本。
H:第一条 项目内容
P:1.1 乙方向甲方提供应急通信管理平台软件许可一套，并按甲方需求完成定制开发、部署实施、数据对接及培训。平台用于管理全市已完成改造的 326 个电话亭应急通信点（含应急呼叫终端、公共Wi-Fi 热点、环境及视频监测设备），实现设备状态监测、应急呼叫接转、告警派单及统计分析。
P:1.2 定制开发内容包括：电话亭点位电子地图与巡检模块、应急呼叫接转与录音归档模块、与市应急指挥平台及三家基础电信运营商网管系统的接口、移动巡检小程序和统计报表十八张，详见附件1《需求规格说明书》。
P:1.3 平台部署于甲方政务云，乙方不得将平台或甲方数据迁移至政务云以外的任何环境。
P:1.4 平台应兼容国产操作系统、数据库和中间件，支持不少于 300 个并发用户，页面常用操作响应时间不超过 3 秒，并提供适配政务外网的统一身份认证接口。
H:第二条 合同价款
P:2.1 本合同总价为人民币 2,010,000 元（大写：贰佰零壹万元整），为固定总价，含税，包括：平台软件许可费 1,180,000 元（永久许可，不限终端数量）；定制开发费 640,000 元；部署实施及数据对接费 152,000 元；培训费 38,000 元。
P:2.2 合同总价已包括乙方完成本项目所需的全部人工、差旅、第三方组件及税费，甲方不再另行支付任何费用。
H:第三条 付款方式
P:3.1 合同签订且甲方收到乙方开具的等额发票后 15 个工作日内，甲方支付合同总价的 20% 作为预付款，即 402,000 元。
P:3.2 平台部署完成并通过初步验收后，甲方支付合同总价的 45%，即 904,500 元。
P:3.3 平台通过最终验收后，甲方支付合同总价的 35%，即 703,500 元。
P:3.4 甲方以国库集中支付方式付款，因财政支付流程造成的延迟不视为甲方违约。
H:第四条 交付与进度
P:4.1 乙方应于合同签订后 90 日内完成部署及定制开发并提交初步验收申请，于初步验收后 60 日内完成试运行。
P:4.2 乙方应按周提交项目周报，并在每一里程碑完成后五个工作日内提交里程碑报告。
P:4.3 乙方应在合同签订后十日内提交项目实施计划，明确需求调研、设计、开发、测试、部署、试运行各阶段的时间节点和人员安排，经甲方确认后执行。因甲方原因导致进度延误的，工期相应顺延，但乙方应及时书面告知甲方。
H:第五条 验收
P:5.1 初步验收：由甲方组织，对照需求规格说明书逐项测试功能；326 个点位全部接入平台且状态数据刷新间隔不超过 60 秒；应急呼叫接转经 500 次测试全部成功；与市应急指挥平台及各运营商网管接口联调通过；平台通过第三方安全测评，无高危漏洞。
P:5.2 最终验收：试运行 60 日内无一级故障，初验遗留问题全部关闭，乙方提交源代码、部署文档、操作手册及培训记录，经甲方组织的专家组评审合格并签署最终验收报告。
P:5.3 平台上线运行、甲方使用或支付任何款项，均不视为验收合格。验收不合格的，乙方应在 15 日内整改并重新提交验收，由此产生的费用由乙方承担。
H:第六条 质保期与维护
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供软件缺陷修复、版本升级、远程及现场技术支持。
P:6.2 质保期满后，甲方如需继续委托乙方提供维护服务，年度维护费不超过平台软件许可费的 9%，即每年不超过 106,200 元，该标准在质保期满后三年内不上调；维护合同另行签订，不自动续期。
H:第七条 服务水平
P:7.1 平台月可用率不低于 99.98%，计划内维护须提前三个工作日经甲方同意并安排在夜间进行。
P:7.2 故障分级及响应：一级故障（平台整体不可用或应急呼叫无法接转）30 分钟内响应、2 小时内到场、6 小时内恢复；二级故障 1 小时内响应、次日内修复；三级故障在下一版本中修复。
P:7.3 响应或恢复超时的，每超时 1 小时按 1,000 元扣减当期应付款；月可用率每低于承诺值 0.01 个百分点，扣减 2,000 元。
H:第八条 知识产权
P:8.1 平台原有软件的知识产权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 本项目定制开发的程序、接口、小程序及其源代码、文档的知识产权归甲方所有，甲方可自行或委托第三方使用、修改和再开发。
H:第九条 数据安全
P:9.1 平台采集和产生的全部数据（包括点位信息、呼叫录音、告警记录及视频）属于甲方，乙方仅为履行本合同使用，不得用于其他任何目的，不得留存副本。
P:9.2 乙方应遵守网络安全等级保护三级要求，运维人员通过甲方堡垒机访问系统，操作全程审计；乙方不得私自下载或对外传输数据。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在 1 小时内报告甲方并采取补救措施，因乙方原因造成的，乙方承担全部赔偿责任。
H:第十条 保密
P:10.1 乙方对履行本合同中知悉的甲方工作秘密、网络结构、应急预案及其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务在合同终止后五年内持续有效。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期提交验收的，每逾期一日按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方逾期超过 30 日的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
P:11.3 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第十二条 分包
P:12.1 乙方不得将本项目转包或分包给任何第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后 15 日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院起诉。
H:第十五条 项目人员与培训
P:15.1 乙方应指派具有同类政务平台实施经验的项目经理一名、开发工程师不少于五名，项目经理在项目实施期间驻场，未经甲方同意不得更换。甲方认为乙方人员不能胜任的，有权要求更换，乙方应在五个工作日内完成替换。
P:15.2 乙方应为甲方管理人员、值班人员及区县巡检人员分批组织培训，培训总人数不少于 80 人次，并提供培训教材、考核记录和操作视频。
H:第十六条 不可抗力
P:16.1 因地震、洪水、重大疫情等不可抗力致使合同不能按期履行的，受影响一方应在三日内通知对方并提供证明，双方协商延期履行；不可抗力持续超过 60 日的，任何一方可书面解除本合同。
H:第十七条 其他
P:17.1 本合同一式六份，甲方四份，乙方两份，自双方签字盖章之日起生效。招标文件、投标文件及附件为本合同组成部分。
P:附件1：需求规格说明书    附件2：点位清单    附件3：验收方案
P:甲方（盖章）：________    乙方（盖章）：________
"""

Z02 = """T:笔筒生产线控制系统改造合同
P:合同编号：BT-GZ-2026-037
P:甲方（买方）：某市文华笔筒制品有限公司    乙方（卖方）：某省精控自动化工程有限公司
P:甲方现有注塑、竹木雕刻、喷涂及包装等六条笔筒生产线，控制系统老化、停机频繁。经比选，甲方委托乙方对上述生产线的控制系统进行改造，双方经协商订立本合同。
H:第一条 改造范围
P:1.1 乙方负责六条生产线控制系统的设备供货、软件许可、程序开发、安装调试及培训，包括更换 PLC 控制柜、触摸屏、伺服驱动及电机，加装视觉检测单元，部署产线监控软件，并与甲方现有 ERP 系统对接生产工单和产量数据。
P:1.2 改造应分线进行，每条生产线停产时间不超过七日，乙方应在甲方确认的停产窗口内施工，不得影响其他生产线的正常生产。
P:1.3 技术要求：PLC 采用国内主流品牌中型机，I/O 点数预留不少于两成余量；触摸屏不小于 12 英寸，支持中文配方管理；伺服系统定位精度不低于 ±0.02 mm；视觉检测单元可识别笔筒表面划痕、缺料、色差及雕刻深度偏差，检测速度与生产节拍匹配；监控软件支持设备 OEE 统计、停机原因录入、能耗统计及移动端查看。
P:1.4 乙方应在施工前提交改造方案、停产计划、安全措施及旧设备拆除清单，经甲方书面确认后实施。拆除的旧设备归甲方所有，由乙方清点后移交甲方仓库。
H:第二条 合同价格
P:2.1 本合同总价为人民币 1,730,000 元，含 13% 增值税、运输、保险及安装费用，明细如下：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|PLC 控制柜（含 I/O 模块）|6 套|98,000|588,000
TB:2|触摸屏 HMI|6 套|16,500|99,000
TB:3|伺服驱动及电机|24 套|12,800|307,200
TB:4|视觉检测单元|6 套|46,000|276,000
TB:5|产线监控软件许可（永久）|1 套|168,000|168,000
TB:|硬件及软件小计|||1,438,200
TB:6|PLC 及 HMI 程序开发、ERP 接口开发|1 项|118,000|118,000
TB:7|安装调试|1 项|156,000|156,000
TB:8|培训|1 项|17,800|17,800
TB:|合同总价|||1,730,000
P:2.2 合同总价为固定价格，除甲方书面变更需求外不作调整。因甲方变更需求增加或减少工作量的，双方按投标报价中的单价协商确定变更金额，并签订书面补充协议。
H:第三条 付款
P:3.1 合同生效后 10 个工作日内，甲方支付合同总价的 10%，即 173,000 元，作为预付款。
P:3.2 全部设备到货并经甲方清点签收后，甲方支付合同总价的 35%，即 605,500 元；到货签收仅确认数量和外观，不视为验收。
P:3.3 六条生产线全部通过最终验收后，甲方支付合同总价的 55%，即 951,500 元。
P:3.4 乙方每次收款前应开具等额增值税专用发票。
H:第四条 交付与工期
P:4.1 乙方应在合同生效后 45 日内将全部设备运至甲方厂区，并在到货后 60 日内完成六条生产线的改造调试。
P:4.2 设备应采用适合公路运输的包装，附装箱单、合格证及出厂检验报告；设备在交付甲方签收前的毁损、灭失风险由乙方承担。
P:4.3 乙方逾期交货或逾期完成改造的，每逾期一日按合同总价的千分之一向甲方支付违约金。
H:第五条 验收
P:5.1 每条生产线改造完成后连续试生产 72 小时，满足下列条件的，该线通过单线验收：设备按技术协议正常运行；节拍达到技术协议约定值；视觉检测漏检率不高于 0.3%；监控软件实时显示设备状态和产量；ERP 工单数据准确回传。
P:5.2 六条生产线全部通过单线验收并连续稳定运行 30 日后，由甲方组织最终验收，双方签署最终验收证书。设备到货、安装或投入试生产，均不视为验收合格。
H:第六条 质保与维保
P:6.1 质保期为六个月，自最终验收合格之日起计算。质保期内设备及软件出现故障的，乙方免费维修或更换。
P:6.2 质保期满后，乙方继续提供维保服务，年度维保费按硬件及软件小计的 22% 计取，即每年 316,404 元，按季度支付；该费率在质保期满后五年内不上调。
P:6.3 故障分级：一级故障（整条生产线停机）乙方应在 1 小时内响应，6 小时内到场；二级故障（单台设备故障不影响整线）8 小时内到场。每超时 1 小时，乙方向甲方支付 800 元。
P:6.4 质保期及维保期内，乙方每季度对六条生产线进行一次预防性巡检，检查控制柜、伺服系统、视觉检测单元及监控软件的运行状态，备份 PLC 程序和配方数据，并向甲方提交巡检报告。
P:6.5 乙方应建立甲方设备档案，记录每台设备的型号、序列号、安装位置、程序版本及维修记录，并在每次维修或程序修改后更新，设备档案随时供甲方查阅。
P:6.6 质保期内因同一部件连续三次出现同类故障的，乙方应免费更换同型号新部件；更换或维修的部件，自更换之日起重新计算六个月质保期。
H:第七条 知识产权
P:7.1 监控软件的知识产权归乙方所有，甲方享有永久使用权。
P:7.2 乙方为本项目开发的 PLC 程序、HMI 画面、ERP 接口程序及其源文件的知识产权归甲方所有，甲方可自行修改或委托第三方维护。乙方应在最终验收时移交全部源文件。
H:第八条 数据安全
P:8.1 生产线运行数据、产量数据及工艺参数属于甲方，乙方不得用于本合同以外的任何目的。
P:8.2 乙方远程维护须经甲方逐次批准并通过甲方指定的 VPN 接入，乙方不得复制或留存甲方数据。因乙方原因导致数据泄露或工控系统遭受攻击的，乙方应在 2 小时内通知甲方并承担全部赔偿责任。
H:第九条 保密
P:9.1 双方对在合作中知悉的对方商业秘密和技术信息承担保密义务，未经对方书面同意不得向第三方披露，保密期限至合同终止后三年。
H:第十条 分包
P:10.1 乙方不得转包。电气安装部分如需分包，须事先取得甲方书面同意，乙方对分包方的工作承担全部责任。
H:第十一条 合同解除
P:11.1 乙方严重违约，经甲方书面通知后 10 日内未纠正的，甲方有权解除本合同并要求乙方赔偿损失。
H:第十二条 安全施工与培训
P:12.0 改造期间，乙方应安排项目经理常驻甲方现场，每日与甲方生产部门召开碰头会，协调停产窗口、施工进度及试生产安排。
P:12.1 乙方施工人员应遵守甲方厂区安全管理制度，持证上岗，动火、登高及带电作业须办理作业票。因乙方原因造成人身伤害或财产损失的，由乙方承担责任。
P:12.2 乙方应为甲方电气维修人员及各线班组长提供不少于五天的集中培训，内容包括设备操作、参数设置、常见故障排除及程序备份恢复，并提供中文操作手册和维护手册各两套。
P:12.3 乙方应随设备免费提供一批易损备件（包括继电器、传感器、保险及通信模块），备件清单作为合同附件，质保期内消耗的备件由乙方及时补足。
H:第十三条 不可抗力
P:13.1 因不可抗力不能履行合同的，受影响一方应及时通知对方，并在十五日内提供证明，双方根据影响程度协商延期或部分免除责任。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。争议由甲方所在地人民法院管辖。
P:14.2 技术协议、改造方案、设备清单及备件清单为本合同附件，与本合同具有同等效力。
P:14.3 本合同一式四份，双方各执两份，自双方签章之日起生效。
P:甲方（盖章）：________    乙方（盖章）：________
"""

Z03 = """水球培训门店预约与会员管理系统订阅及实施服务合同

合同编号：SQ-SaaS-2026-0415

甲方（客户）：某市浪花水球运动培训有限公司
乙方（服务商）：某市云泳科技有限公司

甲方在本市及周边城市经营 40 家水球培训门店，为统一管理课程预约、会员储值、教练排班和场馆使用，甲方订购乙方“泳约”预约与会员管理云服务，并委托乙方完成实施。双方经协商订立本合同。

一、服务内容
（一）订阅服务：乙方为甲方 40 家门店开通“泳约”云服务，包括课程预约、会员卡及储值管理、教练排班、场馆泳道排期、家长端小程序、消息通知及经营报表功能。
（二）实施服务：乙方负责系统配置、门店及课程数据初始化、旧系统会员数据迁移、家长端小程序按甲方品牌定制、与甲方财务系统及支付通道对接，并为门店店长和前台人员提供培训。
（三）功能要求：课程预约支持按门店、泳道、教练、年龄段和水平等级筛选，支持固定班、私教课和体验课三种类型；会员卡支持次卡、期卡和储值卡，可跨门店通用；教练排班支持按门店设置排班规则，自动计算课时费；场馆排期可按泳道和时段展示占用情况；经营报表包括门店营收、续费率、课消、教练课时及退费统计，可按日、周、月导出。
（四）服务期限：两个服务年度。第一服务年度自实施验收合格之日起算，第二服务年度紧接第一服务年度。

二、费用及支付
（一）订阅费：每家门店每服务年度 8,600 元，40 家门店每服务年度合计 344,000 元，两个服务年度合计 688,000 元。
（二）实施费：126,000 元；培训费：18,000 元。
（三）合同总价：832,000 元（含税）。
（四）支付方式：
1. 实施费和培训费在实施验收合格后 15 个工作日内一次性支付；
2. 每一服务年度的订阅费在该服务年度开始后 15 个工作日内支付；
3. 本合同不设预付款。
（五）服务期内甲方新增门店的，按每店每服务年度 8,600 元按月折算计费；关闭门店的，自关闭次月起相应减少订阅费。
（六）乙方应在每次收款前向甲方开具合法有效的增值税专用发票，发票信息错误的，甲方付款期限相应顺延。

三、实施与验收
（一）乙方应在合同签订后 45 日内完成实施并提交验收申请。实施期间，乙方应在新旧系统并行期内保证门店正常预约和收银，不得因切换造成会员无法上课或储值余额错误。
（二）验收标准：
1. 40 家门店的课程、泳道、教练及价格数据全部配置完毕，经甲方抽查核对无误；
2. 旧系统会员数据（约 2.6 万名会员、储值余额及剩余课时）迁移后逐条核对，余额和课时差异为零；
3. 家长端小程序完成预约、取消、候补、支付和退款全流程测试，并通过微信平台审核上线；
4. 与财务系统的日结对账连续 10 个营业日无差异；
5. 系统在 500 个并发预约请求下，页面响应时间不超过 2 秒。
（三）甲方在收到验收申请后 10 个工作日内组织验收。系统上线或甲方开始使用，不视为验收合格。
（四）乙方逾期完成实施的，每逾期一日按合同总价的千分之一支付违约金。

四、服务水平
（一）乙方承诺系统月可用率不低于 99.95%，按月统计，计划内维护须在每日 0 点至 6 点之间进行并提前两天通知甲方。
（二）故障响应：一级故障（全部门店无法预约或支付）30 分钟内响应，3 小时内恢复；二级故障（部分功能不可用）2 小时内响应，次日恢复；三级故障在下一版本修复。
（三）服务抵扣：月可用率低于承诺值的，按当月订阅费的 5% 至 20% 分档抵扣；一级故障每超时 1 小时，另抵扣 1,000 元。抵扣金额从下一期订阅费中扣除。

五、数据
（一）甲方及其会员在系统中录入和产生的数据，包括会员信息、消费记录、课程记录及儿童学员信息，归甲方所有。
（二）甲方同意，乙方可以将甲方数据进行去标识化处理后，用于乙方的行业分析报告、产品改进和算法模型训练，该项使用权在本合同终止后继续有效。
（三）数据安全：乙方应按网络安全等级保护三级要求运营系统，对会员个人信息加密存储，实行最小权限访问并保留操作日志；发生数据泄露的，乙方应在 2 小时内通知甲方，配合处置，并对因乙方原因造成的损失承担赔偿责任。
（四）合同终止后 30 日内，乙方应将甲方数据以通用格式完整交付甲方，并在甲方确认后删除。
（五）乙方应每日对甲方数据进行备份，备份数据至少保留 30 日；会员储值和课时数据出现差错的，乙方应以备份数据和操作日志为依据协助甲方核对更正。

六、知识产权
（一）“泳约”平台的知识产权归乙方所有。
（二）乙方按甲方品牌定制的小程序页面、专属报表及财务接口程序归甲方所有，甲方可自行使用、修改，或交由第三方维护。

七、双方义务
（一）甲方应指定项目联系人，在乙方实施期间提供门店资料、课程体系、价格政策及旧系统数据导出文件，并组织门店人员参加培训。
（二）乙方应指定项目经理和不少于三名实施顾问，实施期间至少一名顾问在甲方总部驻场；乙方应为甲方提供 7×24 小时客服热线和在线工单通道，并每季度向甲方提交服务报告，内容包括可用率、故障处理、需求处理情况和改进建议。
（三）乙方应在每个服务年度结束前组织一次服务回顾会，向甲方汇报系统运行、门店使用率、功能需求处理情况，并听取甲方对下一服务年度的改进意见。
（四）乙方进行重大版本升级前应提前七日通知甲方，并在测试环境中提供试用；升级不得导致甲方已使用功能缺失或数据丢失。
（五）培训：乙方应分区域为 40 家门店的店长、前台和教练组织现场或线上培训，每家门店不少于两名人员参训，并提供操作视频和常见问题手册。

八、保密
双方对在合作中获知的对方商业秘密、经营数据及技术资料负有保密义务，未经对方书面同意不得披露，保密义务在合同终止后三年内有效。

九、续期
服务期满前 30 日，任何一方未书面提出不续期的，本合同自动续期一个服务年度，可连续续期；续期时乙方有权按其届时公布的标准价格调整订阅费，甲方不得以调价为由拒绝支付。

十、分包
乙方不得将实施服务转包；确需分包的部分，须事先取得甲方书面同意。

十一、合同解除
（一）一方严重违约，经对方书面催告后 15 日内仍未纠正的，守约方有权书面解除本合同，并要求违约方赔偿损失。乙方原因解除的，乙方应退还未履行期间的订阅费。
（二）合同解除或终止后，乙方应继续为甲方开放系统只读查询 30 日，便于甲方导出数据及向门店会员解释说明；在此期间乙方不得向甲方会员推送任何营销信息。
（三）合同终止不影响第五条数据条款、第八条保密条款及已经产生的付款义务的效力。

十二、法律适用与争议解决
本合同适用中华人民共和国法律。争议提交某市仲裁委员会，按其规则仲裁。

十三、不可抗力
因自然灾害、公共卫生事件、政府行为或基础电信网络大面积中断等不可抗力导致无法履行的，受影响一方应及时通知对方并尽力减少损失，在不可抗力影响范围内免责；但乙方未按约定进行数据备份的，不得以此免责。

十四、其他
本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：________        乙方（盖章）：________
"""

Z04 = """某县农业农村局温室大棚环境监控系统运维服务合同

项目编号：NYJ-CS-2026-021（竞争性磋商）

采购人（甲方）：某县农业农村局
供应商（乙方）：某市绿穗物联网科技有限公司

根据《中华人民共和国政府采购法》《政府采购竞争性磋商采购方式管理暂行办法》及本项目磋商文件、乙方响应文件和成交通知书，双方就温室大棚环境监控系统运维服务订立本合同。

第一条 服务对象与范围
1.1 服务对象为甲方在全县 7 个蔬菜、花卉示范园区建设的温室大棚环境监控系统，包括 86 座温室大棚内的空气温湿度、土壤温湿度、光照、二氧化碳浓度传感器共 1,032 个，视频监控摄像机 172 台，卷帘、通风及灌溉控制终端 258 套，园区汇聚网关 14 台，以及部署在县农业大数据中心的监控平台软件。
1.2 服务内容：
（1）日常巡检：每月对全部园区现场巡检一次，检查传感器、摄像机、控制终端、网关及供电、通信线路运行情况，并填写巡检记录；
（2）传感器校准与更换：每季度对传感器进行一次校准，对损坏或精度不达标的传感器予以更换，备件由乙方提供；
（3）平台软件维护：平台缺陷修复、操作系统及数据库补丁更新、数据备份和性能优化；
（4）故障处理与应急保障：接报故障后按第四条时限响应和修复，在寒潮、高温、暴雨等灾害性天气预警期间安排专人值守；
（5）技术培训：每半年为园区管理人员组织一次操作培训。
1.3 服务期：自 2027 年 1 月 1 日起至 2027 年 12 月 31 日止。
1.4 服务地点为全县 7 个示范园区及县农业大数据中心机房，乙方远程维护平台软件须经甲方批准。

第二条 服务费用
2.1 本合同服务费总额为人民币 468,000 元（含税），其中：日常巡检 186,000 元，传感器校准与更换（含备件）124,000 元，平台软件维护 98,000 元，应急保障及培训 60,000 元。
2.2 服务费为包干价，除甲方书面增加服务范围外不作调整。

第三条 付款方式
3.1 服务费按季度平均支付，每季度 117,000 元。
3.2 每季度结束后，甲方按第五条进行季度考核，考核合格并收到乙方发票后 15 个工作日内支付该季度服务费。
3.3 本合同不设预付款。

第四条 服务要求
4.1 故障分级：
（1）一级故障：整个园区监控中断，或灌溉、通风控制失灵可能造成作物损失的，乙方应在 1 小时内响应，3 小时内到达现场，8 小时内修复；
（2）二级故障：单座大棚部分传感器或控制终端失效的，2 小时内响应，次日内修复；
（3）三级故障：平台个别功能异常、不影响监测的，3 个工作日内修复。
4.2 乙方未按上述时限响应或修复的，每超时 1 小时扣减服务费 500 元，在当季度服务费中扣除。
4.3 乙方应建立运维服务台，工作日 8 点至 18 点安排专人值守，其余时间保持电话畅通；每月 5 日前向甲方提交上月运维报告。
4.4 乙方应配备不少于 4 名专职运维人员，其中至少 1 人具备中级以上职称，人员名单报甲方备案，变更须提前告知甲方。
4.5 乙方应在县城设立备件库，常备传感器、摄像机、控制终端及网关备件，各类备件数量不少于在用数量的 5%，备件型号与现有设备一致或经甲方确认可兼容。
4.6 乙方在园区现场作业时，应遵守园区管理规定，不得踩踏、损坏作物，进入育苗温室须按要求消毒；高处作业、带电作业应采取安全防护措施，因乙方原因造成人身伤害或财产损失的，由乙方承担责任。
4.7 每次巡检后，乙方应在监控平台中更新设备台账，记录设备编号、位置、运行状态、维修及更换情况，确保台账与现场一致。

第五条 考核与验收
5.1 甲方每季度对乙方服务进行考核，考核标准为：
（1）当季度巡检覆盖全部 86 座大棚，巡检记录完整并经园区负责人签字；
（2）传感器校准记录齐全，抽检 30 个传感器，温度误差不超过 ±0.5℃，湿度误差不超过 ±3%RH；
（3）一级故障均在时限内修复；
（4）运维报告按时提交，平台数据备份经恢复测试成功。
5.2 考核不合格的，乙方应在 10 日内整改，整改后重新考核；整改期间该季度服务费暂停支付。
5.3 服务期满，甲方根据四个季度的考核结果组织年度验收，并出具验收意见。
5.4 年度验收时，乙方应提交全年运维总结报告，内容包括设备运行统计、故障分析、备件消耗、校准记录汇总及下一服务期的运维建议；甲方可邀请行业专家参加年度验收评审。

第六条 数据
6.1 监控系统采集的环境监测数据、视频资料及控制记录归甲方所有，乙方不得用于本合同以外的任何目的。
6.2 服务期满后，乙方应将运维期间形成的数据备份移交甲方。
6.3 监测数据是园区生产调度和农业技术推广的依据，乙方在维护中发现数据异常、传感器漂移或设备离线的，应在当日告知园区负责人并记入巡检记录。

第七条 保密
乙方对履约中知悉的甲方工作信息、园区布局、种植计划及系统账号口令负有保密义务，未经甲方书面同意不得向第三方提供，保密期限至合同终止后三年。

第八条 知识产权
乙方在运维过程中为甲方编写的巡检脚本、配置文件、运维文档及报表模板归甲方所有，甲方可自由使用和修改。

第九条 违约责任
9.1 乙方未按计划完成巡检、校准或故障修复逾期的，每逾期一日，按合同总额的万分之二向甲方支付违约金。
9.2 乙方提供的备件不合格或以旧充新的，应无偿更换，并赔偿甲方由此造成的作物损失。
9.3 甲方逾期付款的，每逾期一日按逾期金额的万分之三向乙方支付违约金。

第十条 转包与分包
乙方不得将本合同服务转包或分包给任何第三方。乙方需临时租用高空作业车辆或委托电力施工的，应事先报甲方书面同意，并对相关作业的质量和安全负责。

第十一条 合同解除
乙方连续两个季度考核不合格，或有其他严重违约行为经甲方书面催告后 10 日内仍未纠正的，甲方有权解除本合同，并按实际服务期间结算费用。

第十二条 合同期满
本合同期满自动终止，不自动续期。甲方如需继续采购运维服务，应依法重新组织采购。

第十三条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，由双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十四条 甲方义务
14.1 甲方应指定专人负责运维服务的联络、协调和考核，并为乙方进入园区和县农业大数据中心提供必要的便利。
14.2 甲方应及时向乙方通报园区种植计划调整、设施改扩建及其他可能影响系统运行的情况。
14.3 甲方应按合同约定及时支付服务费。
14.4 园区因种植需要调整设备位置或新增、拆除设备的，甲方应提前通知乙方，由乙方负责实施，所需材料费用由双方另行确认。

第十五条 服务交接
15.1 服务开始前，双方共同对系统现状进行清点，形成设备清单和现状评估报告，作为运维基线。
15.2 服务期满或合同解除时，乙方应在 15 日内向甲方或甲方指定的新服务商移交设备台账、巡检记录、运维文档、系统账号及剩余备件，并配合完成交接，不得以任何理由拖延。

第十六条 其他
本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。磋商文件、响应文件及成交通知书为本合同组成部分。

甲方（盖章）：________        乙方（盖章）：________
签订日期：2026 年 12 月    日
"""

Z05 = """# 刻痕工序追踪系统软件许可及定制开发合同

**刻痕软件标准合同文本 V3.0**

合同编号：KH-2026-1107

甲方（用户）：某市墨岩铜版画工作室
乙方（开发方）：某市刻痕软件有限公司

甲方为铜版画创作与限量版印制机构，为追踪铜版制作、腐蚀、试印、正式印制、编号签名及装裱等工序，购买乙方“刻痕”工序追踪系统并委托乙方进行定制开发。双方本着平等自愿原则，订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供“刻痕”工序追踪系统标准版软件许可（20 个用户）及配套部署服务。

1.2 乙方按甲方需求进行定制开发，内容包括：
- 版材档案模块：记录每块铜版的材质、尺寸、腐蚀次数、钢面处理及存放位置；
- 印次追踪模块：记录每一印次所用纸张、油墨、压力参数及印制人员，自动累计印数；
- 限量版编号模块：按版次生成编号，防止重号、超印，支持艺术家试印本（A.P.）单独编号；
- 收藏证书模块：为每件作品生成带二维码的收藏证书，可供藏家扫码查询；
- 与甲方现有网店及库存表格的数据导入接口。

1.3 具体功能以双方确认的《需求确认单》为准，需求确认后的变更按乙方报价另行计费。

1.4 系统采用浏览器/服务器架构，支持电脑端和平板电脑访问，可在工坊现场通过扫描铜版及作品标签上的二维码快速登记工序；系统界面为简体中文，提供英文界面切换。

1.5 乙方负责将甲方现有的作品登记表、版材清单及藏家名录导入系统，导入数据的准确性由甲方负责核对。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | “刻痕”工序追踪系统标准版软件许可（20 用户，永久） | 168,000 |
| 2 | 定制开发（版材档案、印次追踪、限量版编号、收藏证书、数据导入接口） | 132,000 |
| 3 | 部署实施 | 26,000 |
| 4 | 培训 | 8,000 |
| | 合计 | 334,000 |

合同总价为人民币 334,000 元（含税）。

## 第三条 付款方式

3.1 本合同签订后 5 个工作日内，甲方向乙方支付合同总价的 65%，即 217,100 元。

3.2 系统安装上线后 5 个工作日内，甲方支付合同总价的 35%，即 116,900 元。

3.3 乙方收到款项后开具增值税普通发票；甲方需要增值税专用发票的，应在付款前书面告知乙方并提供开票信息。

3.4 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金，乙方有权暂停服务直至甲方付清款项。

## 第四条 交付

4.1 乙方在收到首期款后 60 个工作日内完成定制开发并安装上线，具体时间以乙方项目计划为准。

4.2 因甲方需求变更、资料提供不及时或配合不到位导致延期的，交付期限相应顺延，乙方不承担责任。

4.3 甲方应按乙方要求准备服务器或云主机、操作系统、数据库及网络环境，推荐配置为 8 核处理器、32GB 内存、1TB 存储。因甲方运行环境不符合要求导致系统运行异常的，乙方不承担责任。

4.4 甲方应指定一名项目联系人，负责需求确认、资料提供及内部协调，并在乙方提出需求确认单后 5 个工作日内完成确认，逾期未确认的，视为甲方同意乙方的方案。

## 第五条 验收

5.1 系统在甲方环境安装上线后，即视为甲方验收合格。

5.2 上线前，乙方对系统进行内部测试，并向甲方演示主要功能；演示不作为甲方验收的条件。

5.3 甲方如对系统功能有异议，应在上线后 3 日内以书面形式提出，逾期未提出的，视为对系统无异议。

## 第六条 免费维护期与后续服务

6.1 乙方提供六个月的免费维护期，自系统安装上线之日起计算。免费维护期内，乙方通过电话、远程方式提供缺陷修复和使用咨询。

6.2 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订维护服务协议，维护费用按乙方当年公布的服务价格标准执行。

6.3 故障处理：对于系统无法登录或数据无法保存等一级故障，乙方在接到甲方报修后 8 个工作小时内响应，并尽快安排修复；其他问题在 3 个工作日内答复。

6.4 乙方提供两次培训，每次半天，培训对象为甲方系统管理员和工坊操作人员，培训方式由乙方确定。培训后甲方人员的操作失误导致的数据错误，不属于乙方维护范围。

6.5 免费维护期内，乙方每季度提供一次版本更新，更新内容由乙方根据产品规划确定。甲方提出的新增功能需求不属于维护范围，可另行签订开发合同。

6.6 下列情况不属于免费维护范围：甲方或第三方擅自修改系统；甲方运行环境变更；病毒或网络攻击；甲方操作不当；不可抗力。乙方处理上述问题的，按乙方收费标准另行收费。

## 第七条 知识产权

7.1 “刻痕”系统及其全部组成部分的知识产权归乙方所有。

7.2 乙方为甲方定制开发的全部模块、程序、源代码及相关文档，其知识产权同样归乙方所有。甲方在本合同约定范围内享有非独占、不可转让的使用权，不得自行或委托他人修改、反编译，不得向第三方提供。

7.3 乙方有权将定制开发成果纳入其标准产品，向其他客户销售。

## 第八条 数据与安全

8.1 甲方在系统中录入的作品信息、藏家信息及印制记录归甲方所有，乙方仅为提供本合同服务而使用，不得用于其他目的。

8.2 乙方对系统采取访问控制、数据加密及每日备份措施；因乙方原因导致甲方数据泄露或丢失的，乙方应立即通知甲方，协助恢复，并赔偿甲方由此遭受的直接损失。

8.3 甲方应自行妥善保管系统管理员账号及密码，定期修改密码；因甲方账号管理不善造成的数据损失由甲方承担。

## 第九条 保密

双方对在合作过程中获知的对方商业秘密、技术资料及客户信息负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后两年内继续有效。

## 第十条 责任限制

10.1 乙方在本合同项下的全部赔偿责任，累计不超过合同总价的 20%。

10.2 乙方对甲方的间接损失、利润损失、作品价值损失均不承担责任。

10.3 系统仅作为工序记录和管理工具，作品编号、印数和证书内容的最终确认由甲方负责，因甲方确认错误产生的纠纷与乙方无关。

## 第十一条 合同解除

11.1 一方严重违反本合同，经对方书面催告后 15 日内仍未改正的，守约方可以书面通知解除本合同。

11.2 合同解除时，甲方已支付的款项不予退还，乙方已完成的定制开发成果按本合同第七条处理；甲方应停止使用尚未付清款项对应的软件。

## 第十二条 不可抗力

因自然灾害、停电、网络运营商故障、政府行为及其他不能预见、不能避免且不能克服的情况导致一方不能履行合同的，该方不承担责任，但应在合理期限内通知对方。

## 第十三条 争议解决

因本合同发生的争议，双方应友好协商；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十四条 其他

14.1 本合同未尽事宜，以乙方官网公布的《用户服务条款》为补充。

14.2 《需求确认单》、项目计划及双方签署的其他书面文件为本合同附件，与本合同具有同等效力；附件与本合同正文不一致的，以本合同正文为准。

14.3 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：________　　乙方（盖章）：________
"""

E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. GUL-CN-2026-014
P:This Software Licence and Services Agreement (the "Agreement") is made between Yunnan Qingxiang Botanical Extracts Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Kunming, Yunnan Province (the "Buyer"), and Gülistan Proses Yazılım Ltd. Şti., a limited company incorporated in the Republic of Türkiye with its registered office in Isparta (the "Vendor").
P:The Vendor develops and licenses DistilTrack, a batch control and quality management system for essential-oil and floral-water distillation plants. The Buyer operates two distillation plants in Yunnan and wishes to license DistilTrack and to have it configured, interfaced and implemented at both plants. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the DistilTrack standard modules listed in Annex 1, in object code, with their user documentation and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means all configurations, recipe templates, reports, interface programs, data migration scripts and documents that the Vendor creates specifically for the Buyer under this Agreement, including their source code.
P:1.3 "Buyer Data" means all data entered into, generated by or processed with the Software at the Buyer's plants, including batch records, laboratory results, supplier and grower records and personal information of the Buyer's staff.
P:1.4 "Final Acceptance" means the Buyer's signature of the Final Acceptance Certificate under Article 5.
H:Article 2 Scope
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, irrevocable licence to install and use the Software at the Buyer's two plants and head office for up to 60 named users and 24 distillation units, and to make copies for backup, testing and disaster recovery.
P:2.2 The Vendor shall perform the following services: installation on the Buyer's servers in Kunming; configuration of recipes, batch steps, quality checkpoints and release workflows; development of interfaces to the Buyer's ERP system, laboratory information system and weighbridge system; migration of three years of historical batch records; training; and go-live support at each plant.
P:2.3 The detailed scope, milestones and responsibilities are set out in the Statement of Work in Annex 2.
H:Article 3 Price
P:3.1 The total price under this Agreement is CNY 1,900,000, inclusive of all taxes payable in the People's Republic of China, made up as follows: Software licence fee CNY 1,260,000; configuration and implementation services CNY 420,000; interface development and data migration CNY 186,000; training CNY 34,000.
P:3.2 The price is fixed. Travel and living expenses of the Vendor's personnel are included in it.
H:Article 4 Payment
P:4.1 The Buyer shall pay 20% of the total price (CNY 380,000) within 30 days after signature of this Agreement, against the Vendor's invoice and an advance payment guarantee of the same amount issued by a bank acceptable to the Buyer.
P:4.2 The Buyer shall pay 45% of the total price (CNY 855,000) within 30 days after the Software has been installed and the installation record has been signed at both plants. Signature of the installation record is not acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the total price (CNY 665,000) within 30 days after Final Acceptance.
P:4.4 All payments shall be made in CNY by bank transfer to the account designated by the Vendor.
H:Article 5 Acceptance
P:5.1 After installation and configuration, the Vendor shall carry out acceptance tests at each plant in accordance with the test plan agreed in Annex 3. The tests shall demonstrate that: every function in the Statement of Work operates as specified; batch records are complete and traceable from raw flowers to finished oil; all interfaces transfer data without loss or mismatch over ten consecutive working days; migrated historical records reconcile with the source records; and the system responds within two seconds for routine transactions with 40 concurrent users.
P:5.2 After successful tests, the Software shall run in production for 45 days. If no Severity 1 incident occurs during that period and all open defects of Severity 2 have been corrected, the Buyer shall sign the Final Acceptance Certificate within ten working days.
P:5.3 Installation, go-live, productive use or any payment does not constitute acceptance. If a test fails, the Vendor shall correct the defects at its own cost and repeat the test.
H:Article 6 Delivery and Delay
P:6.1 The Vendor shall complete installation within 60 days and reach Final Acceptance within 180 days after signature of this Agreement.
P:6.2 If the Vendor fails to meet either date for reasons attributable to it, it shall pay the Buyer liquidated damages of 0.08% of the total price for each day of delay, up to a maximum of 10% of the total price.
H:Article 7 Warranty and Support
P:7.1 The Vendor warrants that the Software and the Custom Deliverables will conform to the Statement of Work and the documentation for a warranty period of 24 months from Final Acceptance. During the warranty period the Vendor shall correct all defects, supply all updates and new releases and provide remote and on-site support free of charge.
P:7.2 Incidents are classified as follows. Severity 1: production at a plant is stopped or batch records cannot be saved; the Vendor shall respond within one hour and restore operation within eight hours. Severity 2: an important function is unavailable but production continues; response within two hours and correction within three working days. Severity 3: other defects; correction in the next release.
P:7.3 For each full hour by which the Vendor exceeds the Severity 1 response or restoration time, the Vendor shall credit the Buyer CNY 1,000 against the next payment or the next support fee.
P:7.4 After the warranty period, the Buyer may order annual support. The annual support fee shall not exceed 10% of the Software licence fee, that is CNY 126,000 per year, and the Vendor shall not increase it during the first three years after the warranty period. Annual support is ordered by a separate purchase order each year and does not renew automatically.
H:Article 8 Intellectual Property
P:8.1 The Vendor retains all intellectual property rights in the Software.
P:8.2 All intellectual property rights in the Custom Deliverables vest in the Buyer upon creation. The Vendor shall deliver their source code and documentation at Final Acceptance. The Buyer may use, modify and license the Custom Deliverables freely, including to third parties who maintain them on its behalf.
H:Article 9 Buyer Data and Data Security
P:9.1 Buyer Data belongs to the Buyer. The Vendor shall use Buyer Data only to perform this Agreement and shall not copy, retain or use it for any other purpose.
P:9.2 The Vendor shall access the Buyer's systems only through the remote access channel provided by the Buyer, with individual accounts and multi-factor authentication, and shall comply with the Buyer's information security policies and with the Personal Information Protection Law and the Data Security Law of the People's Republic of China. No Buyer Data shall be transferred outside the People's Republic of China.
P:9.3 The Vendor shall notify the Buyer of any actual or suspected breach of security affecting Buyer Data within eight hours after becoming aware of it, shall cooperate in containing and remedying it, and shall be liable for all losses caused by a breach attributable to the Vendor or its personnel.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public technical and commercial information received from the other party under this Agreement, including process parameters, recipes, prices and customer information, and shall use it only for the purposes of this Agreement.
P:10.2 This obligation does not apply to information that is public or that a party is required by law to disclose, and it continues for five years after termination of this Agreement.
H:Article 11 Liability
P:11.1 The total liability of each party under this Agreement is limited to 150% of the total price. This limit does not apply to liability for personal injury, wilful misconduct, infringement of intellectual property rights or breach of Articles 9 and 10.
H:Article 12 Subcontracting
P:12.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent. The Vendor remains fully responsible for the work of any approved subcontractor.
H:Article 13 Termination
P:13.1 The Buyer may terminate this Agreement by written notice if the Vendor commits a material breach and fails to remedy it within 30 days after written notice, or if the delay damages under Article 6.2 reach their maximum.
P:13.2 On termination for the Vendor's breach, the Vendor shall refund the payments received for services not accepted, and the licence under Article 2.1 shall survive for the Software already paid for.
H:Article 14 Governing Law and Jurisdiction
P:14.1 This Agreement is governed by the laws of the Republic of Türkiye.
P:14.2 Any dispute arising out of or in connection with this Agreement shall first be discussed between the parties' project sponsors. If it is not resolved within 30 days, it shall be settled by the competent courts of Isparta, Türkiye.
H:Article 15 General
P:15.1 This Agreement is executed in English in two originals, one for each party. Annexes 1 to 3 form part of it.
P:15.2 Amendments are valid only if made in writing and signed by both parties.
P:Annex 1: Software modules and licence metrics. Annex 2: Statement of Work. Annex 3: Acceptance test plan.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""

E02 = """# ORDER FORM — BakımBulut Maintenance Management Service

Order Form No. BB-OF-2026-0093

This Order Form is entered into between **Raman Saha Yazılım A.Ş.**, a joint stock company incorporated in the Republic of Türkiye with its registered office in Batman ("Provider"), and **Karamay Jinyuan Oilfield Technical Services Co., Ltd.**, a company incorporated in the People's Republic of China with its registered office in Karamay, Xinjiang ("Customer"). It consists of Part A (Order Details) and Part B (General Terms). If Part A and Part B conflict, Part A prevails.

## PART A — ORDER DETAILS

### A1. Service

BakımBulut is a cloud-hosted maintenance management service for oilfield equipment. Under this Order Form Provider will provide Customer with:

- the BakımBulut Professional edition for 300 named users, covering asset registers, preventive maintenance plans, work orders, spare-parts inventory, inspection checklists and a mobile application for field technicians;
- hosting in Provider's cloud region in Shanghai, operated by a mainland-China hosting partner named in A6;
- onboarding services: configuration of Customer's asset hierarchy for 1,850 pumping units, compressors and separators, import of maintenance history, set-up of preventive maintenance plans, two interfaces (Customer's ERP and its SCADA alarm gateway), and training.

### A2. Subscription Term

The Subscription Term is two Subscription Years. The first Subscription Year starts on the date of Onboarding Acceptance under A4; the second Subscription Year follows immediately.

### A3. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription, Subscription Year 1 | 300 named users × CNY 1,620 | 486,000 |
| Subscription, Subscription Year 2 | 300 named users × CNY 1,620 | 486,000 |
| Onboarding services (one-time) | fixed price | 88,000 |
| **Total Contract Value** | | **1,060,000** |

All fees include Chinese VAT. Additional named users may be added at CNY 1,620 per user per Subscription Year, pro rata.

### A4. Onboarding and Acceptance

Provider shall complete onboarding within 50 days after signature of this Order Form. Onboarding is accepted ("Onboarding Acceptance") when Customer confirms in writing that: (a) the asset hierarchy for all 1,850 units has been loaded and checked against Customer's asset list without discrepancies; (b) maintenance history for the past three years has been imported and sample-checked; (c) the ERP and SCADA interfaces have run for ten consecutive working days without lost or duplicated records; (d) field technicians at two pilot sites have used the mobile application for five working days; and (e) all training sessions have been delivered. Customer shall confirm or state its objections within seven working days after Provider's notice of completion. Use of the service during onboarding is not acceptance.

If Provider fails to achieve Onboarding Acceptance within the 50 days for reasons attributable to it, Provider shall pay Customer CNY 800 for each day of delay, up to CNY 60,000.

### A5. Invoicing and Payment

- The onboarding fee is invoiced after Onboarding Acceptance.
- The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year.
- Customer shall pay each invoice within 30 days after receipt. No other amount is payable before Onboarding Acceptance.

### A6. Service Level, Sub-processors and Contacts

- Availability commitment: 99.5% per calendar month, measured as set out in Part B Section 5.
- Named hosting partner: Shanghai Yunchuang Data Centre Co., Ltd.
- Provider's account manager: Mehmet Aydın; Customer's project lead: Wang Lei.

## PART B — GENERAL TERMS

### 1. Definitions

1.1 "Customer Data" means all data that Customer or its users enter into or generate with the service, including asset records, work orders, inspection results and personal information of Customer's staff.

1.2 "Customer Configurations" means the asset hierarchy, maintenance plans, checklists, report layouts and interface mappings created for Customer during onboarding or later at Customer's request.

1.3 "Incident" means any failure of the service to operate in accordance with its documentation.

### 2. Right to Use

2.1 During the Subscription Term Provider grants Customer and its named users a non-exclusive, non-transferable right to access and use the service for Customer's internal business purposes.

2.2 Customer shall not resell the service or use it to build a competing product.

### 3. Provider Obligations

3.1 Provider shall provide the service in accordance with its documentation and this Order Form, using qualified personnel.

3.2 Provider shall maintain the service, apply security patches and provide new releases at no extra charge. Provider shall not remove a function that Customer uses without Customer's written agreement.

### 4. Support

4.1 Provider shall operate a support desk in Chinese and English. Incidents are classified by severity:

| Severity | Description | Response | Restoration target |
|---|---|---|---|
| P1 | service unavailable or work orders cannot be created | 30 minutes | 3 hours |
| P2 | important function impaired | 2 hours | 1 business day |
| P3 | minor issue or question | 1 business day | next release |

4.2 Provider shall send Customer a monthly service report with availability, incidents and open requests.

4.3 Provider shall give Customer at least 30 days' notice of any new release that changes the user interface of the mobile application, and shall provide release notes in Chinese.

### 5. Service Levels and Service Credits

5.1 Availability is the percentage of minutes in a calendar month in which the service is available to users, excluding scheduled maintenance notified at least three days in advance and carried out between 01:00 and 05:00 Beijing time.

5.2 If availability in a month falls below the commitment in A6, Provider shall grant a service credit of 5% of the monthly subscription fee for each started 0.5 percentage point of shortfall, up to 25% of the monthly fee. If the P1 response time is exceeded, Provider shall credit CNY 1,000 per started hour of delay.

5.3 Service credits are deducted from the next invoice. They are Customer's sole and exclusive remedy for any failure to meet the service levels or any other failure of the service.

### 6. Customer Data and Security

6.1 Customer Data belongs to Customer. Provider shall process Customer Data only to provide the service to Customer and for no other purpose.

6.2 Provider shall store Customer Data only in the People's Republic of China, encrypt it in transit and at rest, restrict access to authorised personnel with multi-factor authentication, keep access logs for at least six months and back up Customer Data daily.

6.3 Provider shall notify Customer of any security breach affecting Customer Data within eight hours after discovery, shall take all reasonable steps to contain it and shall be liable for losses caused by a breach for which Provider is responsible.

6.4 Within 30 days after the end of the Subscription Term Provider shall return all Customer Data in a standard format and then delete it.

### 7. Intellectual Property

7.1 Provider owns the service and its underlying software.

7.2 Customer Configurations belong to Customer. Customer may use, modify and disclose them freely, including to a successor provider.

### 8. Confidentiality

Each party shall keep the other party's confidential information secret, use it only for this Order Form and disclose it only to its employees and advisers who need to know it. This obligation survives for three years after the end of the Subscription Term.

### 9. Subcontractors

Provider may engage subcontractors and sub-processors to perform any part of the service. Provider maintains a list of them on its website and will notify Customer by email of any addition. Provider remains responsible for their performance.

### 10. Liability

Each party's total liability under this Order Form is limited to 150% of the Total Contract Value, except for breach of Section 6 and for wilful misconduct.

### 11. Term and Termination

11.1 This Order Form runs until the end of the Subscription Term and ends then without renewal. Any renewal requires a new Order Form signed by both parties.

11.2 Neither party may terminate this Order Form for convenience or for breach before the end of the Subscription Term. Either party may terminate it by written notice if the other party becomes insolvent or ceases business.

11.3 On expiry or termination Section 6.4 applies.

### 12. Governing Law and Disputes

This Order Form is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai.

### 13. Customer Responsibilities

13.1 Customer shall provide Provider with its asset list, maintenance history exports and interface specifications for its ERP and SCADA alarm gateway within ten days after signature, and shall make its key users available for configuration workshops and testing.

13.2 Customer is responsible for its users' accounts and passwords, for the accuracy of the data it enters and for the network connections of its sites to the internet.

13.3 Customer shall nominate a project lead and two system administrators, who shall act as the first contact for Customer's users and report Incidents to Provider's support desk.

### 14. General

Notices shall be in writing and sent to the contacts in A6. This Order Form is the entire agreement of the parties on its subject matter.

Signed for Provider: ____________________    Signed for Customer: ____________________
"""

E03 = """T:Purchase Contract for Cold-Chain Monitoring Devices and Software Licence
P:Contract No. FXL-PUR-2026-0521
P:Buyer: Foshan Xinlian Cold-Chain Logistics Co., Ltd., Shunde District, Foshan, Guangdong, People's Republic of China.
P:Supplier: Zeytin Sensör Teknolojileri A.Ş., Kilis, Republic of Türkiye, acting for the purposes of delivery, installation and support through its appointed service partner in Guangzhou.
P:This Contract is made on the Buyer's standard terms for equipment and software purchases. The Buyer operates twelve cold stores and a fleet of refrigerated trucks and is buying wireless temperature and humidity monitoring for them.
H:1. Definitions
P:1.1 "Devices" means the data loggers, gateways and door sensors listed in the price table in clause 3.
P:1.2 "Software" means the ColdWatch monitoring software, installed on the Buyer's servers, licensed under clause 8.
P:1.3 "Deliverables" means everything the Supplier supplies under this Contract, including the Devices, the Software, the integration adapters, configurations and documentation.
P:1.4 "Final Acceptance" means the Buyer's written confirmation under clause 6.3.
H:2. Scope of Supply
P:2.1 The Supplier shall supply, install and commission the Devices in the Buyer's cold stores and vehicles, install and configure the Software, integrate it with the Buyer's warehouse management system (WMS) and transport management system (TMS), and train the Buyer's staff.
P:2.2 The Devices shall measure temperature from -40 °C to +60 °C with an accuracy of ±0.3 °C and relative humidity with an accuracy of ±2% RH, record at intervals of one to fifteen minutes, store at least 60 days of readings locally and transmit over 4G and LoRa. Each Device shall carry a calibration certificate traceable to a national standard.
P:2.3 The Software shall show live readings by site, room and vehicle, raise alarms by SMS, phone call and app notification, produce the temperature records required by the Buyer's food and pharmaceutical customers, and keep an audit trail of every change to limits and every alarm acknowledgement.
H:3. Price
P:3.1 The Contract Price is CNY 1,790,000, including all taxes, transport, insurance and import duties, as itemised below:
TB:Item|Description|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity data logger|1,800|420|756,000
TB:2|LoRa/4G gateway|60|5,600|336,000
TB:3|Door sensor|240|380|91,200
TB:4|ColdWatch software licence, perpetual, 2,100 device seats|1|348,000|348,000
TB:|Hardware and Licence Subtotal|||1,531,200
TB:5|Installation and commissioning|1|142,000|142,000
TB:6|WMS/TMS integration adapters|1|96,800|96,800
TB:7|Training|1|20,000|20,000
TB:|Contract Price|||1,790,000
P:3.2 The Contract Price is fixed and covers everything needed for the Deliverables to work as specified, including mounting brackets, power adapters, SIM card holders, cabling and the configuration of every Device. Consumables such as batteries supplied with the Devices are included.
H:4. Payment
P:4.1 10% of the Contract Price (CNY 179,000) within 20 days after signature, against an advance payment guarantee.
P:4.2 55% of the Contract Price (CNY 984,500) within 30 days after all Devices have been delivered and installed and the installation record has been signed. The installation record confirms quantities only and is not acceptance.
P:4.3 35% of the Contract Price (CNY 626,500) within 30 days after Final Acceptance.
H:5. Delivery and Delay
P:5.1 The Supplier shall deliver all Devices within 45 days and complete installation within 75 days after signature.
P:5.2 For each day of delay in delivery, installation or Final Acceptance attributable to the Supplier, the Supplier shall pay the Buyer liquidated damages of 0.1% of the Contract Price, up to 10% of the Contract Price.
H:6. Testing and Acceptance
P:6.1 After installation the Supplier shall carry out site tests in the Buyer's presence: a comparison of every logger against a calibrated reference thermometer in each cold room, showing a deviation of no more than ±0.3 °C; an alarm test for each room and vehicle, with alarms received within 60 seconds; and a test of the WMS/TMS adapters showing that temperature records attach correctly to 200 sample orders.
P:6.2 After the site tests the system shall run for 30 days. During that period no reading gaps longer than 30 minutes may occur at any site other than through causes outside the Supplier's control, and no Severity 1 incident may remain unresolved beyond its target.
P:6.3 When the tests and the run are completed, the Buyer shall issue a Final Acceptance certificate within ten working days or list the defects to be corrected. Installation, use of the system or payment does not mean acceptance.
H:7. Warranty and Support
P:7.1 The Supplier warrants the Devices and the Software for 36 months from Final Acceptance. During the warranty the Supplier shall repair or replace defective Devices, recalibrate Devices annually, correct Software defects and supply all updates, free of charge.
P:7.2 Incidents and response times are as follows:
TB:Severity|Definition|Response|On site or remote fix
TB:Severity 1|monitoring or alarms unavailable for a whole site|30 minutes|6 hours
TB:Severity 2|a room, vehicle or gateway not reporting|2 hours|next working day
TB:Severity 3|other faults and questions|1 working day|next release
P:7.3 If the Supplier misses a Severity 1 response or fix time, it shall pay the Buyer CNY 600 for each hour of delay, which the Buyer may deduct from any amount due.
P:7.4 After the warranty, the Buyer may buy support for the Devices and the Software. The annual support fee shall be 7.5% of the Hardware and Licence Subtotal, that is CNY 114,840 per year, fixed for two years after the end of the warranty. Support is ordered by purchase order and does not renew automatically.
H:7A. Delivery, Title and Spare Parts
P:7A.1 The Devices shall be delivered DDP to the Buyer's sites listed in the delivery schedule, packed for road transport and labelled by site and room. Title and risk pass to the Buyer when the Buyer signs the delivery note for each consignment.
P:7A.2 The Supplier shall deliver, free of charge, a stock of spare loggers, gateways and door sensors equal to two per cent of the installed quantities, and shall keep spare parts for every Device type available for at least seven years after Final Acceptance.
P:7A.3 The Supplier shall provide two days of training for the Buyer's system administrators and one day for the supervisors of each cold store, with training materials in Chinese, and shall record the sessions for later use.
H:8. Licence and Intellectual Property
P:8.1 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software and the firmware in the Devices for the Buyer's business, including its affiliates.
P:8.2 The integration adapters, configurations, report templates and documentation made for the Buyer belong to the Buyer, with their source code. The Buyer may use, modify and have them modified by third parties without restriction.
H:9. Data Protection and Security
P:9.1 All readings, alarm records, location data and other data collected by the Deliverables belong to the Buyer. The Supplier may use them only to perform this Contract.
P:9.2 The Supplier shall access the Buyer's systems only with the Buyer's approval for each session, through the Buyer's VPN, and shall not copy data out of them. Firmware and Software updates shall be tested and shall not open any connection to servers outside the People's Republic of China.
P:9.3 The Supplier shall report any security incident affecting the Buyer's data within six hours and shall compensate the Buyer for any loss caused by an incident attributable to it.
H:10. Confidentiality
P:10.1 Each party shall keep confidential the other party's non-public information, including the Buyer's customer lists, site layouts and prices, and shall not disclose it to third parties without written consent, during this Contract and for five years afterwards.
H:11. Liability
P:11.1 The Supplier's total liability under this Contract shall not exceed 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 9 and 10.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent, which the Buyer may give on conditions such as a site visit or proof of qualifications. The Guangzhou service partner named in the Supplier's bid is approved by the Buyer's signature of this Contract.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after notice, and may claim damages.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou.
H:15. Miscellaneous
P:15.1 This Contract is made in English and Chinese. Both versions are equally authentic.
P:15.2 The Supplier shall comply with the Buyer's site safety rules, including the rules for working in freezer rooms and on vehicles, and shall provide its installers with suitable protective clothing.
P:15.3 Notices shall be given in writing to the addresses stated above. Any amendment to this Contract shall be made in writing and signed by both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# MANAGED SERVICES AGREEMENT

**Agreement No. NMS-CN-2026-031**

**Between** Nemrut Bilişim Hizmetleri Ltd. Şti., a limited company incorporated in the Republic of Türkiye with its registered office in Tatvan, Bitlis ("Provider"),

**and** Ningbo Haishang Home Textiles E-commerce Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Ningbo, Zhejiang ("Customer").

Customer runs an online shop for home textiles, with its web platform, order system and warehouse interfaces hosted on servers it rents in a data centre in Hangzhou. Customer wishes Provider to take over the day-to-day operation of that platform for 36 months. The parties agree as follows.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Term" means 36 months starting on the Service Commencement Date.

1.3 "Service Commencement Date" means the first day of the month following Transition Acceptance under Section 4.

1.4 "Customer Data" means all data stored on or processed by the Managed Environment, including orders, customer accounts, payment references and logs.

1.5 "Managed Environment" means the servers, databases, middleware, load balancers and monitoring tools listed in Schedule 1.

1.6 "Deliverables" means runbooks, scripts, configuration baselines, monitoring rules, dashboards and reports prepared by Provider under this Agreement.

## 2. Services

2.1 Provider shall provide the Services in Schedule 1 at the service levels in Schedule 2 throughout the Service Term.

2.2 Provider shall provide a service desk in Chinese and English, staffed around the clock, reachable by phone, email and the ticket portal.

2.3 Provider shall carry out the work remotely from its operations centre and, where physical work at the Hangzhou data centre is required, through the data centre's remote-hands service ordered by Customer.

2.4 Provider shall maintain the monitoring rules, runbooks and configuration baselines throughout the Service Term, update them after every significant change or incident, and review them with Customer every six months.

2.5 Provider shall appoint a service delivery manager who shall meet Customer monthly to review performance, incidents, changes and planned work, and shall submit a written service report before each meeting.

## 3. Transition

3.1 Provider shall complete the transition described in Schedule 1, Part B within 60 days after signature of this Agreement.

3.2 If Provider does not achieve Transition Acceptance within that period for reasons attributable to it, Provider shall pay Customer CNY 2,000 for each day of delay, up to CNY 100,000.

## 4. Transition Acceptance

4.1 Transition is accepted when Customer confirms in writing that: (a) monitoring covers every component in the Managed Environment with alert rules approved by Customer; (b) runbooks for all standard operating tasks have been delivered and reviewed; (c) backup and restore have been tested successfully for every database; (d) a failover test of the web tier has been completed without order loss; and (e) Provider has operated the platform in shadow mode alongside Customer's team for 14 days without an unhandled P1 incident.

4.2 Customer shall confirm acceptance or list the outstanding items within five working days after Provider's notice. Operating the platform during shadow mode is not acceptance.

## 5. Charges and Payment

5.1 The charges are set out in Schedule 3. The Total Contract Value is CNY 2,220,000.

5.2 The transition charge is invoiced after Transition Acceptance. The monthly service charge is invoiced quarterly in arrears.

5.3 Customer shall pay each correct invoice within 30 days after receipt. No amount is payable before Transition Acceptance.

## 6. Service Levels and Service Credits

6.1 Provider shall meet the service levels in Schedule 2. Service levels are measured monthly and reported in the service report.

6.2 If a service level is missed, Provider shall grant the service credits set out in Schedule 2. Service credits are deducted from the next invoice and do not limit Customer's other rights.

## 7. Data Security

7.1 Customer Data belongs to Customer. Provider shall use Customer Data only to perform the Services.

7.2 Provider shall access the Managed Environment only through Customer's bastion host with named accounts and multi-factor authentication, shall keep Customer Data within the People's Republic of China, and shall not copy Customer Data to its own systems, except monitoring metrics that contain no personal information.

7.3 Provider shall apply security patches in accordance with Schedule 2, review privileged access monthly, and comply with the Cybersecurity Law, the Data Security Law and the Personal Information Protection Law of the People's Republic of China.

7.4 Provider shall notify Customer of any security incident affecting Customer Data within two hours after detection, shall contain and investigate it with Customer, and shall be liable for losses caused by an incident for which Provider or its personnel are responsible.

## 8. Intellectual Property

8.1 Provider retains its pre-existing tools and know-how.

8.2 Deliverables belong to Customer. Customer may use, modify and license them freely, including to any successor provider.

## 9. Personnel and Subcontracting

9.1 Provider shall use suitably qualified and vetted personnel and shall replace any individual whom Customer reasonably objects to. Provider shall keep the team named in its proposal for at least the first six months of the Service Term, except where a person leaves Provider's employment.

9.2 Provider shall not subcontract any part of the Services without Customer's prior written consent.

## 10. Liability

10.1 Provider's total liability arising out of or in connection with this Agreement, whether in contract, tort or otherwise, is limited to the charges paid by Customer in the six months preceding the event giving rise to the claim.

10.2 Neither party is liable for indirect or consequential loss, loss of profit or loss of revenue.

## 11. Term and Termination

11.1 This Agreement starts on signature and ends at the end of the Service Term. It does not renew automatically.

11.2 Customer may terminate this Agreement by written notice if Provider commits a material breach and fails to remedy it within 30 days after notice, or if Provider misses the P1 restoration service level in three consecutive months.

11.3 On expiry or termination, Provider shall provide exit assistance for up to 60 days at the rates in Schedule 3, hand over all Deliverables and credentials, and delete any Customer Data in its possession.

## 12. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be referred to the Shenzhen Court of International Arbitration for arbitration in Shenzhen.

## 13. Customer Responsibilities

13.1 Customer shall give Provider the access rights, documentation and contacts needed to perform the Services, shall keep the rental contract for the Hangzhou data centre in force, and shall order remote-hands work when Provider requests it for a P1 or P2 incident.

13.2 Customer remains responsible for application development, for the content of its web shop and for decisions on promotions and traffic peaks, which it shall announce to Provider at least ten days in advance so that capacity can be prepared.

13.3 Changes made by Customer's developers shall follow the release procedure agreed in the runbooks.

## 14. General

14.1 Neither party may assign this Agreement without the other party's written consent.

14.2 Changes to the Services are made through the change procedure in Schedule 1, Part C.

## Schedule 1 — Services

**Part A — Managed Environment and services**

| Component | Quantity | Services |
|---|---|---|
| Web and application servers (Linux) | 18 | monitoring, patching, capacity management, deployments |
| Database servers (MySQL, Redis) | 8 | monitoring, backup, restore tests, tuning |
| Load balancers and firewalls | 4 | configuration management, rule changes |
| Order, payment and warehouse interfaces | 11 | monitoring, incident handling, replay of failed messages |
| Monitoring and logging stack | 1 | operation and tuning of alert rules |

**Part B — Transition:** discovery, monitoring set-up, runbooks, backup tests, failover test, shadow operation.

**Part C — Changes:** standard changes are included in the monthly charge; other changes are quoted at the rates in Schedule 3 and require Customer's written approval.

## Schedule 2 — Service Levels and Credits

| Service level | Target | Service credit if missed |
|---|---|---|
| Availability of the web shop, per month | 99.95% | 5% of the monthly charge per started 0.1 percentage point below target, up to 25% |
| P1 response (shop down or orders failing) | 15 minutes | CNY 1,000 per started 15 minutes late |
| P1 restoration | 2 hours | CNY 3,000 per started hour late |
| P2 response | 1 hour | CNY 500 per started hour late |
| Critical security patches | within 7 days of release | CNY 800 per server patched late |

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition charge | one-time, fixed | 132,000 |
| Monthly service charge | 36 months × CNY 58,000 | 2,088,000 |
| **Total Contract Value** | | **2,220,000** |
| Additional work and exit assistance | per person-day | 3,200 |

Signed for Provider: ____________________    Signed for Customer: ____________________
"""

E05 = """AGRICULTURAL DATA API SUBSCRIPTION AGREEMENT

Agreement No. MOV-API-2026-208

BETWEEN

Muş Ova Veri Teknolojileri A.Ş., a joint stock company incorporated in the Republic of Türkiye with its registered office in Muş ("Provider"); and

Heilongjiang Beifeng Grain Trading Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Harbin ("Customer").

BACKGROUND

Provider operates OvaData, an application programming interface (API) that delivers satellite-derived crop indices, field-level weather observations and forecasts, and yield estimates. Customer buys soybeans, maize and wheat from growers in several countries and wishes to use OvaData in its sourcing and risk systems. The parties agree as follows.

1. DEFINITIONS

1.1 "API" means the OvaData application programming interface, its endpoints and its documentation as published by Provider from time to time.

1.2 "Subscription Year" means the period from the Service Start Date, or from any anniversary of it, to the day before the next anniversary. The first and second Subscription Years together form the "Initial Term".

1.3 "Service Start Date" means the date of Integration Acceptance under clause 4.

1.4 "Data Products" means the crop indices, weather data, forecasts and yield estimates delivered through the API.

1.5 "Customer Inputs" means field boundaries, grower lists, contract volumes and other information that Customer uploads to the API or sends in its requests.

1.6 "Custom Deliverables" means the field-boundary mapping files, the custom region definitions and the connector code that Provider develops for Customer under clause 3.

2. SUBSCRIPTION

2.1 Provider grants Customer a non-exclusive, non-transferable right during the Initial Term and any renewal term to call the API and to use the Data Products for Customer's internal business, including sharing reports derived from them with Customer's affiliates and financing banks.

2.2 The subscription covers up to 5,000 monitored fields and 3,000,000 API calls per Subscription Year. Calls above that volume are charged at CNY 18 per 1,000 calls, invoiced quarterly in arrears.

2.3 Provider shall use commercially reasonable efforts to keep the API available and to deliver Data Products on the update cycles described in the documentation. Provider does not commit to any particular availability, response time or resolution time, and support is provided by email on Turkish business days on a best-efforts basis.

3. INTEGRATION SERVICES

3.1 Provider shall, within 40 days after signature, (a) map the boundaries of up to 5,000 fields supplied by Customer, (b) define Customer's custom sourcing regions, (c) develop a connector that loads Data Products into Customer's risk database every day, and (d) provide a sandbox and two days of remote training.

3.2 Customer shall supply field boundaries in a standard GIS format, a list of its sourcing regions and access to a test instance of its risk database within ten days after signature.

3.3 Provider shall document the connector, including its configuration, its error handling and the steps needed to reinstall it, so that Customer's own developers can operate and change it.

3.4 If Provider fails to deliver production API credentials and the connector within the 40 days for reasons attributable to it, Provider shall pay Customer CNY 500 for each day of delay, up to CNY 25,000.

4. INTEGRATION ACCEPTANCE

4.1 Customer shall test the integration within ten working days after Provider's notice of completion. Integration is accepted ("Integration Acceptance") when: (a) at least 98 in every 100 sample fields chosen by Customer are mapped within 10 metres of their true boundary; (b) the connector has loaded complete daily data sets for 15 consecutive days without manual correction; (c) historical weather data for the past five seasons have been delivered for all fields; and (d) Customer has signed the acceptance record.

4.2 Access to the sandbox or use of test data does not constitute acceptance.

5. FEES AND PAYMENT

5.1 The fees are:

  Annual Subscription Fee, Subscription Year 1 ..... CNY 356,000
  Annual Subscription Fee, Subscription Year 2 ..... CNY 356,000
  Integration services (one-time) .................. CNY 46,000
  Total fees for the Initial Term .................. CNY 758,000

5.2 The integration fee is invoiced after Integration Acceptance. The Annual Subscription Fee for each Subscription Year is invoiced at the start of that Subscription Year. Customer shall pay each invoice within 30 days. No amount is payable before Integration Acceptance.

5.3 Provider shall issue invoices in CNY with the documents that Customer needs to remit payment abroad, and Customer shall handle the foreign exchange filing for each payment.

5.4 All fees are stated in CNY and include VAT and any withholding tax applicable in the People's Republic of China.

6. RENEWAL

6.1 At the end of the Initial Term this Agreement renews automatically for successive renewal terms of one Subscription Year each, unless either party gives written notice of non-renewal at least 60 days before the end of the current term.

6.2 Provider may increase the fees for any renewal term by giving Customer notice of the new fees at least 75 days before the renewal term begins. Customer's continued use of the API after the start of the renewal term constitutes acceptance of the new fees.

7. CUSTOMER INPUTS AND DATA SECURITY

7.1 Customer Inputs belong to Customer. Provider shall use them only to provide the API and the integration services to Customer and shall not combine them with data of other customers, disclose them or use them for any other purpose.

7.2 Provider shall store Customer Inputs only on servers in the People's Republic of China operated by its hosting partner, encrypt them in transit and at rest, restrict access to named staff with multi-factor authentication, and keep access logs for six months.

7.3 Provider shall notify Customer of any security incident affecting Customer Inputs within eight hours after becoming aware of it, shall take immediate steps to contain it, and shall compensate Customer for losses caused by an incident attributable to Provider.

7.4 Within 30 days after this Agreement ends, Provider shall return Customer Inputs and then delete them from its systems and confirm the deletion in writing.

8. INTELLECTUAL PROPERTY

8.1 Provider owns the API, its software, its models and the Data Products, subject to the rights granted in clause 2.

8.2 The Custom Deliverables belong to Customer, which may use, modify and license them freely. Provider shall deliver the connector source code with the acceptance record.

9. CONFIDENTIALITY

9.1 Each party shall keep confidential all non-public information received from the other party, including Customer's sourcing regions, grower lists and contract volumes, and shall use it only for this Agreement.

9.2 This clause continues for three years after this Agreement ends.

10. LIABILITY

10.1 Each party's total liability under this Agreement is limited to 150% of the total fees for the Initial Term, except for breach of clauses 7 and 9 and for wilful misconduct.

10.2 Provider does not warrant that the Data Products are free from error. Customer remains responsible for its own trading decisions.

10.3 Neither party is liable for indirect or consequential loss, including loss of profit, loss of trading opportunity or loss arising from price movements in commodity markets.

11. SUBCONTRACTING

11.1 Provider shall not subcontract the integration services or the hosting of Customer Inputs to anyone other than the hosting partner named in clause 7.2 without Customer's prior written consent.

12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after notice.

12.2 Termination does not affect rights and obligations that accrued before it, including the payment of fees for the period before termination.

12.3 If Customer terminates for Provider's breach, Provider shall refund the part of the Annual Subscription Fee paid for the remainder of the current Subscription Year.

13. CUSTOMER OBLIGATIONS AND ACCEPTABLE USE

13.1 Customer shall keep its API keys secure, shall not share them outside Customer and its affiliates, and shall inform Provider without delay if it suspects misuse.

13.2 Customer shall not resell the Data Products as a data feed, use them to build a competing data service, or attempt to reverse engineer Provider's models.

13.3 Customer is responsible for the accuracy of the field boundaries and grower information it supplies.

14. FORCE MAJEURE

14.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, such as natural disasters, war, government action, or a failure of satellite data sources that affects all users of the API. The affected party shall notify the other party promptly and resume performance as soon as possible.

15. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the Beijing Arbitration Commission for arbitration in Beijing.

16. GENERAL

16.1 Notices shall be given in writing to the addresses above.

16.2 This Agreement is the entire agreement of the parties on its subject matter and may be amended only in writing signed by both parties.

SIGNED for Provider: ____________________

SIGNED for Customer: ____________________
"""

# ---------------------------------------------------------------- design: file, format, labels, expected rules
N = None
KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"

# key: (file, fmt, language, category, terms in KEYS order, sla_clause, ld_stated, capped, deemed, value,
#       price items (sum == value), fee base for TCO or None, forum outside mainland, design rules)
D = {
 "z01": ("h862z01_telecom_bureau_emergency_comms_platform.pdf", "pdf", "zh", "software",
         [99.98, 0.5, True, "buyer", True, True, True, 0.08, N, 20, True, True, 24, 9, False, True, False, "PRC", G],
         True, True, True, False, 2010000, [1180000, 640000, 152000, 38000], 1180000, False, []),
 "z02": ("h862z02_pen_holder_factory_line_control_retrofit.docx", "docx", "zh", "hardware",
         [N, 1, True, "buyer", True, True, True, 0.1, N, 10, True, True, 6, 22, False, True, False, "PRC", G],
         True, True, True, False, 1730000, [588000, 99000, 307200, 276000, 168000, 118000, 156000, 17800], 1438200,
         False, ["CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
 "z03": ("h862z03_water_polo_chain_booking_membership_saas.txt", "txt", "zh", "cloud",
         [99.95, 0.5, True, "buyer", True, False, True, 0.1, N, N, True, N, N, N, True, True, False, "PRC", S],
         True, True, N, False, 832000, [344000, 344000, 126000, 18000], N, False,
         ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP"]),
 "z04": ("h862z04_agriculture_bureau_greenhouse_monitoring_om.txt", "txt", "zh", "services",
         [N, 1, True, "buyer", False, True, True, 0.02, N, N, True, N, N, N, False, True, False, "PRC", S],
         True, True, N, False, 468000, [186000, 124000, 98000, 60000], N, False, ["CR-DATA-SECURITY", "CR-LD-LOW"]),
 "z05": ("h862z05_etching_studio_process_tracking_supplier_template.md", "md", "zh", "software",
         [N, 8, False, "supplier", True, True, True, N, 20, 65, False, False, 6, N, False, True, N, N, G],
         True, False, False, True, 334000, [168000, 132000, 26000, 8000], 168000, False,
         ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
          "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"]),
 "e01": ("h862e01_distillation_batch_software_licence_isparta_vendor.pdf", "pdf", "en", "software",
         [N, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 24, 10, False, True, False, "Turkey", G],
         True, True, True, False, 1900000, [1260000, 420000, 186000, 34000], 1260000, True, ["CR-GOVERNING-LAW"]),
 "e02": ("h862e02_oilfield_maintenance_saas_order_form_batman_vendor.md", "md", "en", "cloud",
         [99.5, 0.5, True, "buyer", True, True, True, 800 / 1060000 * 100, 150, N, True, N, N, N, False, False, True,
          "PRC", S],
         True, True, N, False, 1060000, [486000, 486000, 88000], N, False,
         ["CR-SLA-AVAILABILITY", "CR-SUBCONTRACT", "CR-TERMINATION"]),
 "e03": ("h862e03_cold_chain_sensors_monitoring_licence_kilis_vendor.docx", "docx", "en", "hardware",
         [N, 0.5, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 36, 7.5, False, True, False, "PRC", G],
         True, True, True, False, 1790000, [756000, 336000, 91200, 348000, 142000, 96800, 20000], 1531200, False, []),
 "e04": ("h862e04_ecommerce_platform_managed_services_bitlis_vendor.md", "md", "en", "services",
         [99.95, 0.25, True, "buyer", True, True, False, 2000 / 2220000 * 100, 6 / 36 * 100, N, True, N, N, N, False,
          True, False, "PRC", S],
         True, True, N, False, 2220000, [132000, 36 * 58000], N, False, ["CR-CONFIDENTIALITY", "CR-LIABILITY-CAP"]),
 "e05": ("h862e05_crop_data_api_subscription_mus_vendor.txt", "txt", "en", "cloud",
         [N, N, False, "buyer", True, True, True, 500 / 758000 * 100, 150, N, True, N, N, N, True, True, False, "PRC",
          S],
         False, True, N, False, 758000, [356000, 356000, 46000], N, False,
         ["CR-AUTO-RENEWAL", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
}
SRC = {"z01": Z01, "z02": Z02, "z03": Z03, "z04": Z04, "z05": Z05, "e01": E01, "e02": E02, "e03": E03, "e04": E04,
       "e05": E05}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
# policy thresholds (defaults of the shipped pack, from policy.md section 3)
TH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
      "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
TCO_TH = 40


def tco_share(t, x, base):
    if t["contract_kind"] != G or t["warranty_months"] is None or t["post_warranty_fee_pct"] is None:
        return None
    if not x["post_warranty_fee_capped"]:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = t["post_warranty_fee_pct"] / 100 * base * years
    return fees / (x["contract_value"] + fees) * 100


def derive(t, x, base, forum_outside):
    """My reading of policy section 3 applied to the labels."""
    r = set()
    goods = t["contract_kind"] == G
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < TH["availability_pct"]:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > TH["p1_response_hours"]:
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
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < TH["ld_rate_per_day_pct"]:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < TH["liability_cap_pct"]:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > TH["prepayment_pct"]:
        r.add("CR-PREPAYMENT")
    if (not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"]
            or t["final_payment_on_acceptance"] is False):
        r.add("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < TH["warranty_months"]:
            r.add("CR-WARRANTY")
        p = t["post_warranty_fee_pct"]
        if p is None or not x["post_warranty_fee_capped"] or p > TH["post_warranty_fee_pct"]:
            r.add("CR-POST-WARRANTY-FEE")
        sh = tco_share(t, x, base)
        if sh is not None and sh > TCO_TH:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or forum_outside:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if set(rules) & HIGH:
        return "high"
    if set(rules) - LOW:
        return "medium"
    return "low" if not rules or set(rules) <= LOW else "medium"


# ---------------------------------------------------------------- threshold scan
PATTERNS = [
    r"(?<![\d.])99\.9(?!\d)",
    r"(?<![\d.,])4\s*(?:个\s*)?(?:小时|hours?\b|hrs?\b|h\b)|四\s*(?:个\s*)?小时|four[\s-]*hours?|4-hour",
    r"(?<![\d.])0\.050*(?!\d)|万分之五(?!十)|千分之零点五|0\.5\s*‰",
    r"(?<![\d.,])100(?:\.0+)?\s*(?:%|％|per\s*cent|percent)|百分之一?百(?!分)|one\s+hundred\s+per\s*cent",
    r"(?<![\d.,])30(?:\.0+)?\s*(?:%|％|per\s*cent|percent)|百分之三十(?![一二三四五六七八九点])|thirty\s+per\s*cent|三成",
    r"(?<![\d.,])12\s*(?:calendar\s+)?months?\b|12\s*个\s*月|十二\s*个\s*月|twelve\s*(?:\(12\)\s*)?(?:calendar\s+)?months?"
    r"|12-month|(?<![\d.,])1\s*year\b|one[\s-]year\b|(?<![第每一])一年",
    r"(?<![\d.,])15(?:\.0+)?\s*(?:%|％|per\s*cent|percent)|百分之十五(?![点])|fifteen\s+per\s*cent",
    r"(?<![\d.,])40(?:\.0+)?\s*(?:%|％|per\s*cent|percent)|百分之四十(?![一二三四五六七八九点])|forty\s+per\s*cent|四成",
]
SCAN = re.compile("|".join("(?:%s)" % p for p in PATTERNS), re.I)
MUST_HIT = ["99.9%", "99.9 %", "4 hours", "4小时", "4 个小时", "四小时", "4-hour", "0.05%", "0.050 %", "万分之五", "100%",
            "100 per cent", "百分之百", "30%", "百分之三十", "12 months", "12个月", "十二个月", "twelve months", "one year",
            "1 year", "一年", "15%", "15.0%", "百分之十五", "40%", "百分之四十", "forty per cent"]
MUST_MISS = ["99.95%", "99.98%", "24 hours", "24小时", "14 hours", "0.055%", "10.05", "万分之五十", "130%", "1,100%",
             "2027 年 12 月 31 日", "4G", "115%", "240%", "0.3%", "第一年", "每一年", "120 months", "3,040,000",
             "0.5 percentage point", "25%", "第一服务年度"]


def scan(text):
    hits = []
    for form in (text, " ".join(text.split()), "".join(text.split())):
        hits += [m.group(0) for m in SCAN.finditer(form)]
    return hits


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
        return "\n".join(pg.extract_text() for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    for s in MUST_HIT:
        assert scan(s), "must hit: " + s
    for s in MUST_MISS:
        assert not scan(s), ("must miss", s, scan(s))
    targets = {k: (v[0], v[1]) for k, v in D.items() if v[1] in ("docx", "pdf")}
    write({k: SRC[k] for k in targets}, targets, OUT, wrap_words=True)
    covered = set()
    problems = []
    for k, v in D.items():
        (name, fmt, lang, cat, terms, sla, lds, capped, deemed, value, items, base, forum, design) = v
        path = OUT / name
        if fmt in ("txt", "md"):
            path.write_text(SRC[k], encoding="utf-8")
        assert sum(items) == value, (k, sum(items), value)
        t = dict(zip(KEYS, terms))
        x = {"sla_clause": sla, "ld_stated": lds}
        if t["contract_kind"] == G:
            x["post_warranty_fee_capped"] = capped
        x["acceptance_deemed_on_delivery"] = deemed
        x["contract_value"] = value
        for key, th in TH.items():
            assert t[key] is None or abs(t[key] - th) > 1e-9, (k, key, t[key])
        sh = tco_share(t, x, base)
        assert sh is None or abs(sh - TCO_TH) > 2, (k, sh)
        rules = derive(t, x, base, forum)
        if rules != sorted(design):
            problems.append((k, rules, sorted(design)))
        covered |= set(rules)
        label = {"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": x,
                 "expected_rules": rules}
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                                       encoding="utf-8")
        text = read_back(path)
        n = len("".join(text.split())) if lang == "zh" else len(text.split())
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        hits = scan(text)
        print("%s %-62s %5d %s rules=%s risk=%s tco=%s" % (k, name, n, "OK " if lo <= n <= hi else "LEN", rules,
                                                            risk(rules), None if sh is None else round(sh, 2)))
        if not lo <= n <= hi:
            problems.append((k, "length", n))
        if hits:
            problems.append((k, "threshold text", hits))
    missing = [r for r in ALL_RULES if r not in covered]
    if missing:
        problems.append(("coverage", missing))
    for p in problems:
        print("PROBLEM", p)
    assert not problems


if __name__ == "__main__":
    main()
