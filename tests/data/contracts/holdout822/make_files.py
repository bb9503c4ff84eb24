"""holdout822: builds the ten held-out drafts from the sources below, writes their .json labels and asserts
lengths, label/rule consistency, rule coverage and the absence of threshold figures.
Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:湿地鸟类监测平台软件许可及定制开发合同
P:合同编号：SLJ-ZC-2027-0317
P:采购项目：市林业局湿地鸟类监测平台建设项目（政府采购，公开招标）
P:甲方（采购人）：某市林业局
P:乙方（供应商）：青禾生态信息技术有限公司
P:根据《中华人民共和国民法典》《中华人民共和国政府采购法》及招标文件、乙方投标文件，双方就湿地鸟类监测平台的软件许可、定制开发及实施事宜，在平等自愿的基础上订立本合同。本合同采用甲方合同文本。
H:第一条 合同标的与价格
P:1.1 乙方向甲方提供湿地鸟类监测平台软件许可（永久使用许可，不限用户数，部署于甲方政务云），并完成定制开发、部署实施及培训。
P:1.2 合同总价为人民币贰佰零捌万捌仟元整（¥2,088,000），其中：平台软件许可费¥1,260,000；定制开发费¥684,000（鸟类声纹及图像识别模型本地化适配、红外相机与声学监测站接入、候鸟迁徙专题大屏、与省级自然保护地监管系统的数据接口）；部署实施费¥118,000；培训费¥26,000。
P:1.3 合同总价为固定价格，已包含税费、运输、安装、调试、第三方测评配合及质保期内全部服务费用，甲方不再另行支付任何费用。
H:第二条 交付与进度
P:2.1 乙方应于合同签订后九十日内完成平台部署及定制功能开发，并提交初验申请。
P:2.2 乙方应按甲方批准的实施方案组织实施，每两周向甲方提交进度报告。关键节点延误的，乙方应书面说明原因及补救措施。
P:2.3 乙方交付的软件介质、安装包、部署手册、接口说明、用户手册及运维手册应为中文版本，并在初验前全部提交甲方。乙方应配合甲方完成政务云资源申请、网络安全策略开通及密码应用方案编制等前置工作，因乙方资料不全导致延误的，由乙方承担责任。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行保函后十五个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台通过初验后十五个工作日内，甲方支付合同总价的45%。
P:3.3 平台通过最终验收后十五个工作日内，甲方支付合同总价的35%。
P:3.4 每次付款前，乙方应开具等额合法发票。甲方因财政资金拨付程序导致的合理延迟，不视为甲方违约。
H:第四条 验收
P:4.1 初验标准：（1）招标文件及需求规格说明书列明的功能全部实现；（2）接入红外相机不少于一百二十台、声学监测站不少于三十六套，数据上传完整；（3）对常见水鸟六十种的图像识别准确率不低于92%，以甲方提供的标注样本集测试；（4）在二百并发用户下，页面平均响应时间不超过3秒；（5）通过第三方网络安全等级保护测评。
P:4.2 初验通过后进入九十日试运行，试运行期间未发生一级故障且累计二级故障不超过三次的，甲方组织最终验收。最终验收由甲方会同专家按上述标准出具书面验收报告。
P:4.3 平台上线运行、甲方使用或付款，均不视为验收合格；验收以甲方签署的书面验收报告为准。验收不合格的，乙方应在十五日内整改并重新提交验收。
H:第五条 质量保证与维护
P:5.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供软件缺陷修复、版本升级、远程及现场技术支持。
P:5.2 质保期满后，如甲方需要，乙方提供年度维护服务，年维护费不超过平台软件许可费的9%（即每年不超过¥113,400），且在质保期满后三年内不得上调。维护服务合同另行签订，不自动续期。
H:第六条 服务水平
P:6.1 质保期内，平台年度可用率不低于99.95%（计划内维护除外，计划维护须提前三个工作日告知甲方）。
P:6.2 一级故障（平台整体不可用或数据无法采集）乙方应在30分钟内响应，2小时内到达现场或远程接入处理，8小时内恢复；二级故障1小时内响应，24小时内解决。
P:6.3 乙方响应或恢复超时的，每超时一小时向甲方支付¥1,000；年度可用率每低于承诺值0.01个百分点，支付¥2,000，甲方可从应付款项中直接扣除。
H:第七条 知识产权
P:7.1 平台软件的既有知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:7.2 本合同项下定制开发的识别模型适配成果、接口程序、大屏页面及其源代码、技术文档的知识产权归甲方所有，甲方有权自行或委托第三方修改、使用和再许可。乙方应在最终验收时移交全部源代码及文档。
P:7.3 乙方保证其提供的软件不侵犯第三方权利；发生侵权纠纷的，由乙方负责处理并承担全部费用。
H:第八条 数据安全与数据权属
P:8.1 平台采集、存储和产生的全部监测数据（包括影像、音频、物种记录及点位信息）均属于甲方所有，乙方仅可为履行本合同使用，不得复制、留存或用于其他任何目的。
P:8.2 乙方应遵守《数据安全法》《个人信息保护法》，落实访问控制、加密存储、操作日志审计等安全措施，运维操作须经甲方堡垒机进行。珍稀物种点位信息按敏感数据管理。
P:8.3 发生数据泄露或安全事件的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成数据泄露或损失的，乙方承担全部赔偿责任。
H:第九条 保密
P:9.1 双方对在履行本合同过程中知悉的对方商业秘密、技术资料及未公开信息负有保密义务，未经对方书面同意不得向第三方披露。
P:9.2 保密义务在本合同终止后五年内继续有效。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期完成验收整改的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:10.2 乙方交付的成果不符合合同约定的，甲方有权要求乙方限期更换、修改，并赔偿由此造成的损失。
P:10.3 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第十一条 分包
P:11.1 乙方不得将本合同项下的任何工作转包或分包给第三方。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权解除合同，并要求乙方退还已付款项、赔偿损失。
P:12.2 乙方逾期超过六十日的，甲方有权解除合同。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。
P:13.2 因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条 项目人员与培训
P:14.1 乙方应指定具有同类生态监测平台实施经验的项目经理一名，项目实施期间常驻甲方，未经甲方同意不得更换。乙方更换技术人员的，应提前七日书面告知并保证接替人员具有同等资历。
P:14.2 乙方应为甲方及各湿地保护站工作人员提供不少于三期的操作及管理培训，培训内容包括数据采集设备管理、识别结果复核、统计报表导出及系统日常维护，并提供培训教材和操作手册。
H:第十五条 不可抗力
P:15.1 因地震、洪水等不可抗力导致不能履行合同的，受影响一方应及时通知对方并在十五日内提供证明，双方根据影响程度协商延期或部分免除责任。
H:第十六条 其他
P:16.1 招标文件、投标文件、中标通知书为本合同的组成部分。本合同未尽事宜，由双方另行签订书面补充协议，补充协议与本合同具有同等效力。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：__________ 乙方（盖章）：__________
"""

Z02 = """T:生产线控制系统改造合同
P:合同编号：HJ-JG-2027-058
P:甲方：宁海县恒洁日用品有限公司（牙刷架生产厂）
P:乙方：甬江智控自动化工程有限公司
P:甲方注塑及装配车间现有三条牙刷架生产线的控制系统老化、故障频发，经比选，甲方委托乙方对上述生产线的控制系统进行改造（含设备供货、软件许可、安装调试及培训）。双方经协商一致，订立本合同。
H:第一条 改造范围与合同价格
P:1.1 改造范围：更换三条生产线的PLC及控制柜、伺服驱动系统，新增视觉检测单元和HMI操作终端，部署产线监控软件，并完成与甲方现有注塑机、机械手的联调。
P:1.2 合同价格明细如下表（人民币，含税）：
TB:序号|项目|数量|金额（元）
TB:1|PLC及控制柜（含电气元件）|3套|486,000
TB:2|伺服驱动器及伺服电机|18套|352,000
TB:3|视觉检测单元（相机、光源、工控机）|6套|198,000
TB:4|HMI触摸屏操作终端|8台|64,000
TB:5|产线监控软件许可（永久，3条线）|1套|180,000
TB:—|软硬件小计|—|1,280,000
TB:6|安装调试及联调|1项|96,000
TB:7|操作及维护培训|1项|16,000
TB:—|合同总价|—|1,392,000
P:1.3 上述价格为固定总价，包括设备、软件、运输、保险、安装、调试、培训及质保期内服务的全部费用。
H:第二条 交付与工期
P:2.1 乙方应在合同签订后四十五日内将全部设备运至甲方厂区，到货后二十日内完成安装调试。
P:2.2 改造须分线进行，每条线停线时间不得超过七日，具体停线计划由甲方生产部门确认。乙方施工应遵守甲方厂区安全生产及消防管理制度。
P:2.3 乙方进场施工人员应接受甲方安全培训，动火、登高、带电作业须办理甲方作业许可。改造期间拆除的旧控制柜、旧电缆由乙方分类整理后交还甲方，不得擅自处置。
P:2.4 乙方应在设备到货前提交电气原理图、控制柜布置图、IO点表、网络拓扑图及施工方案，经甲方设备科书面确认后方可施工。施工过程中如需变更设计，须重新报甲方确认。
H:第三条 付款方式
P:3.1 合同签订后十日内，甲方支付合同总价的20%作为预付款。
P:3.2 全部设备到货并安装完毕后十五日内，甲方支付合同总价的45%。到货安装不视为验收。
P:3.3 三条生产线全部通过最终验收后十五日内，甲方支付合同总价的35%。
H:第四条 验收
P:4.1 验收标准：（1）设备型号、数量与本合同明细一致，随机资料齐全；（2）每条线连续满负荷运行七十二小时，无停机性故障；（3）单线节拍达到每分钟二十八件以上；（4）视觉检测对缺料、飞边、色差的检出率不低于98%，误判率不高于1.5%；（5）监控软件实时显示各线产量、良率、设备状态，数据刷新间隔不超过5秒。
P:4.2 满足上述标准后，甲方在七日内组织最终验收并签署验收报告。未通过的，乙方应在十日内整改后重新验收。
P:4.3 设备到货签收、安装完成或甲方投入试生产，均不视为验收合格。验收以甲方设备科、生产部及质量部共同签署的书面验收报告为准。验收过程中发现的问题，乙方应建立问题清单逐项关闭。
H:第五条 质量保证与维保服务
P:5.1 质保期为十八个月，自最终验收合格之日起计算。质保期内设备及软件的故障维修、零部件更换均由乙方免费负责。
P:5.2 质保期满后，乙方提供年度维保服务（含定期巡检、备件更换、软件升级及远程支持），年度维保费按软硬件小计的26%计取，即每年¥332,800，该费用在质保期满后三年内固定不变。
P:5.3 乙方应在甲方厂区常备易损备件（伺服驱动器、相机、电源模块、继电器等），备件清单作为技术协议附件。质保期内备件消耗由乙方承担。
P:5.4 乙方每季度对改造设备进行一次预防性巡检，出具巡检报告，并对发现的隐患提出处理建议。
H:第六条 服务水平
P:6.1 一级故障（任一生产线停机）：乙方应在1小时内响应，6小时内到场，当班内恢复生产；二级故障（单台设备异常但不停线）：2小时内响应，48小时内修复。
P:6.2 乙方响应或修复超时的，每超时一小时向甲方支付¥800服务违约金，可从维保费或应付款中扣除。
P:6.3 乙方应提供7×24小时服务热线，并指定一名驻厂工程师在改造完成后的前三个月内随班跟产，协助甲方操作人员熟悉新系统。
H:第七条 知识产权
P:7.1 产线监控软件的既有著作权归乙方所有，甲方享有永久使用权。
P:7.2 乙方为本项目编写的PLC程序、HMI画面、视觉检测算法参数及接口程序，其知识产权归甲方所有，乙方应在验收时交付源程序及说明，甲方可自行修改或委托他人修改。
H:第八条 数据安全
P:8.1 生产数据、工艺参数、配方及质量记录均属甲方所有，乙方仅为履行本合同而使用，不得复制、外传或用于其他用途。
P:8.2 乙方远程维护须经甲方批准并通过甲方指定的VPN接入，操作全程留痕；乙方不得在工控网络中安装与本项目无关的软件。
P:8.3 因乙方原因造成数据泄露、篡改或丢失的，乙方应在2小时内通知甲方，采取补救措施并赔偿甲方全部损失。
H:第九条 保密
P:9.1 双方对履行本合同中获得的对方技术资料和经营信息负有保密义务，未经对方书面同意不得向任何第三方披露。
P:9.2 乙方对在甲方厂区知悉的产品结构、模具、工艺及客户信息负有保密义务，保密期至合同终止后三年。乙方人员在甲方车间内不得拍照、录像，确需拍摄设备资料的，须经甲方陪同人员同意。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的千分之一支付违约金。
P:10.2 乙方提供的设备或软件不符合合同约定的，甲方有权要求乙方更换或修复，由此延误的时间计入逾期天数。
P:10.3 乙方改造造成甲方停产超过计划停线时间的，应赔偿甲方实际损失。
H:第十一条 分包
P:11.1 乙方可将电气安装、桥架布线工作分包给具有相应资质的第三方，但应提前三个工作日书面通知甲方。乙方对分包方的工作质量和安全承担全部责任。
H:第十二条 合同解除
P:12.1 乙方严重违约且在甲方书面通知后十日内未纠正的，甲方有权解除合同并要求乙方返还已付款项、赔偿损失。
P:12.2 乙方逾期交货或逾期完成安装调试超过三十日的，甲方有权解除合同。合同解除后，乙方应在甲方通知的期限内拆除已安装但未验收的设备，并恢复原控制系统的运行，由此产生的费用由乙方承担。
H:第十三条 争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商不成的，提交宁波仲裁委员会仲裁。
H:第十四条 培训
P:14.1 乙方应对甲方操作工、设备维修工及工艺员分批进行培训，培训内容包括设备操作、参数调整、常见故障判断与处理、程序备份与恢复、视觉检测模板维护等，培训结束后由乙方组织考核，考核合格人员名单报甲方备案。
P:14.2 培训应在改造现场结合实际设备进行，每期培训人数不超过十人，乙方应提供中文培训教材、操作规程及故障处理手册各一套。
H:第十五条 不可抗力
P:15.1 因不可抗力不能履行合同的，受影响一方应及时通知对方，并在十日内提供有关证明，双方协商延期履行或变更合同。
H:第十六条 其他
P:14.1 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。技术协议为本合同附件，与本合同具有同等效力。
P:甲方（盖章）：__________ 乙方（盖章）：__________
"""

Z03 = """赛艇培训门店预约及会员管理系统服务合同

合同编号：LZ-IT-2027-021
甲方：浪舟赛艇运动培训连锁有限公司（下称"甲方"，在全国经营四十家培训门店）
乙方：桨声云科技有限公司（下称"乙方"）

甲方为统一四十家门店的课程预约、会员储值、教练排班及器材管理，采购乙方的门店预约及会员管理云服务（SaaS）并委托乙方完成实施。双方经友好协商，订立本合同，共同遵守。

一、服务内容与服务期限
（一）乙方向甲方提供门店预约及会员管理系统的云端订阅服务，包括：课程与场地预约、会员卡及储值管理、教练排班与课时结算、赛艇及测功仪器材台账、小程序及门店前台端、总部经营分析看板。
（二）乙方负责系统实施，包括四十家门店的开通配置、现有会员数据迁移、与甲方财务系统及支付通道的对接、门店人员培训。
（三）服务期为两个服务年度，共计二十四个月，自系统上线验收合格之日起计算。
（四）系统部署于乙方租用的境内云资源，数据存储于中国境内。

二、费用及支付
（一）费用构成：
1. 门店订阅费：每家门店每个服务年度人民币6,800元，四十家门店两个服务年度合计544,000元；
2. 总部管理模块订阅费：每个服务年度48,000元，两个服务年度合计96,000元；
3. 一次性实施费：86,000元；
4. 会员数据迁移费：22,000元。
合同总价为人民币748,000元。
（二）支付方式：
1. 实施费及数据迁移费在系统上线验收合格后十五个工作日内一次性支付；
2. 每个服务年度的订阅费，在该服务年度开始后十五个工作日内支付；
3. 乙方应在每次收款前开具增值税专用发票。
（三）服务期内新增门店的，按每家门店每个服务年度6,800元按月折算计费；门店关闭的，自关闭次月起相应减少订阅费，乙方在下一期账单中抵扣。
（四）订阅费已包含云资源、短信通知、小程序维护、版本升级及技术支持费用。会员通过小程序支付产生的支付通道手续费由甲方与支付机构另行结算，乙方不得加收任何费用。

三、实施与验收
（一）乙方应在合同签订后四十五日内完成全部门店开通及数据迁移，并提交上线验收申请。
（二）验收标准：
1. 合同约定的功能模块全部可用，门店预约、会员扣课、储值消费、教练课时结算流程在甲方指定的五家试点门店连续运行十日无一级故障；
2. 会员数据迁移完整，会员数量、剩余课时及储值余额与甲方原系统核对一致；
3. 财务对账接口每日自动生成对账文件，差异笔数为零；
4. 小程序预约页面在高峰时段平均响应时间不超过2秒。
（三）试点门店运行期间，乙方应派实施顾问驻点指导，收集门店反馈并形成问题清单，问题清单全部关闭后方可推广至其余门店。各门店开通前，乙方应完成课程、价格、教练、场地及器材基础数据的配置，并由门店店长签字确认。
（四）甲方在收到验收申请后十个工作日内组织验收，验收合格的签署验收确认书；不合格的，乙方应在七日内整改后重新提交。系统上线使用不视为验收合格。验收合格之日为第一个服务年度的起始日。

四、服务水平
（一）系统月度可用率不低于99.5%，计划维护应安排在每日零时至六时并提前两日通知甲方。
（二）故障分级及响应：
1. 一级故障（全部门店无法预约或无法收款）：30分钟内响应，3小时内恢复；
2. 二级故障（部分功能或部分门店异常）：1小时内响应，8小时内恢复；
3. 三级问题（咨询及一般缺陷）：当日响应，五个工作日内解决。
（三）服务补偿：月度可用率低于承诺值的，每低0.1个百分点，乙方按当月订阅费的5%给予服务抵扣，单月抵扣以当月订阅费为限；一级故障恢复超时的，每超时一小时抵扣当月订阅费的2%。

（四）乙方应提供服务热线、在线工单及专属客户成功经理，每月向甲方提交服务报告，内容包括可用率、故障处理情况、工单统计及优化建议；每个服务年度结束前，双方召开服务回顾会议。
（五）乙方进行版本升级的，应提前五个工作日通知甲方升级内容，影响门店操作流程的重大变更应事先征得甲方同意，并提供培训材料。

五、知识产权
（一）系统平台及其既有功能的知识产权归乙方所有。
（二）乙方为甲方定制的课程体系配置、会员等级规则、报表模板、财务接口程序及相关文档，其知识产权归甲方所有，甲方有权自行修改、使用或交由第三方使用。

六、数据安全与数据权属
（一）甲方在系统中录入和产生的全部数据，包括会员个人信息、消费记录、课程及经营数据，均归甲方所有。乙方仅为提供本合同服务处理上述数据，不得用于其他任何目的，不得向第三方提供。
（二）乙方应按照《个人信息保护法》《数据安全法》要求，采取加密传输与存储、权限分级、操作审计、每日备份等安全措施，系统应通过网络安全等级保护二级测评。
（三）发生数据泄露或安全事件的，乙方应在2小时内通知甲方，配合处置并承担因其过错造成的全部损失。
（四）合同终止后三十日内，乙方应将全部数据以通用格式交还甲方，并在甲方确认后删除，出具删除证明。

（五）乙方工作人员访问甲方生产数据的，应经甲方授权并使用实名账号，乙方不得以测试、演示等名义导出会员信息。

七、保密
双方对在合作中知悉的对方商业信息、会员信息及技术资料负有保密义务，未经对方书面同意不得披露，保密义务在合同终止后三年内有效。

八、违约责任
（一）乙方未按期完成上线验收的，每逾期一日，向甲方支付600元违约金。
（二）乙方违反数据安全及保密义务的，应赔偿甲方因此遭受的全部损失。
（三）乙方在本合同项下的累计赔偿责任以合同总价的两倍为限，但因故意、重大过失或数据泄露造成的损失不受此限。

九、续期
服务期满前三十日，任何一方未书面提出不续约的，本合同自动续期一个服务年度，可连续续期。续期年度的订阅费由乙方根据其届时的价格政策调整，乙方应在服务期满前三十日通知甲方调整后的价格，甲方未在期满前提出异议的，视为接受。

十、分包
乙方不得将本合同项下的实施或运维工作分包给第三方，确需分包的，应事先取得甲方书面同意。

十一、合同解除
（一）乙方严重违约，经甲方书面通知后十五日内仍未改正的，甲方有权解除合同，乙方应退还未履行服务期间的订阅费。
（二）系统连续两个月可用率未达承诺值的，甲方有权解除合同。

十二、双方其他义务
（一）甲方应指定总部项目负责人一名，协调各门店配合开通配置、数据核对及人员培训，并及时提供原系统数据及财务接口资料。
（二）乙方应为甲方总部管理人员及各门店店长、前台、教练提供分批次的线上和线下培训，上线前完成全部门店人员培训，并提供操作视频和常见问题手册。
（三）因不可抗力导致服务中断的，受影响一方应及时通知对方并采取措施减少损失，不可抗力持续超过三十日的，双方可协商解除合同。

十三、法律适用及争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，任何一方可向甲方住所地人民法院提起诉讼。

十四、其他
本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：                乙方（盖章）：
日期：                        日期：
"""

Z04 = """矿山生态修复监测系统年度运维服务合同

项目名称：矿山生态修复监测系统运维服务（竞争性磋商）
项目编号：ZRZY-CS-2027-009
甲方：某市自然资源和规划局
乙方：岩穗地理信息科技有限公司

根据竞争性磋商文件、乙方响应文件及成交通知书，甲方委托乙方承担矿山生态修复监测系统的年度运行维护服务。双方协商一致，订立本合同。

第一条 服务范围
（一）运维对象：矿山生态修复监测系统，包括监测数据汇聚平台、遥感影像比对模块、无人机巡查任务管理模块、修复工程进度填报子系统、移动巡查APP，以及部署在二十六处修复矿区的视频监控点和土壤墒情、边坡位移监测设备的接入链路。
（二）运维内容：系统日常巡检与监控、故障诊断与处理、数据库维护与备份、操作系统及中间件补丁更新、安全加固与漏洞修复、监测设备接入链路维护、季度遥感影像数据入库、业务报表调整、用户培训及技术支持。
（三）服务期：自2027年3月1日起至2028年2月29日止。
（四）乙方应组建不少于五人的运维团队，其中驻场工程师两名，工作日在甲方机房值守；非工作时间安排二线工程师电话值班，并能在接报后按第三条要求到场。
（五）运维资产清单：乙方应在服务期开始后一个月内建立并持续更新运维资产清单，包括服务器、存储、网络设备、数据库、中间件、应用模块及监测设备接入点的名称、型号、版本、配置和责任人，清单变更应记录变更原因和审批人。

第二条 服务费用及支付
（一）运维服务费总额为人民币586,000元，为固定总价，包含人工、差旅、工具、备品备件及税费。
（二）服务费按季度支付，每季度146,500元。每季度结束后，经甲方季度考核合格，乙方开具发票后十五个工作日内支付当季服务费。
（三）季度考核不合格的，乙方应在十五日内整改，整改合格后支付当季服务费。

第三条 服务水平要求
（一）监测数据汇聚平台年度可用率不低于99.95%，计划停机须提前三个工作日报甲方同意。
（二）故障响应：
1. 一级故障（平台整体不可用、监测数据中断超过一小时或发生安全事件）：接报后15分钟内响应，2小时内到达现场，6小时内恢复；
2. 二级故障（单个模块不可用或部分矿区数据中断）：30分钟内响应，12小时内恢复；
3. 三级问题（一般缺陷、咨询）：2小时内响应，三个工作日内解决。
（三）数据备份：业务数据每日增量备份，每周全量备份，每季度进行一次恢复演练。
（四）乙方每月提交运维月报，每季度提交季度运维报告，年终提交年度运维总结。

（五）重要时期保障：汛期、地质灾害预警期间及上级督查期间，乙方应安排工程师全天候值守，确保监测数据实时上传，并按甲方要求加密巡检频次。
（六）安全运维：乙方每季度开展一次漏洞扫描和基线核查，高危漏洞应在七日内完成修复或采取临时防护措施；配合甲方完成网络安全等级保护测评及整改。
（七）设备接入：监测设备接入链路中断的，乙方应远程诊断并通知设备所属单位处理，跟踪至恢复，相关情况纳入运维月报。

第四条 考核与验收
（一）季度考核：甲方依据考核细则从系统可用率、故障响应及时率、问题解决率、巡检记录完整性、报告提交及时性五个方面进行评分，满分一百分，八十五分以上为合格。
（二）考核结果应在季度结束后十个工作日内书面通知乙方，乙方对考核结果有异议的，可在五个工作日内提出复核申请，甲方应予以答复。
（三）年度验收：服务期满后十五日内，甲方组织年度验收。验收标准：四个季度考核均合格；全年未发生因乙方原因导致的数据丢失；运维文档、配置清单、账号清单、备份介质完整移交。验收合格的，双方签署年度验收报告。

第五条 知识产权
乙方在运维过程中编写的脚本、配置文件、报表模板、运维手册及报告，其知识产权归甲方所有。乙方不得将上述成果用于其他项目。

第六条 数据安全
（一）系统中全部监测数据、影像数据、矿区坐标及修复工程资料均归甲方所有，乙方仅可在履行本合同所必需的范围内接触和处理，不得复制、留存或用于其他目的。
（二）乙方应遵守国家关于测绘地理信息安全和数据安全的规定，运维操作一律通过甲方堡垒机进行，禁止使用个人设备接入内网，涉密数据不得出机房。
（三）发生数据泄露、篡改或安全事件的，乙方应在1小时内报告甲方并启动应急预案；因乙方原因造成数据泄露或损失的，由乙方承担全部法律责任及赔偿责任。
（四）服务期满或合同终止时，乙方应交还全部数据、账号及介质，并删除其持有的任何副本。
（五）乙方应建立运维操作审批制度，涉及数据库结构调整、批量数据修改、权限变更及安全策略调整的操作，须提前提交操作方案经甲方批准，并在操作前完成数据备份。乙方运维人员账号实行一人一号，离场人员账号应在当日注销。

第七条 保密
乙方及其人员对在服务过程中知悉的甲方工作秘密、地理信息数据及系统安全配置负有保密义务，未经甲方书面许可不得对外披露。保密义务不因合同终止而解除。乙方驻场人员应签署保密承诺书。

第八条 人员管理
（一）乙方驻场人员须具备相应的技术资格，名单报甲方备案，未经甲方同意不得更换。
（二）乙方人员应遵守甲方机房管理、门禁及考勤制度，因个人原因违反甲方制度的，甲方有权要求乙方更换。

（三）乙方应制定运维服务方案、应急预案及交接方案，报甲方审核后执行。应急预案应覆盖平台宕机、数据库损坏、网络攻击、机房断电等场景，每半年组织一次应急演练，演练记录报甲方存档。

第九条 甲方义务
（一）甲方应为乙方驻场人员提供必要的办公场所、网络接入及机房出入权限。
（二）甲方应指定专人负责运维工作的对接、考核和验收，及时向乙方提供系统原有的设计文档、部署文档和账号资料。甲方组织的系统功能升级改造项目由甲方另行采购，乙方应配合新旧版本切换、测试环境准备及上线保障工作。
（三）甲方业务需求发生变化需调整运维内容的，应提前书面告知乙方，双方协商确定实施方式，调整内容以书面会议纪要形式确认。

第十条 交接
服务期开始后十日内，乙方应与原运维单位完成交接，核对系统资产清单、账号权限、配置基线及遗留问题清单，并形成交接记录由三方签字确认。服务期满时，乙方应按同样要求向甲方或甲方指定的单位完成交接，交接期间继续保障系统正常运行。

第十一条 分包
乙方不得将本合同项下的运维服务转包或分包。

第十二条 违约责任
乙方未按本合同约定提供服务的，甲方有权要求乙方限期改正。乙方应积极整改，并承担相应责任。

第十三条 合同期限与终止
（一）本合同于服务期满且年度验收完成后终止，不自动续期。下一服务期的运维服务由甲方另行组织采购。
（二）因不可抗力致使合同目的无法实现的，双方可协商终止合同，互不承担责任。

第十四条 争议解决
因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十五条 其他
（一）磋商文件、响应文件、成交通知书及考核细则为本合同组成部分。
（二）本合同一式五份，甲方三份，乙方二份，自双方签字盖章之日起生效。

甲方（盖章）：                  乙方（盖章）：
"""

Z05 = """# 染坊通 工艺追踪软件许可及定制开发合同

**（乙方标准合同文本 RFT-2026 版）**

合同编号：RFT-XS-2027-0142

甲方：素衣草木染工作室（个体工商户，下称"甲方"）

乙方：纹织数码软件有限公司（下称"乙方"）

鉴于甲方拟采用乙方"染坊通"工艺追踪软件管理草木染生产工艺，并委托乙方进行定制开发，双方依据本标准文本订立本合同。

## 第一条 定义

1.1 "软件"：指乙方享有著作权的"染坊通"工艺追踪软件，包括服务端程序、管理后台、移动端及相关文档。

1.2 "定制开发"：指乙方根据甲方书面确认的需求说明，在软件基础上进行的功能扩展及接口开发。

1.3 "上线"：指软件部署在甲方或甲方指定的云服务器上，并开放甲方用户账号登录使用。

## 第二条 产品与服务内容

2.1 乙方向甲方授予"染坊通"工艺追踪软件（标准版）的使用许可，许可范围为甲方一个生产场所、不超过十五个用户账号。

2.2 乙方根据甲方需求进行定制开发，包括：植物染料配方库（含媒染剂配比及温度曲线记录）、染色批次追溯、面料色牢度检测记录、客户订单小程序及与甲方网店的订单接口。

2.3 乙方负责软件部署、基础数据初始化及操作培训。

## 第三条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 染坊通软件许可（标准版，永久） | 168,000 |
| 2 | 定制开发（配方库、批次追溯、小程序、网店接口） | 126,000 |
| 3 | 部署及培训 | 18,000 |
| | 合计 | 312,000 |

合同价款为人民币叁拾壹万贰仟元整（¥312,000）。

## 第四条 付款方式

4.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，即¥202,800。乙方收到该款项后启动开发工作。

4.2 软件上线运行后五个工作日内，甲方支付合同总价的35%，即¥109,200。

4.3 甲方逾期付款的，乙方有权暂停服务，并按每日千分之二向甲方收取逾期付款违约金。

## 第五条 交付与上线

5.1 乙方在收到首付款后六十日内完成软件部署及定制功能开发，并通知甲方上线。

5.2 软件部署完成并上线运行后，即视为甲方验收合格。甲方在上线后使用软件的，视为对交付成果无异议。

5.3 甲方提出的需求变更，乙方另行评估工作量并收费。需求说明经甲方确认后，甲方再提出新增或修改功能的，均视为需求变更，交付期限由乙方重新确定。

5.4 乙方交付的文档包括用户操作手册及安装说明。数据库设计文档、接口程序源代码及开发文档不属于交付范围。

5.5 甲方应在软件上线前完成历史配方、面料及客户资料的整理，并按乙方提供的模板导入。乙方代为导入的，按导入数据量另行收费。

## 第六条 免费维护期及后续服务

6.1 乙方自软件上线之日起提供六个月免费维护，内容包括缺陷修复、远程技术支持及小版本升级。

6.2 免费维护期满后，甲方如需继续获得维护及升级服务，应与乙方签订维护服务协议，维护费用按乙方届时公布的价格标准执行。

6.3 甲方未购买维护服务的，乙方不再提供任何技术支持及升级服务。免费维护期内，因甲方自行修改数据库、更换服务器或安装其他软件导致的问题，不属于免费维护范围，乙方可按人天单价收取服务费用。

## 第七条 技术支持

7.1 乙方通过电话、微信及远程方式提供技术支持，服务时间为工作日9:00-18:00。

7.2 一级故障（软件无法登录或批次数据无法保存）：乙方在接到甲方报修后8小时内响应，并尽合理努力尽快修复；二级故障：乙方在两个工作日内响应。

7.3 因甲方操作不当、网络环境或第三方原因导致的故障，乙方不承担责任。

## 第八条 甲方义务

8.1 甲方应指定一名联系人，负责需求确认、资料提供及上线配合，并在乙方提出需求确认后三个工作日内予以书面答复，逾期未答复的视为确认。

8.2 甲方应自行准备服务器或云资源、网络环境及终端设备，并按乙方提供的配置清单完成准备工作。因甲方环境原因导致部署延误的，交付期限相应顺延。

8.3 甲方应自行做好配方、工艺等核心资料的本地留存，并妥善保管用户账号及密码，因甲方账号管理不当造成的损失由甲方自行承担。

## 第九条 知识产权

9.1 "染坊通"软件及其全部版本的知识产权归乙方所有。

9.2 乙方为甲方定制开发的配方库结构、批次追溯功能、小程序、接口程序及相关文档的知识产权同样归乙方所有，甲方在本合同许可范围内享有非独占的使用权，不得修改、反向工程或提供给第三方使用。乙方不交付源代码。

9.3 乙方有权将本项目定制开发的功能纳入其标准产品向其他客户销售。

## 第十条 数据

10.1 甲方录入软件的配方、工艺参数、批次记录及客户订单数据归甲方所有。

10.2 甲方同意，乙方可将上述数据进行脱敏处理后，用于乙方产品改进、行业工艺数据库建设及统计分析，该使用权在合同终止后继续有效。

10.3 乙方采取账号权限管理、传输加密、每日备份等措施保护数据安全。发生数据泄露的，乙方应在24小时内通知甲方，并对因乙方过错造成的数据泄露承担赔偿责任。

## 第十一条 保密

双方对在合作中获知的对方商业秘密负有保密义务，保密期限为合同终止后两年。甲方不得向第三方披露乙方软件的界面、功能设计及报价信息。

## 第十二条 违约责任

12.1 乙方逾期交付的，每逾期一日，按合同总价的千分之一向甲方支付违约金，违约金总额不超过合同总价的5%。

12.2 乙方在本合同项下对甲方承担的全部赔偿责任（含违约金）累计不超过合同总价的20%。乙方不对甲方的间接损失、利润损失、面料损耗及订单损失承担责任。

## 第十三条 合同解除

守约方在对方严重违约且经书面催告后十五日内仍未纠正的，有权解除本合同。合同解除的，甲方已支付的许可费用不予退还。

## 第十四条 培训与使用限制

14.1 乙方在上线前为甲方提供一次集中操作培训（不超过两天，远程或现场由乙方确定），培训后甲方自行组织内部培训。甲方需要额外培训的，按乙方人天单价另行计费。

14.2 甲方不得对软件进行破解、复制、出租、转售，不得超出许可范围增加用户账号或生产场所。甲方超出许可范围使用的，乙方有权按标准报价补收许可费用，并有权暂停甲方账号。

14.3 软件中集成的第三方组件（包括地图、短信、支付等服务）由甲方自行向第三方购买，相关费用及服务质量由第三方负责。

## 第十五条 不可抗力

因不可抗力、政策调整、网络运营商故障、云服务商故障或黑客攻击等乙方无法控制的原因导致软件无法使用或交付延迟的，乙方不承担违约责任，交付期限相应顺延。

## 第十六条 通知

双方联系人、联系电话及电子邮箱以合同签署页为准。乙方通过电子邮件或微信发出的通知，发出即视为送达。

## 第十七条 争议解决

因本合同发生的争议，双方应友好协商；协商不成的，提交乙方所在地仲裁委员会仲裁。

## 第十八条 其他

18.1 本合同为乙方标准文本，双方未另行书面约定的，以本文本为准。

18.2 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（签章）：__________　　乙方（盖章）：__________
"""

E01 = """T:Software Licence and Services Agreement
P:Agreement No. FJC-IT-2027-044
P:This Software Licence and Services Agreement (the "Agreement") is made between Foshan Jinchuan Ceramics Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Foshan, Guangdong Province (the "Customer"), and Kizilirmak Yazilim Teknolojileri A.S., a joint stock company incorporated in the Republic of Turkiye with its registered office in Sivas, Turkiye (the "Vendor").
P:The Customer operates four kiln lines and two glazing lines and wishes to replace its spreadsheet-based maintenance records with the Vendor's computerised maintenance management system. The Vendor has agreed to license that system to the Customer perpetually and to configure, integrate and implement it, on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's MaintaSoft Enterprise maintenance management software, version 8, in object code, including the mobile work-order application and the user documentation.
P:1.2 "Custom Deliverables" means all configurations, equipment hierarchies, work-order templates, reports, interface programs and documents that the Vendor creates specifically for the Customer under this Agreement, including their source code.
P:1.3 "Customer Data" means all data that the Customer or its users enter into, or generate with, the Software, including equipment records, maintenance histories, spare-parts stock and personnel details.
P:1.4 "Final Acceptance" means the Customer's written acceptance certificate issued under Article 5.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software for its own business at its plants in Foshan and Zhaoqing, for up to 260 named users and unlimited mobile devices.
P:2.2 The Customer may make copies of the Software for backup, test and disaster-recovery purposes. The Software remains the property of the Vendor and its licensors.
H:Article 3 Scope of Services and Price
P:3.1 The Vendor shall deliver the following, as further described in Annex 1 (Statement of Work): (a) the licence under Article 2; (b) implementation, including process workshops, configuration of the equipment hierarchy for about 6,800 assets, preventive maintenance plans and work-order templates; (c) integration with the Customer's ERP system for spare parts and purchase requisitions, and with its energy metering system; and (d) training of administrators, planners and technicians.
P:3.2 The Contract Price is CNY 1,670,000, made up of: Software licence fee CNY 1,120,000; implementation services CNY 364,000; integration services CNY 148,000; and training CNY 38,000. All amounts include applicable taxes and all travel and living costs of the Vendor's personnel.
P:3.3 The Contract Price is fixed. No additional charge applies unless the parties sign a written change order.
H:Article 4 Payment
P:4.1 The Customer shall pay the Contract Price in three instalments, each within 20 days after receipt of a correct invoice: (a) 20% after signature of this Agreement and receipt of an advance-payment guarantee from a bank acceptable to the Customer; (b) 45% after the Software is in productive use at all plants (Go-Live), which is not acceptance; and (c) 35% after Final Acceptance.
P:4.2 Payments shall be made in CNY by bank transfer to the Vendor's account stated in its invoice. Each party bears its own bank charges.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall achieve Go-Live within 120 days after signature, according to the project plan agreed at the kick-off meeting.
P:5.2 Final Acceptance requires that: (a) all functions listed in Annex 1 work as specified in the test scripts agreed with the Customer; (b) asset and spare-parts data migrated from the Customer's records reconcile completely with the source lists; (c) the ERP and energy metering interfaces run for 20 consecutive working days without error; (d) work-order screens open within 2 seconds for 150 concurrent users; and (e) no Severity 1 or Severity 2 defect is open.
P:5.3 The Customer shall carry out the acceptance tests within 15 working days after the Vendor's written notice that the Software is ready. If the tests fail, the Vendor shall correct the defects within 10 working days and the tests shall be repeated. Go-Live, use of the Software or payment is not acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform in accordance with their documentation for 24 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, supply all updates and new versions, and provide support free of charge.
P:6.2 After the Warranty Period, the Customer may order annual support. The annual support fee is 11% of the Software licence fee, that is CNY 123,200 per year, and shall not be increased for the first three years after the Warranty Period. Support is ordered year by year by purchase order and does not renew automatically.
H:Article 7 Service Levels
P:7.1 Severity 1 means the Software is unavailable or work orders cannot be created at any plant. Severity 2 means a major function is impaired with no workaround. Severity 3 means any other defect or question.
P:7.2 The Vendor shall respond to a Severity 1 incident within 1 hour, at any time, and restore service within 8 hours; Severity 2 within 2 hours in business hours and resolve it within 2 working days; Severity 3 by the next working day.
P:7.3 For each full hour by which the Vendor misses a Severity 1 response or restoration time, the Vendor shall credit the Customer CNY 1,200 against any amount due, or pay it if no amount is due.
P:7.4 The Vendor's support desk shall be staffed by Mandarin- or English-speaking engineers. The Vendor shall keep a local support partner in Guangzhou approved in writing by the Customer.
H:Article 8 Intellectual Property
P:8.1 The Vendor retains all intellectual property rights in the Software.
P:8.2 All intellectual property rights in the Custom Deliverables vest in the Customer on creation. The Customer may use, modify, and license them to third parties without restriction. The Vendor shall deliver their source code and documentation on Final Acceptance.
P:8.3 The Vendor shall defend and indemnify the Customer against any claim that the Software or the Custom Deliverables infringe the rights of a third party.
H:Article 9 Customer Data and Data Security
P:9.1 Customer Data belongs to the Customer. The Vendor may access and use Customer Data only to perform this Agreement and shall not copy, retain or use it for any other purpose.
P:9.2 The Software is installed in the Customer's own data centre. The Vendor shall access the Customer's systems only through the Customer's VPN with multi-factor authentication, for sessions approved in advance, and shall not transfer Customer Data outside the People's Republic of China.
P:9.3 The Vendor shall comply with the Data Security Law and the Personal Information Protection Law of the People's Republic of China, keep access logs, and notify the Customer within 12 hours after becoming aware of any security incident affecting Customer Data. The Vendor is liable for all losses caused by a breach of this Article.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information received from the other party under this Agreement and use it only to perform this Agreement.
P:10.2 This obligation continues for five years after the end of this Agreement and does not apply to information that is public or that a party must disclose by law.
H:Article 11 Delay and Liability
P:11.1 If the Vendor fails to achieve Go-Live or Final Acceptance by the agreed date for reasons within its control, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:11.2 The Vendor's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to personal injury, wilful misconduct, infringement claims under Article 8.3 or breach of Article 9.
H:Article 12 Subcontracting
P:12.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains responsible for the work of any approved subcontractor, including the support partner under Article 7.4.
H:Article 13 Termination
P:13.1 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within 20 days after written notice, or if the liquidated damages under Article 11.1 reach their maximum.
P:13.2 On termination under Article 13.1, the Vendor shall refund the amounts paid for services not accepted and deliver all Custom Deliverables in their current state.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the Republic of Turkiye.
P:14.2 Any dispute arising out of or in connection with this Agreement shall first be discussed between the parties' project sponsors. If it is not settled within 30 days, it shall be finally resolved by the courts of Sivas, Turkiye.
H:Article 15 General
P:15.1 This Agreement is made in English and Chinese; both versions are equally valid.
P:15.2 Notices shall be in writing and sent by courier or e-mail to the project managers named in Annex 1. A notice sent by e-mail is received when the recipient confirms receipt. Neither party may assign this Agreement without the other party's written consent, except that the Customer may assign it to an affiliate that takes over the plants.
P:15.3 Annex 1 (Statement of Work) and Annex 2 (Acceptance Test Plan) form part of this Agreement.
P:For the Customer: ____________________    For the Vendor: ____________________
"""

E02 = """# Subscription Order Form

**Harput Bulut Teknoloji A.Ş. — FieldRoute Service Scheduling Platform**

Order Form No. HBT-CN-2027-0108

This Order Form consists of Part A (Order Details) and Part B (General Terms). By signing Part A, the parties agree to both parts.

## Part A — Order Details

### A1. Parties

**Customer:** Hangzhou Yunti Elevator Maintenance Co., Ltd., Xihu District, Hangzhou, Zhejiang Province, People's Republic of China.

**Provider:** Harput Bulut Teknoloji A.Ş., Teknopark, Elazığ, Republic of Türkiye.

### A2. Service

FieldRoute, the Provider's cloud platform for scheduling and dispatching field engineers, with the following modules: work-order management, route planning, mobile engineer app (Android and iOS), spare-parts tracking, customer portal for building managers, and management dashboards. The Service is hosted for the Customer in a data centre in mainland China operated by the Provider's hosting contractor named in A6.

### A3. Subscription Term

Twenty-four (24) months, made up of two Subscription Years. The first Subscription Year starts on the date of Onboarding Acceptance under B3.

### A4. Fees

| Item | Basis | Quantity | Amount (CNY) |
|---|---|---|---|
| FieldRoute subscription, Subscription Year 1 | CNY 1,150 per named user per year | 180 users | 207,000 |
| FieldRoute subscription, Subscription Year 2 | CNY 1,150 per named user per year | 180 users | 207,000 |
| Onboarding (one-time): configuration, data import, interface to Customer's ERP, training | fixed | 1 | 58,000 |
| **Total Fees** | | | **472,000** |

Fees include VAT. Additional named users may be added at CNY 1,150 per user per year, pro rata for the remaining months of the Subscription Year.

### A5. Invoicing and Payment

1. The onboarding fee is invoiced after Onboarding Acceptance.
2. The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year.
3. Invoices are payable within 30 days of receipt, in CNY, by bank transfer. The Provider shall issue valid Chinese VAT invoices through its authorised local agent.

### A6. Onboarding Plan and Hosting

Onboarding shall be completed within 60 days after signature. Hosting contractor: Zhejiang Tianmu Cloud Computing Co., Ltd., Hangzhou. Any change of the hosting contractor requires the Customer's prior written consent under B8.

Signed for the Customer: ____________________ Date: __________

Signed for the Provider: ____________________ Date: __________

## Part B — General Terms

### 1. Definitions

1.1 "Service" means the FieldRoute platform described in A2, including updates the Provider makes generally available.

1.2 "Customer Data" means all data entered into or generated by the Service by or for the Customer, including work orders, maintenance records, elevator locations, customer contacts and engineers' personal information.

1.3 "Customer Configurations" means the workflows, forms, checklists, report templates and ERP interface mappings the Provider prepares specifically for the Customer during onboarding.

### 2. Provision of the Service

2.1 The Provider shall make the Service available to the Customer's named users during the Subscription Term in accordance with this Order Form and the documentation.

2.2 The Provider will use commercially reasonable efforts to keep the Service available and to schedule maintenance outside the Customer's main working hours.

2.3 The Provider offers support by e-mail and through the support portal on working days, Istanbul time. The Provider will deal with support requests as soon as it reasonably can.

2.4 The Provider may change the features of the Service if the change does not materially reduce the functions described in A2.

### 3. Onboarding and Acceptance

3.1 The Provider shall carry out onboarding according to A6 and the onboarding plan agreed at the kick-off meeting.

3.2 Onboarding Acceptance requires that: (a) all modules listed in A2 are configured for the Customer's three regional branches; (b) the Customer's 9,600 elevator records and open work orders are imported and reconciled with the Customer's source list without differences; (c) the ERP interface transfers spare-parts requests and completion reports correctly for ten consecutive working days; and (d) the mobile app works offline and synchronises within one minute after reconnection.

3.3 The Customer shall test within 10 working days after the Provider's notice of readiness and either sign the Onboarding Acceptance certificate or list the failures. The Provider shall fix listed failures within 10 working days and offer the system for testing again. Use of the Service for training or trial is not acceptance.

3.4 If Onboarding Acceptance is not achieved within the period in A6 for reasons within the Provider's control, the Provider shall pay the Customer CNY 300 for each day of delay, up to CNY 23,600.

### 4. Customer Data

4.1 Customer Data belongs to the Customer. The Provider shall process Customer Data only to provide the Service to the Customer and for no other purpose.

4.2 At the end of the Subscription Term the Provider shall, at the Customer's choice, return all Customer Data in CSV or JSON format within 15 days and then delete it from the Service and backups, and confirm deletion in writing.

### 5. Data Security

5.1 The Provider shall keep Customer Data in mainland China and shall not transfer it abroad. The Provider's staff in Türkiye may access the production environment only for troubleshooting requested by the Customer, through logged sessions approved by the Customer.

5.2 The Provider shall maintain security measures at least equal to MLPS level 2, including encryption in transit and at rest, role-based access control, multi-factor authentication for administrators, daily backups and logging of all administrative access.

5.3 The Provider shall notify the Customer within 24 hours after becoming aware of any unauthorised access to, or loss of, Customer Data, take all steps needed to contain it, and cooperate with the Customer and the authorities. The Provider is liable for all losses, fines and costs caused by its breach of this Section 5.

5.4 The Provider shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China when processing Customer Data.

### 6. Intellectual Property

6.1 The Provider owns the Service and all related intellectual property.

6.2 Customer Configurations belong to the Customer. The Customer may use, modify and let third parties use them freely, including after the Subscription Term, and the Provider shall export them on request in a documented format.

### 7. Warranties

7.1 The Provider warrants that the Service will perform materially in accordance with the documentation and that it has all rights needed to provide the Service.

7.2 The Provider shall defend the Customer against any third-party claim that the Service infringes intellectual property rights and pay any resulting damages.

### 8. Subcontracting

8.1 Apart from the hosting contractor named in A6, the Provider shall not subcontract any part of the Service or onboarding without the Customer's prior written consent. The Provider remains responsible for its subcontractors.

### 9. Liability

9.1 Each party's total liability under this Order Form is limited to 150% of the Total Fees. This limit does not apply to breach of Section 5, infringement claims under 7.2, personal injury or wilful misconduct.

### 10. Term, Renewal and Termination

10.1 This Order Form ends at the end of the Subscription Term. It does not renew automatically; any renewal requires a new Order Form signed by both parties.

10.2 Either party may terminate this Order Form by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving written notice describing the breach.

10.3 If the Customer terminates under 10.2, the Provider shall refund the prepaid subscription fees for the remaining months of the Subscription Year.

### 11. Governing Law and Disputes

11.1 This Order Form is governed by the laws of the People's Republic of China.

11.2 Disputes shall be submitted to the Hangzhou Arbitration Commission for arbitration in Hangzhou. The arbitral award is final and binding.

### 12. General

12.1 This Order Form is the entire agreement between the parties about the Service. Changes must be in writing and signed by both parties.

12.2 Notices must be sent in writing to the addresses in A1, with a copy by e-mail to the contacts named in the onboarding plan.

12.3 The Customer is responsible for the accuracy of the data it enters, for keeping its users' passwords secret and for making sure that its users follow the documentation. The Customer shall provide the source lists, ERP test environment and key users needed for onboarding on the dates in the onboarding plan; the onboarding period is extended by any delay caused by the Customer.

12.4 Neither party is liable for a failure caused by events beyond its reasonable control, such as natural disasters, war or government action, if it notifies the other party promptly and takes reasonable steps to limit the effects. If such an event prevents performance for more than 60 days, either party may end this Order Form by written notice.

12.5 Neither party may assign this Order Form without the other party's prior written consent. This Order Form is signed in English and Chinese; the two versions have equal force.
"""

E03 = """T:Purchase Contract for Vibration Monitoring Sensors and Monitoring Software Licence
P:Contract No. WHC-EQ-2027-0219 (Buyer's standard purchase contract)
P:Buyer: Wuhu Hongshan Cement Co., Ltd., Fanchang District, Wuhu, Anhui Province, People's Republic of China.
P:Supplier: Beydagi Sensor Sistemleri Ltd. Sti., Organised Industrial Zone, Malatya, Republic of Turkiye.
P:The Buyer wishes to install online vibration monitoring on the rotating equipment of its two clinker production lines (kiln drives, raw mills, cement mills, fans and separators). Following a competitive tender, the Buyer has selected the Supplier. The parties agree as follows.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways, edge servers and accessories listed in the table in clause 2.2.
P:1.2 "Software" means the Supplier's VibraSense condition monitoring software, including its analysis, alarm and reporting modules, licensed under clause 3.
P:1.3 "Project Deliverables" means the measurement point configuration, alarm thresholds set for the Buyer's machines, dashboards, report templates, the interface program to the Buyer's distributed control system (DCS) and all project documents.
P:1.4 "Buyer Data" means all vibration, temperature and operating data collected by the Equipment and all data derived from it.
H:2. Scope and Price
P:2.1 The Supplier shall supply, install, configure and commission the Equipment and the Software at the Buyer's plant and train the Buyer's staff.
P:2.2 The Contract Price is CNY 1,360,000, itemised as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless triaxial vibration and temperature sensors|220|2,650|583,000
TB:2|Industrial gateways with redundant power supply|14|18,500|259,000
TB:3|Edge servers for on-site data storage|2|46,000|92,000
TB:4|VibraSense software licence, perpetual, 220 measurement points|1|286,000|286,000
TB:|Equipment and Licence Subtotal|||1,220,000
TB:5|Installation, configuration, DCS interface and commissioning|1|118,000|118,000
TB:6|Training of operators and reliability engineers|1|22,000|22,000
TB:|Contract Price|||1,360,000
P:2.3 The Contract Price is fixed and includes VAT, import duties, delivery to the Buyer's plant (DDP Wuhu), insurance, installation materials and all costs of the Supplier's personnel.
H:3. Software Licence
P:3.1 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software for the Buyer's plant, for 220 measurement points and unlimited users. The Buyer may add measurement points at the unit price in the table.
P:3.2 The Software is installed on the edge servers in the Buyer's network and does not require any connection to the Supplier's systems.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver the Equipment within 70 days after signature and complete installation and commissioning within 40 days after delivery, during the planned kiln shutdowns notified by the Buyer.
P:4.2 If the Supplier fails to meet either date for reasons within its control, it shall pay delay damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price. The Buyer may deduct the damages from any payment.
P:4.3 The Supplier's personnel shall follow the Buyer's safety rules, including work permits for work at height and near rotating equipment.
P:4.4 Each delivery shall include packing lists, certificates of origin and conformity, explosion-protection certificates for sensors installed in coal mill areas, and installation drawings. The Supplier shall submit the measurement point plan for the Buyer's written approval before installation starts.
P:4.5 Training shall cover sensor mounting and replacement, gateway maintenance, use of the analysis tools, alarm handling and basic fault diagnosis of the main machine types. The Supplier shall provide training materials in Chinese.
H:5. Payment
P:5.1 10% of the Contract Price within 20 days after signature, against the Supplier's invoice and an advance-payment bank guarantee for the same amount.
P:5.2 55% of the Contract Price within 20 days after all Equipment has been delivered and installed and the Buyer has signed the installation certificate. The installation certificate is not acceptance.
P:5.3 35% of the Contract Price within 20 days after Final Acceptance.
P:5.4 Each payment is subject to a correct VAT invoice. The Buyer may withhold amounts disputed in good faith and any delay damages or service payments due from the Supplier.
H:6. Acceptance
P:6.1 Final Acceptance requires that: (a) all 220 sensors report data to the Software with a packet loss below 1% over 14 consecutive days; (b) readings of ten sensors chosen by the Buyer agree with a calibrated portable analyser within 5%; (c) alarms are generated in the Software and the DCS within 10 seconds of a simulated threshold crossing; (d) the Project Deliverables and as-built documents have been handed over; and (e) operators and engineers have completed training.
P:6.2 The Buyer shall carry out the acceptance tests within 15 days after the Supplier's notice of readiness and either sign the Final Acceptance certificate or list the deficiencies. The Supplier shall remedy deficiencies within 10 days and repeat the tests. Delivery, installation, use of the system or any payment does not mean acceptance.
H:7. Warranty and Support
P:7.1 The warranty period for the Equipment and the Software is 36 months from Final Acceptance. During the warranty period the Supplier shall repair or replace defective Equipment, correct Software defects and provide all Software updates free of charge, including parts, labour and shipping.
P:7.2 After the warranty period the Buyer may order annual support, including replacement of failed sensors, Software updates and remote diagnosis, for 8% of the Equipment and Licence Subtotal per year, that is CNY 97,600 per year, fixed for three years. Support is ordered year by year and does not renew automatically.
P:7.3 Severity 1 means loss of monitoring for a complete production line or for any kiln drive. The Supplier shall respond to a Severity 1 fault within 30 minutes, provide remote diagnosis within 2 hours and restore monitoring within 24 hours, if necessary through its service partner in Hefei. Severity 2 faults (single sensors or gateways) shall be answered within 2 hours and fixed within 5 days.
P:7.4 For each hour by which the Supplier misses a Severity 1 response or restoration time, it shall pay the Buyer CNY 1,000, deductible from any amount due.
H:8. Intellectual Property
P:8.1 The Supplier keeps its rights in the Software and the Equipment firmware.
P:8.2 The Project Deliverables belong to the Buyer. The Buyer may use, modify and license them to third parties freely. The Supplier shall hand over the DCS interface program with its source code.
H:9. Buyer Data and Data Security
P:9.1 Buyer Data belongs to the Buyer. The Supplier may use Buyer Data only to perform this Contract and shall not copy, keep or use it for any other purpose, including after the Contract ends.
P:9.2 The Supplier shall not connect the Equipment or Software to any network outside the Buyer's plant. Remote access for support shall take place only through the Buyer's remote access gateway, for sessions approved by the Buyer, and shall be logged.
P:9.3 The Supplier shall report any security incident affecting the Buyer's systems or Buyer Data within 12 hours and is liable for all losses caused by its breach of this clause 9.
H:10. Confidentiality
P:10.1 Each party shall keep confidential the technical and commercial information received from the other party, in particular the Buyer's process data and plant layouts, and shall not disclose it to third parties without prior written consent. This obligation lasts for five years after the end of this Contract.
H:11. Liability
P:11.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 9 and 10, which are not limited.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent, except for the service partner in Hefei approved by signature of this Contract. The Supplier is responsible for the work of its subcontractors.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after notice, or if the delay damages under clause 4.2 reach their maximum. The Supplier shall then refund the amounts paid for Equipment and services not accepted.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Disputes shall be submitted to the China International Economic and Trade Arbitration Commission (CIETAC) for arbitration in Beijing under its rules in force at the time.
H:15. Force Majeure
P:15.1 Neither party is liable for delay caused by force majeure, such as natural disasters, epidemics or government action, if it notifies the other party within 7 days and provides evidence. If force majeure lasts more than 90 days, either party may terminate this Contract by written notice.
H:16. General
P:16.1 This Contract is made in Chinese and English; both versions are equally valid. It comes into force on signature by both parties. Changes must be in writing and signed by both parties. The tender documents and the Supplier's bid form part of this Contract; this Contract prevails in case of conflict.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# Managed Service Desk and End-User Support Agreement

Agreement No. NBX-MS-2027-0036

**Between** Ningbo Xinhai Home Appliances Co., Ltd., Beilun District, Ningbo, Zhejiang Province, People's Republic of China (the "Customer")

**and** Palandöken Bilişim Hizmetleri A.Ş., Yakutiye, Erzurum, Republic of Türkiye (the "Provider").

**Background.** The Customer has its head office and two factories in Ningbo and sales offices in eleven countries. It wishes to outsource its IT service desk and end-user support to the Provider, which operates a multilingual service desk. The parties agree as follows.

## 1. Definitions

1.1 "Services" means the services described in Schedule 1.

1.2 "Service Levels" means the levels in Schedule 2, and "Service Credits" the credits calculated under Schedule 2.

1.3 "Charges" means the charges in Schedule 3.

1.4 "Customer Data" means all data of the Customer, its employees and its customers that the Provider receives or accesses in performing the Services, including tickets, user account details, device inventories and call recordings.

1.5 "Service Commencement Date" means the date on which Transition Acceptance is certified under Section 3.

## 2. Term

2.1 This Agreement starts on signature and continues for 36 months after the Service Commencement Date (the "Term").

2.2 The Term does not renew automatically. The parties may extend it by a written amendment that states the charges for the extension.

## 3. Transition and Acceptance

3.1 The Provider shall carry out the transition of the service desk from the Customer's current provider within 75 days after signature, following the transition plan agreed at the kick-off meeting.

3.2 Transition Acceptance requires that: (a) all knowledge articles, user lists and open tickets have been transferred to the Provider's ticketing tool and reconciled with the current provider's export; (b) the service desk has handled the Customer's tickets in parallel with the current provider for 15 working days, meeting the Service Levels in Schedule 2; (c) telephone, e-mail and portal channels work in Chinese, English, Spanish and Turkish; and (d) the runbooks for the ten most frequent request types have been approved by the Customer.

3.3 The Customer shall confirm Transition Acceptance in writing within 5 working days after the Provider shows that the criteria are met, or state which criteria are not met. Parallel running does not count as acceptance.

3.4 If Transition Acceptance is not achieved on time for reasons within the Provider's control, the Provider shall pay the Customer CNY 1,500 for each day of delay, up to CNY 60,000.

## 4. Service Delivery

4.1 The Provider shall perform the Services in accordance with Schedule 1 and meet or exceed the Service Levels in Schedule 2.

4.2 The Provider shall provide a monthly service report showing performance against each Service Level, ticket volumes, trends and improvement actions, and shall attend a monthly service review with the Customer's IT manager.

4.3 Where a Service Level is missed, the Provider shall apply the Service Credits in Schedule 2 to the next invoice and submit a root-cause analysis within 5 working days.

4.4 On-site support at the Ningbo head office and factories shall be provided by the Provider's resident engineers, who shall follow the Customer's site rules.

## 5. Charges and Payment

5.1 The Customer shall pay the Charges in Schedule 3. The monthly service charge is invoiced monthly in arrears; the transition charge is invoiced after Transition Acceptance.

5.2 Invoices are payable within 30 days of receipt by bank transfer in CNY. The Charges are fixed for the Term. Volumes above the bands in Schedule 3 are charged at the unit rates stated there.

## 6. Customer Data

6.1 Customer Data is and remains the property of the Customer. The Provider may use Customer Data only to perform the Services and shall not use it for any other purpose.

6.2 At the end of the Term the Provider shall return all Customer Data to the Customer, in a format agreed by the parties, and then delete its copies.

## 7. Confidentiality

7.1 Each party shall keep confidential all information of the other party that is marked confidential or that by its nature should be treated as confidential, and shall use it only for this Agreement.

7.2 Each party may disclose such information to its employees and advisers who need to know it and are bound by similar obligations. The obligations in this Section 7 continue for three years after the end of this Agreement.

## 8. Intellectual Property

8.1 The Provider keeps ownership of its ticketing tool, methods and general know-how.

8.2 Knowledge articles, runbooks, scripts, report templates and other materials created for the Customer under this Agreement belong to the Customer, which may use, modify and license them freely, including to a replacement provider.

## 9. Personnel and Subcontracting

9.1 The Provider shall assign a named service delivery manager and shall not replace the resident engineers without giving the Customer 20 days' notice and a proper handover.

9.2 The Provider shall not subcontract any part of the Services without the Customer's prior written consent and remains liable for the acts of its subcontractors.

## 10. Liability

10.1 The Provider's total aggregate liability arising out of or in connection with this Agreement in any manner whatsoever shall not exceed the Charges paid or payable in the nine months immediately before the event giving rise to the claim.

10.2 Neither party is liable for indirect or consequential loss. Nothing in this Agreement limits liability for death, personal injury or fraud.

## 11. Termination

11.1 The Customer may terminate this Agreement by written notice if the Provider commits a material breach and fails to remedy it within 30 days after written notice, or if the Provider misses the same Critical Service Level in three consecutive months.

11.2 On expiry or termination, the Provider shall provide exit assistance for up to 60 days at the rates in Schedule 3, so that the Services can be transferred to the Customer or a replacement provider without interruption.

## 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be referred to the Shanghai International Arbitration Center for arbitration in Shanghai.

## 13. Customer Responsibilities

13.1 The Customer shall give the Provider's staff the access rights, tools and information reasonably needed for the Services, nominate an IT manager as the single point of contact, and inform the Provider in good time of planned changes to its systems, sites or number of users.

13.2 The Customer shall provide desks, network connections and access badges for the resident engineers at its Ningbo sites.

## 14. General

14.1 Neither party is liable for failure caused by force majeure, provided it notifies the other party promptly and uses reasonable efforts to resume performance. 14.2 This Agreement, with its Schedules, is the entire agreement between the parties about the Services; changes must be agreed in writing. 14.3 Neither party may assign this Agreement without the other party's prior written consent. 14.4 This Agreement is signed in English and Chinese; both versions have equal force.

Signed for the Customer: ____________________ Signed for the Provider: ____________________

## Schedule 1 — Services

| Service | Scope | Hours |
|---|---|---|
| Service desk | Single point of contact by phone, e-mail and portal; logging, triage and first-line resolution | 24 x 7 |
| Languages | Chinese, English, Spanish, Turkish | 24 x 7 |
| Second-line remote support | Desktop, e-mail, collaboration tools, VPN, printers | 24 x 7 |
| On-site support, Ningbo | Two resident engineers; device moves, repairs, new starters | Mon–Sat 08:00–20:00 |
| User administration | Account creation, password resets, access changes under Customer approval | 24 x 7 |
| Asset management | Inventory of about 2,600 laptops, desktops and mobile devices | Business days |

## Schedule 2 — Service Levels and Service Credits

| Priority | Definition | Response | Resolution | Service Credit |
|---|---|---|---|---|
| P1 Critical | A site, a production line system or more than 50 users cannot work | 15 minutes | 6 hours | 3% of the monthly service charge per breach |
| P2 High | A department or key user cannot work | 30 minutes | 10 hours | 1% per breach |
| P3 Normal | Single user affected, workaround exists | 2 hours | 2 working days | 0.5% per breach |
| Calls answered | Calls answered within 30 seconds | 90% of calls | monthly | 2% if missed |

Service Credits in any month are limited to 20% of that month's service charge.

## Schedule 3 — Charges

| Item | Basis | Amount (CNY) |
|---|---|---|
| Transition (one-time) | fixed, after Transition Acceptance | 74,000 |
| Monthly service charge | CNY 58,000 per month x 36 months | 2,088,000 |
| **Total fixed Charges** | | **2,162,000** |
| Tickets above 3,200 per month | CNY 65 per ticket | variable |
| Exit assistance | CNY 3,800 per engineer day | as used |
"""

E05 = """DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. QDC-DA-2027-015

BETWEEN

Qingdao Dongfang Cotton Trading Co., Ltd., Shinan District, Qingdao, Shandong Province, People's Republic of China ("Customer"); and

Harran Tarim Veri Hizmetleri A.S., Haliliye, Sanliurfa, Republic of Turkiye ("Provider").

BACKGROUND

The Customer buys and trades raw cotton from growing regions in several countries. The Provider operates a crop monitoring service that combines satellite imagery, weather station data and field surveys into crop condition indices and yield forecasts, delivered through a data portal and an application programming interface (API). The Customer wishes to subscribe to the service and have it integrated into its trading and risk systems.

1. DEFINITIONS

1.1 "Service" means the Provider's CottonWatch data portal and API, the data sets listed in clause 2.2, and the related documentation.

1.2 "Subscription Year" means the period starting on the Service Start Date or on an anniversary of it and ending on the day before the next anniversary. The Subscription Term consists of two Subscription Years.

1.3 "Service Start Date" means the date on which the Customer signs the integration acceptance certificate under clause 4.

1.4 "Customer Data" means all data the Customer provides to the Provider or enters into the Service, including its field boundary files, supplier lists, query parameters, watch-lists, saved analyses and API usage records.

1.5 "Integration Deliverables" means the connector programs, data mappings, scheduled jobs and documentation that the Provider develops to load the Service data into the Customer's trading and risk systems.

2. SERVICE

2.1 The Provider grants the Customer, during the Subscription Term, a non-exclusive right to access the Service and to use the data for its internal business, including in reports shared with its banks and auditors.

2.2 The Service includes: daily crop condition indices for cotton in the regions listed in the order schedule; weekly yield forecasts by province and district; daily weather observations and ten-day forecasts; historical series from 2012; and up to 3,000,000 API calls per Subscription Year for 60 named portal users.

2.3 The Provider shall keep the data accurate and up to date, publish its methodology, and announce any change of methodology at least 30 days in advance.

3. FEES AND PAYMENT

3.1 The subscription fee is CNY 396,000 per Subscription Year, CNY 792,000 for the Subscription Term. The one-time integration fee is CNY 44,000. The total contract value is CNY 836,000, including VAT.

3.2 The integration fee is payable within 30 days after the Service Start Date. The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year and payable within 30 days of the invoice.

3.3 API calls above the annual allowance are charged at CNY 0.02 per call, invoiced quarterly in arrears.

4. INTEGRATION AND ACCEPTANCE

4.1 The Provider shall complete the Integration Deliverables within 45 days after signature of this Agreement.

4.2 Integration acceptance requires that: (a) all data sets in clause 2.2 load automatically into the Customer's systems every day for 10 consecutive working days without manual work; (b) values in the Customer's systems match the Provider's portal for a sample of 200 data points chosen by the Customer; (c) historical series are complete for all listed regions; and (d) the Customer's staff have been trained.

4.3 The Customer shall test within 10 working days after the Provider's notice of readiness and either sign the acceptance certificate or list the defects, which the Provider shall correct before the test is repeated. Access to the portal for training is not acceptance.

4.4 If integration acceptance is delayed for reasons within the Provider's control, the Provider shall pay the Customer CNY 250 for each day of delay.

5. SERVICE LEVELS

5.1 The API and the portal shall be available at least 99.95% of each calendar month, excluding scheduled maintenance announced 3 days in advance and carried out between 01:00 and 05:00 Beijing time.

5.2 Daily indices shall be published by 08:00 Beijing time. Weekly forecasts shall be published every Monday.

5.3 Priority 1 incidents (API or portal unavailable, or daily data not published) shall be responded to within 1 hour at any time and resolved within 6 hours. Priority 2 incidents shall be responded to within 2 hours and resolved within 2 working days.

5.4 If availability in a month falls below the level in clause 5.1, or a Priority 1 incident is not resolved in time, the Customer receives a service credit of 5% of the monthly equivalent of the subscription fee for each started 0.1 percentage point of shortfall or each late incident, up to 25% of that monthly equivalent. Credits are deducted from the next invoice or refunded at the end of the term.

6. CUSTOMER DATA

6.1 The Customer owns the Customer Data. The Provider shall use Customer Data to provide the Service to the Customer.

6.2 The Customer grants the Provider a perpetual, royalty-free licence to use Customer Data, including field boundary files and query records, in aggregated and anonymised form to calibrate its crop models, improve its forecasts and develop new products. This licence survives the end of this Agreement.

7. DATA SECURITY

7.1 The Provider shall protect Customer Data with appropriate technical and organisational measures, including encryption in transit and at rest, access control with multi-factor authentication, logging of access, regular vulnerability testing and secure backups.

7.2 Customer Data that is personal information or important data under the laws of the People's Republic of China shall not be sent abroad except in compliance with those laws and with the Customer's prior written consent.

7.3 The Provider shall notify the Customer within 24 hours after discovering a security breach affecting Customer Data, take immediate steps to contain it, and compensate the Customer for all losses caused by its breach of this clause 7.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential the other party's confidential information, including the Customer's positions, suppliers and trading strategies and the Provider's unpublished methods, and shall not disclose it to third parties without prior written consent. This obligation continues for five years after the end of this Agreement.

9. INTELLECTUAL PROPERTY

9.1 The Provider owns the Service, its data sets and its models.

9.2 The Integration Deliverables belong to the Customer, which may use, modify and license them freely. The Provider shall deliver their source code on acceptance.

10. LIABILITY

10.1 The Provider's total liability under this Agreement is limited to 150% of the total contract value, except for breach of clauses 7 and 8 and wilful misconduct, which are not limited.

10.2 The Provider is not liable for trading decisions taken by the Customer on the basis of forecasts, provided the Provider has followed its published methodology.

11. SUBCONTRACTING

11.1 The Provider shall not subcontract the operation of the Service, the hosting of Customer Data or the integration work without the Customer's prior written consent.

12. TERM AND TERMINATION

12.1 This Agreement ends at the end of the second Subscription Year. It does not renew automatically; any further subscription requires a new written agreement.

12.2 The Customer may terminate this Agreement by written notice if the Provider commits a material breach and does not remedy it within 20 days after notice. The Provider shall then refund the subscription fees for the unused part of the Subscription Year.

12.3 On termination or expiry, the Provider shall return or delete Customer Data at the Customer's choice, subject to clause 6.2.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao.

14. CUSTOMER OBLIGATIONS AND PERMITTED USE

14.1 The Customer shall keep its API keys and portal passwords secure, make sure that only its named users access the portal, and tell the Provider without delay if it suspects misuse.

14.2 The Customer shall not resell the data as a data product or publish full data series, but may show extracts, charts and derived figures in its reports to customers, banks, auditors and regulators.

14.3 The Customer shall provide a test environment for its trading and risk systems, the field boundary files and the contacts named in the project plan in time for the integration work.

15. FORCE MAJEURE

15.1 Neither party is liable for a failure to perform caused by events beyond its reasonable control, such as natural disasters, war, satellite failures outside the Provider's control or government action, provided that it informs the other party promptly and restores performance as soon as possible. Service credits still apply to unavailability caused by the Provider's own systems or suppliers.

16. GENERAL

16.1 Notices shall be given in writing to the addresses above, with a copy by e-mail to the contract managers named in the order schedule.

16.2 Neither party may assign this Agreement without the other party's prior written consent.

16.3 This Agreement is made in English and Chinese, both equally valid. It enters into force on signature by both parties.

For the Customer: ____________________    For the Provider: ____________________
"""

# ---------------------------------------------------------------- files
TARGETS = {  # key -> (file name, kind, source)
    "h822z01": ("h822z01_forestry_wetland_bird_monitoring_platform.pdf", "pdf", Z01),
    "h822z02": ("h822z02_toothbrush_holder_line_control_retrofit.docx", "docx", Z02),
    "h822z03": ("h822z03_rowing_school_booking_membership_saas.txt", "txt", Z03),
    "h822z04": ("h822z04_mine_restoration_monitoring_om_service.txt", "txt", Z04),
    "h822z05": ("h822z05_plant_dye_studio_tracking_supplier_template.md", "md", Z05),
    "h822e01": ("h822e01_ceramics_cmms_perpetual_licence_sivas_vendor.pdf", "pdf", E01),
    "h822e02": ("h822e02_field_service_saas_order_form_elazig_vendor.md", "md", E02),
    "h822e03": ("h822e03_cement_vibration_sensors_malatya_vendor.docx", "docx", E03),
    "h822e04": ("h822e04_managed_service_desk_erzurum_vendor.md", "md", E04),
    "h822e05": ("h822e05_cotton_crop_data_api_sanliurfa_vendor.txt", "txt", E05),
}

# ---------------------------------------------------------------- labels
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]
G, S = "goods_or_licence", "service"
# key: lang, category, terms (in TERM_KEYS order), extra (sla_clause, ld_stated, capped|None, deemed, value)
L = {
    "h822z01": ("zh", "software", [99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 9,
                                   False, True, False, "PRC", G], (True, True, True, False, 2088000)),
    "h822z02": ("zh", "hardware", [None, 1, True, "buyer", True, True, True, 0.1, None, 20, True, True, 18, 26,
                                   False, True, True, "PRC", G], (True, True, True, False, 1392000)),
    "h822z03": ("zh", "cloud", [99.5, 0.5, True, "buyer", True, True, True, 600 / 748000 * 100, 200, None, True, None,
                                None, None, True, True, False, "PRC", S], (True, True, None, False, 748000)),
    "h822z04": ("zh", "services", [99.95, 0.25, False, "buyer", True, True, True, None, None, None, True, None, None,
                                   None, False, False, False, None, S], (True, False, None, False, 586000)),
    "h822z05": ("zh", "software", [None, 8, False, "supplier", True, False, True, 0.1, 20, 65, False, False, 6, None,
                                   False, True, None, None, G], (True, True, False, True, 312000)),
    "h822e01": ("en", "software", [None, 1, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 24, 11,
                                   False, True, False, "Turkey", G], (True, True, True, False, 1670000)),
    "h822e02": ("en", "cloud", [None, None, False, "buyer", True, True, False, 300 / 472000 * 100, 150, None, True,
                                None, None, None, False, True, False, "PRC", S], (False, True, None, False, 472000)),
    "h822e03": ("en", "hardware", [None, 0.5, True, "buyer", True, True, True, 0.08, 200, 10, True, True, 36, 8,
                                   False, True, False, "PRC", G], (True, True, True, False, 1360000)),
    "h822e04": ("en", "services", [None, 0.25, True, "buyer", False, True, True, 1500 / 2162000 * 100, 9 / 36 * 100,
                                   None, True, None, None, None, False, True, False, "PRC", S],
                (True, True, None, False, 2162000)),
    "h822e05": ("en", "cloud", [99.95, 1, True, "buyer", True, False, True, 250 / 836000 * 100, 150, None, True, None,
                                None, None, False, True, False, "PRC", S], (True, True, None, False, 836000)),
}
# itemised licence / hardware subtotal (TCO fee base) for goods_or_licence drafts
FEE_BASE = {"h822z01": 1260000, "h822z02": 1280000, "h822z05": 168000, "h822e01": 1120000, "h822e03": 1220000}
FORUM_OUTSIDE_MAINLAND = {"h822e01"}  # courts of Sivas
PRICE_SUMS = {"h822z01": [1260000, 684000, 118000, 26000], "h822z02": [486000, 352000, 198000, 64000, 180000, 96000, 16000],
              "h822z03": [40 * 6800 * 2, 48000 * 2, 86000, 22000], "h822z04": [146500 * 4], "h822z05": [168000, 126000, 18000],
              "h822e01": [1120000, 364000, 148000, 38000], "h822e02": [180 * 1150 * 2, 58000],
              "h822e03": [220 * 2650, 14 * 18500, 2 * 46000, 286000, 118000, 22000], "h822e04": [74000, 58000 * 36],
              "h822e05": [396000 * 2, 44000]}

# design: the rules each draft was written to trigger
DESIGN = {
    "h822z01": [],
    "h822z02": ["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"],
    "h822z03": ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"],
    "h822z04": ["CR-LD-MISSING", "CR-SLA-NO-REMEDY", "CR-TERMINATION"],
    "h822z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
                "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"],
    "h822e01": ["CR-GOVERNING-LAW"],
    "h822e02": ["CR-CONFIDENTIALITY", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
    "h822e03": [],
    "h822e04": ["CR-DATA-SECURITY", "CR-LIABILITY-CAP"],
    "h822e05": ["CR-DATA-OWNERSHIP", "CR-LD-LOW"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
# policy thresholds (default pack values, read from policy.md §3)
TH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
      "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
TCO_SHARE_TH, HORIZON = 40, 5


def label(key):
    lang, cat, vals, (sla, ld, capped, deemed, value) = L[key]
    terms = dict(zip(TERM_KEYS, vals))
    extra = {"sla_clause": sla, "ld_stated": ld}
    if terms["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    return {"file": TARGETS[key][0], "language": lang, "category": cat, "expected_terms": terms,
            "expected_extra": extra}


def tco_share(key, lab):
    t, x = lab["expected_terms"], lab["expected_extra"]
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, HORIZON - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * FEE_BASE[key]
    return fees / (x["contract_value"] + fees) * 100


def derive(key, lab):
    """My reading of policy §3 applied to the labels."""
    t, x = lab["expected_terms"], lab["expected_extra"]
    r = set()
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
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < TH["warranty_months"]:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > TH["post_warranty_fee_pct"]):
            r.add("CR-POST-WARRANTY-FEE")
        sh = tco_share(key, lab)
        if sh is not None and sh > TCO_SHARE_TH:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] is not None and t["governing_law"] != "PRC") or key in FORUM_OUTSIDE_MAINLAND:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(x in HIGH for x in rules):
        return "high"
    if any(x not in LOW for x in rules):
        return "medium"
    return "low"


# ---------------------------------------------------------------- read back
def read_back(path, kind):
    if kind == "docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if kind == "pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def size(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


RANGES = {"zh": (2750, 3000), "en": (1450, 1650)}

# ---------------------------------------------------------------- threshold scan
PCT = r"\s*(?:%|％|percent|per\s*cent)"
BAD = [
    r"99[.,]90*(?!\d)",
    r"(?<![\d.,十])(?:4|four|四)\s*个?\s*(?:hours?|hrs?|小时|h(?![a-z]))",
    r"(?<![\d.,])0?[.,]050*(?!\d)", r"万分之五(?!十)", r"千分之零点五",
    r"(?<![\d.,])100" + PCT, r"百分之一?百", r"one\s*hundred" + PCT,
    r"(?<![\d.,])30" + PCT, r"百分之三十(?![一二三四五六七八九点])", r"thirty" + PCT,
    r"(?<![\d.,])15" + PCT, r"百分之十五", r"fifteen" + PCT,
    r"(?<![\d.,])40" + PCT, r"百分之四十(?![一二三四五六七八九点])", r"forty" + PCT,
    r"(?<![\d.,])12\s*(?:个|-)?\s*(?:months?|个月|月(?!\d))", r"(?<![一二三四五六七八九十\d])十二\s*个?\s*(?:自然)?月",
    r"twelve[\s-]*(?:calendar\s*)?months?", r"(?<![第每\d一二三四五六七八九十])(?:一|1)\s*个?\s*年(?!度)",
    r"(?<![\d.])(?:one|1)[\s-]*(?:years?|yrs?)(?![a-z])",
]
BAD_RE = re.compile("|".join("(?:%s)" % b for b in BAD), re.I)
MUST_HIT = ["99.9%", "99.90 %", "within 4 hours", "4小时内响应", "在四小时内", "four hours", "0.05%", "万分之五",
            "100%", "100 percent", "30%", "百分之三十", "15 %", "百分之十五", "40%", "forty percent", "12 months",
            "十二个月", "twelve months", "12-month", "质保期一年", "one year", "1 year", "十二个自然月"]
MUST_MISS = ["99.95%", "24 hours", "二十四小时", "14小时", "0.055%", "0.5%", "150%", "130%", "0.30%", "115%",
             "2,040%", "24个月", "第十二条", "每年", "第一年", "2027年", "一个服务年度", "10.05", "21 months",
             "3.15%", "45%", "35%", "year by year", "二十四个月"]


def scan(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
        hits += [m.group(0) for m in BAD_RE.finditer(variant)]
    return hits


def self_test():
    for s in MUST_HIT:
        assert scan(s), "regex misses " + s
    for s in MUST_MISS:
        assert not scan(s), "regex hits " + s + str(scan(s))


# ---------------------------------------------------------------- main
if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    self_test()
    bin_sources = {k: v[2] for k, v in TARGETS.items() if v[1] in ("docx", "pdf")}
    bin_targets = {k: (v[0], v[1]) for k, v in TARGETS.items() if v[1] in ("docx", "pdf")}
    write(bin_sources, bin_targets, OUT, wrap_words=True)
    for k, (name, kind, src) in TARGETS.items():
        if kind in ("txt", "md"):
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    covered = set()
    problems = []
    for k, (name, kind, src) in TARGETS.items():
        lab = label(k)
        lang = lab["language"]
        assert sum(PRICE_SUMS[k]) == lab["expected_extra"]["contract_value"], k
        rules = derive(k, lab)
        assert rules == sorted(DESIGN[k]), (k, rules, DESIGN[k])
        covered |= set(rules)
        lab["expected_rules"] = rules
        t = lab["expected_terms"]
        for f, th in TH.items():
            assert t[f] is None or abs(t[f] - th) > 1e-9, (k, f)
        sh = tco_share(k, lab)
        if sh is not None:
            assert abs(sh - TCO_SHARE_TH) > 2, (k, sh)
        text = read_back(OUT / name, kind)
        n = size(text, lang)
        lo, hi = RANGES[lang]
        hits = scan(text)
        print("%s %-4s %5d %s  tco=%s  risk=%s  %s" % (k, kind, n, "OK " if lo <= n <= hi else "BAD",
              "-" if sh is None else "%.1f" % sh, risk(rules), ",".join(x[3:] for x in rules) or "(none)"))
        if not lo <= n <= hi:
            problems.append("%s length %d" % (k, n))
        if hits:
            problems.append("%s threshold text %s" % (k, sorted(set(hits))))
        (OUT / name.rsplit(".", 1)[0]).with_suffix(".json").write_text(
            json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
    missing = [r for r in ALL_RULES if r not in covered]
    assert not missing, missing
    assert not problems, problems
    print("all checks passed")
