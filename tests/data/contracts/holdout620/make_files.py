"""holdout620: builds the ten draft contracts (.txt/.md written as is, .docx/.pdf via ../word_pdf.py), writes the .json
labels and asserts lengths, threshold avoidance, label/rule consistency and rule coverage.
Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

sys.dont_write_bytecode = True
OUT = Path(__file__).resolve().parent

H620Z01 = """T:户外广告设施智慧监管平台建设项目合同
P:合同编号：ZCG-2025-HW-0417
P:采购人（甲方）：临江市城市管理局
P:供应商（乙方）：杭州观澜城市科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件（招标编号 LJCG-2025-0093）、乙方投标文件和中标通知书，甲乙双方经协商一致，就临江市户外广告设施智慧监管平台的软件许可、定制开发及部署实施事宜订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供“户外广告设施智慧监管平台”软件（V3.0）的永久使用许可，许可范围为甲方及其下属城区城管执法中队，不限用户数。
P:1.2 乙方按招标文件技术需求进行定制开发，内容包括：户外广告设施一张图、设置审批联动接口（对接市政务服务平台）、巡查上报与案件派遣、设施安全隐患台账、大型广告牌倾斜及风压传感数据接入、移动巡查端和统计分析驾驶舱。
P:1.3 乙方负责平台在甲方政务云资源上的部署、既有户外广告台账约一万二千余条的整理迁移、系统联调和人员培训。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰陆拾捌万元整（¥1,680,000），为固定总价，包含以下各项：平台软件永久许可费 ¥760,000；定制开发费 ¥690,000；数据整理迁移费 ¥50,000；部署实施费 ¥148,000；培训费 ¥32,000。
P:2.2 合同总价已包含税费、差旅、第三方中间件授权及质保期内的全部服务费用，甲方不再另行支付其他费用。
H:第三条 付款方式
P:3.1 合同签订并收到乙方开具的合法发票后十五个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台部署完成并通过初步验收后，甲方支付合同总价的45%。
P:3.3 平台试运行满三个月并通过最终验收后，甲方支付合同总价的35%。
P:3.4 甲方付款通过国库集中支付，因财政审批流程导致的合理延迟不视为甲方违约。
H:第四条 交付与实施
P:4.1 乙方应在合同签订后一百二十日内完成全部定制开发与部署，并提交初步验收申请。
P:4.2 乙方应派驻不少于四名实施人员，其中项目经理须为投标文件中承诺的人员，未经甲方同意不得更换。
P:4.3 乙方不得将本合同项下任何工作分包或转包给第三方。
P:4.4 乙方应在合同签订后十个工作日内提交项目实施方案，包括进度计划、人员安排、数据迁移方案和上线切换方案，经甲方确认后执行。实施期间乙方每周向甲方提交书面周报，每月参加甲方组织的项目例会。
P:4.5 需求确认后如需变更功能，双方应书面确认变更内容、工作量和对进度的影响；单项变更不超过定制开发费5%的，不调整合同价款。
P:4.6 乙方应为甲方系统管理员、各中队业务骨干和移动巡查人员分别组织培训，培训总计不少于六场，并提供培训教材和视频，培训效果以甲方组织的上机考核为准。
H:第五条 验收
P:5.1 初步验收标准：招标文件所列功能清单逐项实现；与政务服务平台审批接口联调成功，审批结果十分钟内同步；迁移台账经甲方抽查准确率不低于99%；在二百个并发用户下页面平均响应时间不超过3秒；通过甲方委托的第三方安全测评，无高危漏洞。
P:5.2 最终验收标准：平台连续试运行三个月，未发生一级故障；初步验收遗留问题全部整改完毕；乙方提交完整的技术文档、源代码及操作手册。
P:5.3 乙方应在申请初步验收前提交测试报告、数据迁移核对报告、部署架构说明和接口说明书；资料不全的，甲方有权不予组织验收。
P:5.4 验收由甲方组织，乙方配合，验收合格后双方签署验收报告。平台上线运行、甲方使用或支付部分款项，均不视为验收合格。
H:第六条 质保与运维
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级和技术支持。
P:6.2 乙方提供7×24小时服务热线。一级故障（平台整体不可用或审批接口中断）应在30分钟内响应、2小时内到场；二级故障应在2小时内响应、当日解决。
P:6.3 乙方未按6.2条时限响应或到场的，每迟延一小时向甲方支付¥800；一个季度内一级故障超过两次的，乙方须提交书面整改报告。
P:6.4 质保期内乙方每季度对平台进行一次巡检，检查服务器资源、接口运行和数据同步情况，并向甲方提交巡检报告；遇重大活动或汛期、台风等极端天气前，乙方应按甲方要求安排专人值守。
P:6.5 质保期满后，如甲方需要，乙方提供年度维保服务，年维保费不超过平台软件许可费的9%（即¥68,400），且该费用在质保期满后三年内不得上调。
H:第七条 知识产权与数据
P:7.1 平台标准软件的著作权归乙方所有，甲方在许可范围内永久使用。
P:7.2 乙方为本项目定制开发的功能模块、接口程序及其源代码、技术文档的知识产权归甲方所有，甲方可自行或委托第三方修改、使用。
P:7.3 平台运行中形成的广告设施档案、巡查记录、审批信息和传感数据归甲方所有，乙方不得将其用于本合同以外的任何目的。
H:第八条 保密
P:8.1 乙方对在履行本合同过程中知悉的甲方工作秘密、未公开的执法信息及其他非公开资料负有保密义务，未经甲方书面同意，不得向任何第三方披露。
P:8.2 保密义务不因本合同的终止而解除，乙方应要求其参与项目的人员签署保密承诺书。
H:第九条 违约责任
P:9.1 乙方未按第四条约定的期限提交初步验收申请的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
P:9.2 乙方交付的平台未通过验收的，应在甲方指定的期限内免费整改；经两次整改仍不合格的，甲方有权解除合同，乙方退还已收款项。
P:9.3 甲方无正当理由逾期付款的，按同期贷款市场报价利率向乙方支付逾期利息。
H:第十条 合同解除
P:10.1 乙方出现下列情形之一的，甲方有权书面通知解除合同：严重违反本合同约定且在甲方书面通知后十五日内未纠正；擅自分包或转包；项目经理擅自离岗导致项目停滞超过二十日。
P:10.2 合同解除后，乙方应移交已完成的工作成果和全部资料，并赔偿甲方因此遭受的损失。
H:第十一条 不可抗力
P:11.1 因不可抗力不能履行合同的，受影响一方应在三日内通知对方，并在十五日内提供证明，根据影响程度部分或全部免除责任。
H:第十二条 争议解决
P:12.1 因本合同引起的争议，双方应协商解决；协商不成的，任何一方可向甲方所在地人民法院提起诉讼。
H:第十三条 其他
P:13.1 招标文件、投标文件、中标通知书及双方确认的澄清文件为本合同的组成部分，与本合同具有同等效力。
P:13.2 乙方及其工作人员不得向甲方工作人员提供任何形式的回扣、礼品或其他不正当利益；违反的，甲方有权解除合同并按有关规定处理。
P:13.3 双方指定的联系人及联系方式见合同附件，一方变更联系人或地址的，应提前五个工作日书面通知对方；按上述地址送达的通知、函件视为已经送达。
P:13.4 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:13.5 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：临江市城市管理局　　　　乙方（盖章）：杭州观澜城市科技有限公司
P:签订日期：2025年6月18日"""

H620Z02 = """T:铜管拉拔生产线控制系统改造及维保合同
P:合同编号：JT-SB-2025-0326
P:甲方（买方）：江西金泰铜管有限公司
P:乙方（卖方）：常州恒拓自动化工程有限公司
P:甲方为提高联合拉拔机组及盘拉机的控制精度和生产效率，委托乙方对其二车间三条拉拔生产线的电气控制系统进行改造。双方依据《中华人民共和国民法典》，经平等协商，订立本合同。
H:第一条 改造范围
P:1.1 乙方负责拆除原有继电器控制柜，提供并安装新的PLC控制系统、伺服驱动装置、触摸屏操作站、在线激光测径仪、张力检测装置，以及拉拔过程监控软件，实现拉拔速度闭环控制、断管自动停机、工艺参数配方管理和生产数据采集。
P:1.2 乙方负责编写PLC程序和监控画面，完成与甲方现有制造执行系统的数据对接，并完成单机调试、联动调试和带料试生产。
P:1.3 主要技术要求：拉拔速度调节范围零至一百二十米每分钟，加减速曲线可按合金牌号设定；配方库可存储不少于三百个工艺配方；操作站画面采用中文显示，关键参数修改须经班组长授权并留痕；控制柜防护等级不低于IP54，柜内预留两成备用空间和端子。
P:1.4 改造施工应利用甲方安排的停产检修窗口进行，每条生产线停机时间不得超过九天。
H:第二条 设备、软件及价格
P:2.1 本合同设备、软件及服务清单与价格如下表（人民币，含13%增值税）：
TB:序号|名称|规格及数量|金额（元）
TB:1|PLC控制系统|中型PLC主站3套、远程IO站9套|386,000
TB:2|伺服驱动装置|主拉拔伺服电机及驱动器3套|512,000
TB:3|触摸屏操作站|15英寸工业触摸屏6台|72,000
TB:4|在线激光测径仪|双轴测径仪3台|268,000
TB:5|张力检测装置|张力传感器及变送器6套|84,000
TB:6|拉拔过程监控软件|永久许可，3条产线|164,000
TB:|设备及软件小计||1,486,000
TB:7|安装调试及数据对接|含拆旧、布线、编程、联调|214,000
TB:8|培训|操作及维护人员培训|26,000
TB:|合同总价||1,726,000
P:2.2 合同总价为人民币壹佰柒拾贰万陆仟元整（¥1,726,000），包括设备及软件费、运输、保险、安装调试、培训及质保期内服务费用。除经双方书面确认的变更外，甲方不再支付任何其他费用，乙方不得以材料涨价等理由要求调整价格。
H:第三条 付款方式
P:3.1 合同生效后十个工作日内，甲方支付合同总价的10%作为预付款。
P:3.2 设备全部到货并安装完毕后，甲方支付合同总价的55%。到货签收及安装完毕仅表示数量和外观确认，不视为验收。
P:3.3 三条生产线全部通过最终验收后，甲方支付合同总价的35%。
P:3.4 乙方每次请款前应开具等额增值税专用发票。
H:第四条 交货与施工
P:4.1 乙方应在合同生效后六十日内将全部设备运至甲方二车间，并在甲方通知的停产检修窗口内完成安装。
P:4.2 乙方施工人员应遵守甲方的安全生产制度，进入现场前接受安全交底，动火、登高和带电作业须办理作业票。
P:4.3 乙方应在进场前提交施工组织设计、停机切换方案和应急预案，经甲方设备部审核同意后实施；旧控制柜及拆除电缆归甲方所有，由乙方清点后移交甲方仓库。
P:4.4 乙方可将现场电缆敷设、桥架安装等辅助施工分包给具备相应资质的单位，但应提前三个工作日书面通知甲方，并对分包单位的施工质量和安全承担责任。
H:第五条 验收
P:5.1 每条生产线改造完成后，双方按以下标准进行验收：拉拔速度控制偏差不超过设定值的±0.5%；断管检测后两秒内停机；测径数据采集周期不超过100毫秒且与手工抽检偏差不超过0.01毫米；连续带料生产七十二小时无控制系统故障；生产数据准确上传至制造执行系统。
P:5.2 三条生产线全部达到上述标准并稳定运行一个月后，进行最终验收，双方签署最终验收证书。乙方应同时移交电气图纸、PLC程序源文件、监控软件配置文件和操作维护手册。
P:5.3 验收不合格的，乙方应在十日内整改并重新申请验收，由此产生的费用由乙方承担。设备投入试生产或甲方付款均不代表验收合格。
H:第六条 质保与维保
P:6.1 质保期为二十四个月，自最终验收之日起计算。质保期内因设备质量或软件缺陷造成的故障，乙方免费维修或更换。
P:6.2 故障分级及响应：一级故障（导致整条生产线停机）应在1小时内响应、八小时内到场；二级故障（影响部分功能或产品质量）应在2小时内响应、二十四小时内到场；三级故障在下一个工作日处理。
P:6.3 乙方未按上述时限响应或到场的，每迟延一小时向甲方支付¥600，从应付款项或质保金中扣除。
P:6.4 质保期满后，乙方提供年度维保服务，年维保费为设备及软件小计的7%（¥104,020），质保期满后三年内不上调。维保内容包括每半年一次预防性巡检、备件优先供应和远程技术支持。
P:6.5 培训：乙方应分别对甲方电气维修人员和操作工组织现场培训，内容包括PLC程序结构、伺服参数设置、测径仪标定、常见故障处理和配方管理，培训结束后进行实际操作考核，考核合格人员不少于十二名。
P:6.6 乙方承诺在最终验收后八年内持续供应主要备件，备件价格不高于本合同单价。
H:第七条 知识产权
P:7.1 乙方为本项目编写的PLC程序、监控画面和数据对接程序的知识产权归甲方所有，甲方可自行修改、复制和使用。
P:7.2 拉拔过程监控软件的著作权归乙方所有，甲方在本项目生产线范围内永久使用。
H:第八条 生产数据安全
P:8.1 生产线运行产生的工艺参数、产量和质量数据归甲方所有，乙方不得复制、留存或用于本合同以外的目的。
P:8.2 乙方远程维护须事先经甲方设备部批准，通过甲方提供的专用账号接入，每次接入记录操作日志；乙方不得在控制系统中植入与本项目无关的程序或远程通道。
P:8.3 发生数据泄露、程序被篡改或网络攻击事件的，乙方应在1小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部赔偿责任。
H:第九条 违约责任
P:9.1 乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:9.2 因乙方原因导致停产检修窗口延长的，乙方还应赔偿甲方的停产损失。
P:9.3 乙方提供的设备不符合合同约定的品牌、型号或技术参数的，甲方有权要求更换，更换期间视为逾期交货；乙方拒绝更换的，甲方有权解除合同。
P:9.4 甲方逾期付款的，每逾期一日按逾期金额的万分之三向乙方支付违约金。
H:第十条 合同解除
P:10.1 乙方严重违约，经甲方书面催告后十日内仍未纠正的，甲方有权解除合同，并要求乙方退还已付款项、赔偿损失。
P:10.2 因不可抗力致使合同目的不能实现的，任何一方可以解除合同。
H:第十一条 争议解决
P:11.1 本合同适用中华人民共和国法律。因本合同产生的争议，双方协商不成的，提交鹰潭仲裁委员会仲裁。
H:第十二条 其他
P:12.1 双方项目联系人：甲方为设备部负责人，乙方为本项目经理。联系人变更的，应书面通知对方。
P:12.2 本合同的附件与本合同具有同等效力；附件与正文不一致的，以正文为准。未尽事宜，双方另行签订补充协议。
P:12.3 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：技术协议、施工方案。
P:甲方（盖章）：　　　　　　　　乙方（盖章）：
P:日期：2025年5月9日"""

H620Z03 = """连锁门店预订及会员管理系统服务合同

合同编号：HYK-IT-2025-018
甲方：成都炭火记餐饮管理有限公司
乙方：广州云味信息技术有限公司

甲方经营“炭火记”连锁烤肉品牌，现有直营门店六十家。为统一线上订座、排队叫号和会员营销，甲方选用乙方提供的“云味订餐会员SaaS平台”。双方根据《中华人民共和国民法典》等法律法规，经协商一致，订立本合同。

一、服务内容
（一）订阅服务。乙方通过其自有平台以软件即服务方式为甲方六十家门店开通平台的以下模块：线上预订与包间管理、排队叫号、会员储值与积分、优惠券及营销活动、会员小程序、经营数据报表。每家门店含两个收银端账号和一个店长账号，总部账号不限数量。
（二）实施服务。乙方负责：
1. 平台初始化配置，包括门店资料、桌台、时段、会员等级及储值规则；
2. 将甲方原会员系统中约三十八万名会员的资料、储值余额和积分迁移至平台；
3. 定制开发与甲方收银系统、美团及大众点评订座渠道的对接接口，以及甲方品牌风格的会员小程序页面；
4. 对总部运营人员和各门店店长进行培训，提供操作视频和手册，培训分片区集中进行，每个片区不少于一场，培训后由乙方组织线上考试，考试合格人员方可开通店长账号的营销活动权限。
（三）服务期限。订阅服务期为两个服务年度，自平台通过上线验收之次日起算，即第一个服务年度与第二个服务年度，每个服务年度为三百六十五日。

二、服务费用及支付
（一）费用构成：
1. 订阅服务费：每家门店每个服务年度人民币4,800元，六十家门店每个服务年度合计288,000元，两个服务年度合计576,000元；
2. 实施费：人民币86,000元（含接口开发及小程序页面定制）；
3. 会员数据迁移费：人民币24,000元。
合同总价为人民币686,000元（大写：陆拾捌万陆仟元整），含税。
（二）支付方式：
1. 实施费和数据迁移费在平台通过上线验收后十五个工作日内一次性支付；
2. 订阅服务费按季度支付，每季度首月十日前支付当季费用72,000元；
3. 服务期内新增门店的，按每店每月400元另行计费，不计入本合同总价。
（三）乙方收款前应开具合法有效的增值税专用发票。因乙方发票不合规导致付款延后的，甲方不承担逾期付款责任。服务期内订阅单价不作调整。

三、上线及验收
（一）乙方应在合同签订后四十五日内完成配置、迁移和接口开发，具备上线条件。
（二）上线验收标准：
1. 预订、排队、储值、积分、优惠券功能在全部六十家门店正常使用；
2. 迁移会员的手机号、储值余额、积分与原系统逐条核对一致，差异清单为零；
3. 与收银系统、外部订座渠道的接口连续七日数据一致；
4. 高峰时段（每日十一时至十四时、十七时至二十一时）页面响应时间不超过2秒。
（三）验收合格的，双方签署上线验收单。门店试用或甲方支付订阅费不视为上线验收合格。
（四）乙方未按本条第（一）项约定时间具备上线条件的，每逾期一日，向甲方支付违约金500元。

四、服务水平
（一）平台月度可用率不低于99.95%，计划内维护应安排在每日二时至六时之间，并提前三日通知甲方。
（二）故障分级及响应：
1. 一级故障（全部门店无法预订、收银或储值）：乙方在6小时内响应；
2. 二级故障（部分门店或部分功能不可用）：乙方在8小时内响应；
3. 三级故障（不影响营业的问题）：下一个工作日处理。
（三）当月可用率低于约定标准的，每低0.1个百分点，乙方按当月订阅费的5%向甲方提供服务抵扣，当月抵扣合计不超过当月订阅费的一半。

（四）乙方为甲方配备专属客户成功经理一名，负责日常需求对接、版本更新说明和每月服务报告。服务报告应载明当月可用率、故障次数及处理时长、工单统计和改进建议。
（五）平台版本更新不得降低本合同约定的功能和性能；涉及会员小程序页面变化的，乙方应提前七日通知甲方并提供测试环境。

五、数据归属与数据安全
（一）甲方会员的姓名、手机号、消费记录、储值及积分数据（以下称“会员数据”）归甲方所有。
（二）甲方同意，乙方可以对会员数据进行脱敏、汇总处理后，用于编制餐饮行业消费分析报告、改进平台算法和开发新产品，该等使用在本合同终止后仍可继续。
（三）乙方应采取加密存储、访问权限控制、操作日志留存等安全措施，平台应完成网络安全等级保护三级备案。发生会员数据泄露、篡改或丢失的，乙方应在12小时内通知甲方，采取补救措施，并承担因其过错给甲方造成的损失，包括甲方依法向会员承担的赔偿。
（四）平台服务器应部署在中国境内，会员数据不得向境外传输。乙方工作人员访问生产数据须经审批并实名登记，每季度向甲方提供访问记录摘要。
（五）合同终止后三十日内，乙方应将会员数据完整导出交付甲方，并删除平台中保存的甲方数据。

六、知识产权
（一）平台及其标准功能的知识产权归乙方所有。
（二）乙方为甲方定制的小程序页面、接口程序及其源代码归甲方所有，甲方可自行或委托他人修改和使用。

七、双方的其他义务
（一）甲方应指定总部运营负责人作为项目联系人，按时提供门店资料、原会员系统导出文件和接口文档，并组织门店配合测试。
（二）甲方应遵守平台使用规则，不得利用平台发送违法信息或未经会员同意的营销短信。
（三）乙方应确保平台符合《中华人民共和国个人信息保护法》的要求，会员注册页面应设置隐私政策和单独同意选项，隐私政策文本由甲方审核确认。
（四）乙方应在每个服务年度结束前三十日向甲方提供年度服务总结，并根据甲方门店扩张计划提出容量建议。

八、保密
双方对在合作中获知的对方商业秘密和经营信息负有保密义务，未经对方书面同意不得披露，保密期限至相关信息公开之日止。

九、分包
乙方不得将实施服务分包给第三方，确需分包的，应事先取得甲方书面同意。

十、责任限制
乙方在本合同项下的累计赔偿责任以合同总价的150%为限，但因乙方故意或重大过失导致会员数据泄露的除外。

十一、合同的变更和解除
（一）合同期内，任何一方不得提前解除本合同。一方违约的，守约方有权要求违约方继续履行、采取补救措施并赔偿损失。
（二）服务期满后如需继续合作，双方另行签订合同，本合同不自动续期。

十二、不可抗力
因地震、火灾、电信骨干网络中断等不可抗力导致不能履行的，受影响一方应及时通知对方并提供证明，在影响范围内免除责任，但应尽力减少损失。

十三、争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，提交成都仲裁委员会仲裁。

十四、其他
（一）本合同自双方盖章之日起生效，一式两份，双方各执一份。
（二）一方向对方发出的通知，应以书面形式送达本合同所列地址或双方确认的电子邮箱；以电子邮件发送的，发出之日视为送达。
（三）本合同未尽事宜，双方可签订补充协议。附件与本合同正文具有同等效力。
（四）附件：平台功能清单、门店清单、接口说明、服务报告模板。

甲方（盖章）：成都炭火记餐饮管理有限公司
乙方（盖章）：广州云味信息技术有限公司
签订日期：2025年4月22日"""

H620Z04 = """气象预报业务系统运行维护服务合同

项目编号：QX-YW-2025-07
甲方：东岭市气象台
乙方：南京天衡信息系统有限公司

为保障东岭市气象台预报业务系统安全稳定运行，甲方通过竞争性磋商选定乙方提供运行维护服务。依据《中华人民共和国民法典》及磋商文件、乙方响应文件，双方订立本合同。

第一条 服务范围
（一）运维对象：短临预报预警平台、智能网格预报编辑系统、气象预警信息发布系统、雷达及自动站数据处理系统、预报会商系统，以及上述系统所在的二十六台服务器、两套存储、数据库和中间件。
（二）服务内容：日常监控与巡检、故障处理、数据库维护与备份、系统补丁和版本更新、性能优化、安全加固、配合网络安全等级保护测评整改、重大天气过程保障值守、运维文档维护。
（三）服务期限：自2025年7月1日起至2026年6月30日止。服务期满合同终止，不自动续期；甲方如需继续采购，另行依法组织采购。

第二条 服务方式与人员
（一）乙方派驻两名运维工程师在甲方业务机房驻场服务，工作时间为每日八时至二十时；其余时间实行电话值守，由乙方技术中心提供远程支持。
（二）驻场人员须具有相关系统运维经验，其中一人须持有数据库专业认证。乙方更换驻场人员，应提前十五日书面告知并经甲方同意，且新人员资质不得低于原人员。
（三）汛期（每年五月至九月）及甲方启动重大气象灾害应急响应期间，乙方应增派一名工程师驻场，实行全天值守，增派费用已包含在合同总价中。

（四）乙方应在进场后十个工作日内完成运维交接，梳理系统资产台账、账号清单、数据流向图和备份策略，形成运维基线文档报甲方确认。
（五）乙方自带的监控及运维工具须经甲方安全审查后方可部署，合同终止时由乙方负责卸载并清除相关数据。

第三条 服务水平
（一）预报业务系统核心服务月可用率不低于99.95%，计划停机须提前三个工作日经甲方同意，且不得安排在汛期或应急响应期间。
（二）故障分级与时限：
1. 一级故障（预警发布中断、网格预报无法制作或核心数据流中断）：15分钟内响应，1小时内恢复业务或启用备用方案；
2. 二级故障（部分功能异常、非核心数据延迟）：30分钟内响应，8小时内解决；
3. 三级故障（不影响业务的一般问题）：两个工作日内解决。
（三）乙方每日完成两次巡检，重点检查雷达基数据到报率、自动站数据入库时效、预警发布通道状态和服务器资源使用情况，发现隐患当日报告甲方并提出处理建议。乙方还应每周完成一次数据库全量备份核验，每月提交运维月报，每季度进行一次应急演练。
（四）变更管理：系统补丁、版本更新、参数调整等变更，乙方应提交变更方案和回退方案，经甲方审批后在非业务高峰时段实施，实施后向甲方提交变更记录。
（五）服务考核扣款：一级故障未按时响应的，每次扣减当季服务费3,000元；未按时恢复的，每超过一小时扣减1,000元；月可用率低于约定值的，每低0.01个百分点扣减当季服务费2,000元。

第四条 服务费用与支付
（一）合同总价为人民币836,000元（大写：捌拾叁万陆仟元整），包括：驻场运维服务费528,000元；巡检及应急保障费186,000元；常用备品备件费82,000元；等保测评整改配合费40,000元。上述价格为固定价格，服务期内不作调整。
（二）服务费按季度支付：每季度结束后，甲方依据第五条考核结果，于十五个工作日内支付当季服务费209,000元，扣除应扣减金额。本合同不设预付款。
（三）乙方应在请款前开具合法有效的发票。备品备件费用按实际更换情况在年度验收时核算，未使用部分由乙方以备件形式移交甲方。

第五条 考核与验收
（一）季度考核：甲方依据故障处理记录、巡检记录、备份核验记录、运维月报和业务科室满意度评价，对乙方当季服务进行考核，考核结果作为付款和扣款依据。
（二）年度验收：服务期满前三十日，甲方组织年度验收。验收标准为：全年核心服务月可用率均达到约定值；全部一级故障按时恢复；运维文档、配置台账和知识库完整更新；等保测评中与运维有关的问题全部整改完毕。
（三）年度验收不合格的，乙方应在甲方指定期限内整改；整改后仍不合格的，甲方有权扣减末季度服务费的相应部分。

第六条 数据与网络安全
（一）预报产品、观测资料、预警信息、系统配置及运维过程中产生的全部数据归甲方所有，乙方不得复制、留存或用于本合同以外的任何目的。
（二）乙方人员须通过甲方堡垒机访问业务系统，使用实名账号，禁止共享账号；远程运维须逐次审批并全程录屏。未经甲方同意，乙方不得将任何数据、日志或配置文件带离甲方机房。
（三）乙方应遵守《中华人民共和国数据安全法》和气象部门网络安全管理规定。发生数据泄露、系统被入侵或数据损毁的，乙方应在1小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部责任，包括赔偿甲方损失和承担监管部门的处罚。

第七条 保密
乙方及其人员对在服务过程中知悉的未公开气象资料、系统架构、账号口令和甲方内部工作信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务在合同终止后继续有效。乙方驻场人员进场前应签署个人保密承诺书，离场时应交回门禁卡、账号和全部工作资料，乙方应监督其履行保密义务。

第八条 知识产权
乙方在服务期间为甲方编写的运维脚本、监控规则、应急预案及技术文档，其知识产权归甲方所有，甲方可自由使用和修改。

第九条 分包
乙方不得将本合同项下的服务全部或部分分包、转包给第三方。

第十条 违约责任
（一）乙方未按约定日期完成进场交接，或未在甲方规定期限内完成整改的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）乙方驻场人员无故缺勤的，每人每日扣减服务费800元。
（三）甲方逾期付款的，按逾期金额每日万分之二向乙方支付违约金。

第十一条 合同解除
（一）乙方严重违反本合同，经甲方书面通知后十日内未改正的，甲方有权解除合同，并按实际服务期间结算费用。
（二）连续两个季度考核不合格，或因乙方原因导致预警信息未能按时发布的，甲方有权解除合同并要求乙方赔偿损失。
（三）合同解除或终止时，乙方应在十日内完成运维交接，移交全部账号、文档和配置资料，并配合新的服务商平稳过渡。

第十二条 不可抗力
因不可抗力不能履行合同的，受影响一方应及时通知对方，并在合理期限内提供证明，根据不可抗力的影响部分或全部免除责任。

第十三条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方应协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十四条 其他
（一）磋商文件、乙方响应文件、运维服务方案为本合同附件，与本合同具有同等效力。
（二）本合同未尽事宜，双方可协商签订补充协议。双方联系人及联系方式以附件为准，变更的应书面通知对方。
（三）本合同一式四份，甲乙双方各执两份，自双方签字盖章之日起生效。

甲方（盖章）：东岭市气象台
乙方（盖章）：南京天衡信息系统有限公司
签订日期：2025年6月20日"""

H620Z05 = """# 软件许可及定制开发合同

**湘智工控标准合同文本 V4.0**

合同编号：XZGK-2025-0611

甲方（用户）：平江县麻辣王食品有限公司

乙方（供方）：长沙湘智工控软件有限公司

甲方因辣条包装车间升级需要，向乙方采购“湘智包装线管控软件”使用许可，并委托乙方进行定制开发。双方本着平等互利原则，签订本合同。

## 第一条 合同标的

1.1 乙方授予甲方“湘智包装线管控软件 V5”永久使用许可，授权范围为甲方包装车间六条自动包装线，每条线一套授权。软件功能包括：包装机组联动控制、称重及金属检测数据采集、喷码内容下发、装箱计数、设备综合效率统计和批次追溯。

1.2 乙方根据甲方需求进行以下定制开发：与甲方仓储系统的成品入库接口；按甲方产品规格（五克至三百克共四十二个品规）定制的配方切换模块；异常剔除统计报表；车间电子看板。

1.3 软件运行环境：服务器操作系统、数据库及工控机由甲方自行采购，配置不得低于乙方提供的推荐配置；因运行环境不符合要求导致的性能问题，乙方不承担责任。软件与包装设备之间的通信采用设备厂家开放的标准协议，设备厂家收取的接口费用由甲方承担。

1.4 乙方负责软件安装、参数配置、现场调试和操作人员培训。

## 第二条 合同价款

| 序号 | 项目 | 数量 | 单价（元） | 金额（元） |
|---|---|---|---|---|
| 1 | 包装线管控软件永久许可 | 6套 | 200,000 | 1,200,000 |
| 2 | 定制开发（接口、配方模块、报表、看板） | 1项 | 380,000 | 380,000 |
| 3 | 安装调试及培训 | 1项 | 120,000 | 120,000 |
| | 合计 | | | 1,700,000 |

合同总价为人民币壹佰柒拾万元整（¥1,700,000），含增值税。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，乙方收到该款项后开始备货和开发工作。

3.2 软件安装调试完成后七日内，甲方支付合同总价的35%。

3.3 甲方逾期付款的，每逾期一日，按应付未付金额的千分之一向乙方支付违约金；逾期超过十五日的，乙方有权暂停服务并停止软件授权。

## 第四条 交付与实施

4.1 乙方在收到首笔款项后九十日内完成软件安装和调试。因甲方现场条件不具备、设备改造未完成或需求变更导致延误的，交付期限相应顺延。

4.2 甲方应提供必要的工作场地、网络环境和服务器，并安排专人配合。甲方包装设备的通信协议由甲方协调设备厂家提供。

4.3 乙方将尽力按计划完成实施工作，如出现延误，乙方将与甲方协商调整计划并采取补救措施。

4.4 培训：乙方在现场为甲方车间主任、班组长和设备维修人员提供集中培训两次，每次不超过两天。培训内容以乙方标准培训课件为准，超出部分按乙方收费标准另行计费。

4.5 甲方提出的需求变更，乙方评估后另行报价，经甲方确认并支付相应费用后实施。变更所需时间不计入交付期限。

## 第五条 验收

5.1 软件安装调试完成后，乙方通知甲方验收。甲方应在收到通知后三日内组织验收，逾期未组织的，视为验收合格。

5.2 软件安装完成并投入运行即视为甲方验收合格。甲方对软件功能有异议的，可在质保期内提出，乙方予以处理，但不影响验收结论和甲方的付款义务。甲方在安装调试完成后使用软件组织生产的，视为对软件功能无异议。

## 第六条 质保与技术支持

6.1 软件免费质保期为六个月，自软件安装调试完成之日起计算。

6.2 质保期内，乙方通过电话、远程方式提供技术支持，乙方将以商业上合理的努力及时响应甲方的问题，并视情况安排工程师到现场处理。

6.3 因甲方操作不当、擅自修改配置、停电或包装设备故障引起的问题，不属于质保范围，乙方可按其服务收费标准收取费用。

6.4 除本合同明确约定外，乙方对软件在甲方特定生产条件下的包装速度和剔除准确率不作保证。

## 第七条 维保服务

7.1 质保期满后，甲方应与乙方签订年度维保合同，年度维保费为软件许可费的25%，即每年人民币300,000元。

7.2 维保服务包括远程技术支持、软件缺陷修复和小版本升级。大版本升级、新增功能、包装线扩容增加授权以及因甲方更换包装设备引起的适配开发另行收费。维保费在每个维保年度开始前一次性支付，未付清的，乙方有权暂停维保服务。

7.3 维保合同期满时如双方均未提出异议，按同等费用续签。

## 第八条 知识产权

8.1 软件产品及其相关文档的著作权、专利权等知识产权归乙方所有。

8.2 乙方为甲方定制开发的接口程序、配方模块、报表和看板，其知识产权（包括源代码）归乙方所有。甲方在本合同授权范围内享有非独占的使用权，不得修改、反向工程、复制或提供给第三方使用。

8.3 乙方有权将本项目中形成的定制功能纳入其标准产品，向其他客户提供。

## 第九条 数据安全

9.1 软件运行中产生的生产数据、批次追溯数据和设备数据归甲方所有，乙方不得用于本合同以外的目的。

9.2 乙方远程维护须经甲方同意，使用甲方分配的账号，并遵守甲方的网络安全管理制度。乙方应采取必要措施防止甲方数据泄露、篡改或丢失。

9.3 因乙方原因导致甲方数据泄露或丢失的，乙方应及时通知甲方，采取补救措施，并赔偿甲方由此造成的直接损失。

9.4 合同终止后，甲方可在三十日内自行导出其生产数据，乙方提供必要的导出说明。

## 第十条 保密

双方对在合作过程中知悉的对方技术资料、生产工艺、配方信息及其他商业秘密负有保密义务，未经对方书面同意，不得向第三方披露。本条义务在合同终止后三年内有效。

## 第十一条 违约责任

11.1 任何一方违反本合同约定的，应承担相应的违约责任，并应及时采取措施防止损失扩大；因未及时采取措施导致损失扩大的，不得就扩大的损失要求赔偿。

11.2 在任何情况下，乙方均不对甲方的间接损失、利润损失、停产损失或产品召回损失承担责任。

## 第十二条 合同解除

12.1 一方严重违反本合同，经对方书面通知后三十日内仍未改正的，守约方有权书面通知解除本合同。

12.2 甲方未按约定付款超过三十日的，乙方有权解除合同，并收回软件授权。

12.3 合同解除后，甲方应停止使用软件，已支付的许可费不予退还，但乙方违约导致解除的除外。

## 第十三条 不可抗力

因不可抗力导致合同不能履行的，受影响方不承担违约责任，但应及时通知对方并提供相关证明。

## 第十四条 争议解决

因本合同引起的争议，双方协商解决；协商不成的，任何一方均可向乙方所在地人民法院起诉。

## 第十五条 其他

15.1 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

15.2 双方通知应以书面形式发送至本合同首页所列地址，或双方确认的电子邮箱。

15.3 乙方有权在不损害甲方利益的前提下，在其宣传资料和客户名单中使用甲方名称及项目案例。

15.4 本合同为乙方标准合同文本，双方另有约定的，以补充协议为准。

甲方（盖章）：平江县麻辣王食品有限公司　　　乙方（盖章）：长沙湘智工控软件有限公司

签订日期：2025年6月11日"""

H620E01 = """T:Software Licence and Services Agreement
P:Agreement No. ARQ-CN-2025-014
P:This Agreement is made on 16 June 2025 between Arquetipo Sistemas Logisticos Ltda., a company organised under the laws of Brazil with its registered office at Rua Marechal Deodoro 630, Centro, Curitiba, Parana, Brazil (the "Vendor"), and Ningbo Hailan Cold Chain Logistics Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Ningbo, Zhejiang Province (the "Customer").
P:The Customer operates four temperature-controlled warehouses in Ningbo and Shaoxing and wishes to replace its current warehouse system. The Vendor has developed the FRIOWMS warehouse management software. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the FRIOWMS Enterprise warehouse management software, version 8, in object code, together with its standard documentation and any updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, reports, label templates, configuration scripts and other work product created by the Vendor specifically for the Customer under this Agreement, including their source code.
P:1.3 "Customer Data" means all data entered into, processed by or generated by the Software in the Customer's operations, including inventory, order, temperature-log and client data.
P:1.4 "Final Acceptance" means the Customer's signature of the Final Acceptance Certificate under Article 5.
H:Article 2 Scope
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software for up to 180 named users and four warehouse sites in mainland China, for the Customer's internal business and for the storage services it provides to its own clients.
P:2.2 The Vendor shall perform the following services: (a) installation and configuration of the Software on servers supplied by the Customer in its Ningbo data room; (b) development of interfaces to the Customer's ERP system, its transport management system and its temperature monitoring platform; (c) migration of open inventory and master data; (d) training of key users and administrators; and (e) go-live support at each site.
P:2.3 The Vendor shall appoint a project manager who speaks Mandarin or English and who shall be present on site during each go-live.
H:Article 3 Price
P:3.1 The total contract price is CNY 1,960,000, inclusive of applicable taxes, made up as follows: Software licence fee CNY 1,240,000; implementation and configuration CNY 486,000; interface development CNY 172,000; training and go-live support CNY 62,000.
P:3.2 The price is fixed. Travel and accommodation of the Vendor's personnel are included.
H:Article 4 Payment
P:4.1 The Customer shall pay 20% of the total contract price within 20 days after signature of this Agreement and receipt of the Vendor's invoice.
P:4.2 The Customer shall pay 45% of the total contract price within 20 days after go-live of the Software at all four sites, as confirmed in a Go-Live Certificate. The Go-Live Certificate records that the Software is in productive use and does not constitute acceptance.
P:4.3 The Customer shall pay the remaining 35% of the total contract price within 20 days after Final Acceptance.
P:4.4 All payments shall be made in CNY to the Vendor's account designated in writing. Each invoice shall comply with PRC tax requirements; the Vendor may act through its Shanghai representative for invoicing purposes.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall achieve go-live at all four sites within 150 days after signature, in accordance with the project plan agreed at kick-off.
P:5.2 Final Acceptance tests shall be carried out after at least 45 days of productive use at all sites. The acceptance criteria are: (a) every function in the agreed functional specification works as described; (b) inventory in the Software reconciles with a physical count at each site with no unexplained difference; (c) all interfaces exchange data without loss for 20 consecutive days; (d) putaway and picking transactions are confirmed within two seconds at 150 concurrent users; and (e) no Severity 1 incident is open.
P:5.3 If the tests are passed, the Customer shall sign the Final Acceptance Certificate within ten days. If not, the Vendor shall correct the defects and the tests shall be repeated. Go-live, productive use or payment does not amount to acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform materially in accordance with the documentation and the functional specification for 18 months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects and provide updates, remote support and on-site support free of charge.
P:6.2 Incidents are classified as follows. Severity 1: a warehouse cannot receive, pick or ship goods, or temperature records cannot be written. Severity 2: a major function is impaired but a workaround exists. Severity 3: any other problem. The Vendor shall respond to a Severity 1 incident within one hour at any time, provide a workaround or fix within eight hours, and keep working on it continuously until it is resolved. Severity 2 incidents shall receive a response within two hours during business hours and Severity 3 incidents within two business days.
P:6.3 For each full hour by which the Vendor misses a Severity 1 response or fix time, the Customer shall receive a service credit of CNY 1,000, deducted from the next payment or, after final payment, paid by the Vendor on request.
P:6.4 After the Warranty Period the Customer may order annual support services. The annual support fee shall be 11% of the Software licence fee (CNY 136,400 per year) and shall not increase for the first three support years. Support is ordered by the Customer each year in writing and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Software and all intellectual property rights in it remain with the Vendor.
P:7.2 The Custom Deliverables, including their source code and documentation, belong to the Customer upon payment of the relevant fees. The Customer may use, modify and license them freely, including by engaging third parties to maintain them. The Vendor shall deliver the source code at Final Acceptance.
P:7.3 The Vendor shall defend and indemnify the Customer against claims that the Software or the Custom Deliverables infringe third-party rights.
H:Article 8 Customer Data and Security
P:8.1 Customer Data belongs to the Customer. The Vendor shall use Customer Data only to perform this Agreement and shall not copy, retain, analyse or disclose it for any other purpose.
P:8.2 The Vendor shall access the Customer's systems only through the remote access channel provided by the Customer, with named accounts and multi-factor authentication, and each remote session shall be approved in advance. The Vendor shall not store Customer Data outside mainland China. The Vendor shall comply with the PRC Data Security Law and the Personal Information Protection Law.
P:8.3 The Vendor shall notify the Customer within 24 hours of becoming aware of any unauthorised access to, loss of or disclosure of Customer Data caused by the Vendor or its personnel, shall assist in containing and remedying the incident, and shall be liable for the resulting losses of the Customer.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party, including pricing, business plans, warehouse layouts and client lists, and shall use it only for this Agreement. This obligation survives termination for three years.
H:Article 10 Delay Damages and Liability
P:10.1 If the Vendor fails to achieve go-live at all sites by the date in Article 5.1 for reasons attributable to it, the Vendor shall pay delay damages of 0.08% of the total contract price for each day of delay, up to a maximum of 8% of the total contract price.
P:10.2 The total liability of each party under this Agreement shall not exceed 150% of the total contract price, except for liability for breach of Articles 8 and 9, infringement claims under Article 7.3, fraud or wilful misconduct, which shall not be limited.
P:10.3 Neither party is liable for loss of profit or indirect loss, except under Article 8.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains responsible for any approved subcontractor.
H:Article 12 Termination
P:12.1 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within 20 days after written notice, or if delay damages reach their maximum under Article 10.1.
P:12.2 Either party may terminate this Agreement if the other party becomes insolvent.
P:12.3 On termination for the Vendor's breach before Final Acceptance, the Vendor shall refund the amounts paid, against return of the Software, and the Customer may keep the Custom Deliverables completed to date.
H:Article 13 Force Majeure
P:13.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, provided that it notifies the other party promptly and uses reasonable efforts to mitigate the effects.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the Federative Republic of Brazil.
P:14.2 Any dispute arising out of or in connection with this Agreement shall be finally resolved by arbitration administered by the Arbitration and Mediation Chamber of the Federation of Industries of the State of Parana, seated in Curitiba, Brazil, in English, by three arbitrators.
H:Article 15 General
P:15.1 This Agreement, with its annexes, is the entire agreement between the parties on its subject. Amendments must be in writing and signed by both parties.
P:15.2 Notices shall be in writing and sent to the addresses above or to the e-mail addresses named in Annex 3.
P:15.3 This Agreement is made in English in two originals, one for each party.
P:Annex 1: Functional specification. Annex 2: Project plan. Annex 3: Contacts.
P:For the Customer: ____________________    For the Vendor: ____________________"""

H620E02 = """# Order Form — Omnichannel Contact Centre Subscription

**Order Form No. MAR-OF-2025-0388**

This Order Form is entered into between **Maresia Cloud Tecnologia S.A.**, Avenida Engenheiro Domingos Ferreira 2160, Boa Viagem, Recife, Pernambuco, Brazil ("Provider"), and **Hangzhou Lanxiu E-Commerce Co., Ltd.**, Binjiang District, Hangzhou, People's Republic of China ("Customer"). It consists of Part A (Order Details) and Part B (General Terms). If Part A and Part B conflict, Part A prevails.

## Part A — Order Details

### A1. Subscribed Service

Provider will make available to Customer its Maresia Omnichannel contact-centre platform (the "Service"), hosted for Customer in a mainland-China cloud region. The Service includes voice and web-chat routing, messaging-app connectors, ticketing, a knowledge base, quality monitoring, workforce scheduling and standard reporting. Customer's agents in Hangzhou and Chengdu will use the Service to handle after-sales enquiries from consumers of Customer's online shops.

### A2. Subscription Term

The Subscription Term begins on the Service Start Date, which is the day after Go-Live Acceptance under A5, and runs for two Subscription Years of 365 days each (24 months in total).

### A3. Fees

| Item | Quantity | Unit price (CNY) | Amount (CNY) |
|---|---|---|---|
| Agent seat subscription, Subscription Year 1 | 420 seats | 1,150 per seat per year | 483,000 |
| Agent seat subscription, Subscription Year 2 | 420 seats | 1,150 per seat per year | 483,000 |
| Onboarding (configuration, integration with order system, data import, training) | 1 | 58,000 | 58,000 |
| **Total Fees for the Subscription Term** | | | **1,024,000** |

Additional seats ordered during the Subscription Term are charged pro rata at the same unit price and are outside the Total Fees above. Telephony minutes are passed through at carrier cost and invoiced monthly in arrears.

### A4. Invoicing and Payment

1. The subscription fee for each Subscription Year is invoiced on the first day of that Subscription Year and is payable within 30 days of the invoice date.
2. The onboarding fee is invoiced after Go-Live Acceptance and is payable within 30 days of the invoice date.
3. No amount is payable before the Service Start Date except as stated in this A4. All fees are in CNY and include VAT; Provider will issue special VAT invoices through its Shanghai branch.

### A5. Onboarding and Go-Live Acceptance

1. Provider will complete onboarding within 60 days after signature of this Order Form.
2. Go-Live Acceptance tests will verify that: (a) inbound calls and chats are routed to the correct skill groups; (b) tickets are created automatically with order data pulled from Customer's order system; (c) 500 concurrent chat sessions are handled with a median agent-screen load time below two seconds; and (d) historical tickets imported from Customer's previous tool match the source counts.
3. When the tests are passed, Customer will sign a Go-Live Acceptance certificate. Use of the Service by agents before signature is a pilot and is not acceptance.
4. If onboarding is not completed by the date in A5.1 for reasons attributable to Provider, Provider shall pay Customer CNY 800 for each day of delay, up to a total of CNY 40,000.

### A6. Renewal

At the end of the Subscription Term, this Order Form renews automatically for successive renewal terms, each equal to one Subscription Year, unless either party gives written notice of non-renewal at least 60 days before the end of the then-current term. For each renewal term Provider may increase the per-seat fee by up to 9% over the fee of the preceding term, by notice given at least 45 days before the renewal date.

Signed for Provider: ____________________ Signed for Customer: ____________________

Date: 3 July 2025

## Part B — General Terms

### 1. Definitions

1.1 "Customer Data" means all data, recordings, messages, tickets and personal information submitted to or generated in the Service by or for Customer, its agents or its consumers.

1.2 "Incident" means an unplanned interruption or degradation of the Service.

1.3 "Customer Configurations" means the routing rules, flows, templates, reports and integrations built by Provider specifically for Customer during onboarding or later at Customer's request.

### 2. Service Levels

2.1 Provider will make the Service available 99.5% of the time in each calendar month, measured at Provider's edge, excluding scheduled maintenance announced at least five days in advance and carried out between 01:00 and 05:00 Beijing time.

2.2 Incidents are classified by priority. Priority 1: the Service is unavailable, or calls or chats cannot be routed, for all or most agents. Priority 2: a major function is impaired for a group of agents. Priority 3: any other Incident. Provider will respond to a Priority 1 Incident within 30 minutes and work on it continuously until the Service is restored, to a Priority 2 Incident within two hours and to a Priority 3 Incident within one business day.

2.3 If monthly availability falls below the level in 2.1, Customer is entitled to a service credit of 5% of the monthly equivalent of the subscription fee for each 0.5 percentage point or part of it below that level, up to half of that monthly equivalent. If Provider misses a Priority 1 response time, Customer is entitled to an additional credit of CNY 2,000 per occurrence. Credits are deducted from the next invoice or refunded at the end of the Subscription Term.

2.4 Provider will send a monthly service report showing availability, Incidents, response times and credits due.

### 3. Customer Data

3.1 Customer Data belongs to Customer. Provider will process Customer Data only on Customer's documented instructions and only to provide the Service, and will not use Customer Data, in identifiable, de-identified or aggregated form, for any other purpose.

3.2 Provider will store and process Customer Data only in mainland China. Provider will maintain an information security programme that includes encryption in transit and at rest, role-based access with multi-factor authentication for Provider staff, logging of all administrative access, annual penetration testing, and a Multi-Level Protection Scheme level 3 filing for the Service.

3.3 Provider will notify Customer without undue delay and in any event within 24 hours after becoming aware of a security incident affecting Customer Data, will provide the information Customer needs to meet its legal obligations, and will bear the costs and losses caused to Customer by a security incident attributable to Provider, including notification costs and regulatory fines.

3.4 On expiry or termination, Provider will make Customer Data available for export in standard formats for 30 days and will then delete it and certify the deletion.

### 4. Intellectual Property

4.1 Provider owns the Service and its underlying software.

4.2 Customer Configurations belong to Customer. Customer may use, copy and modify them and have them used by third parties, including another service provider, without restriction. Provider will deliver them in exportable form on request.

### 5. Confidentiality

5.1 Each party will keep confidential the non-public information received from the other party and use it only for this Order Form. This obligation continues for three years after termination, and indefinitely for trade secrets.

### 6. Subcontracting

6.1 Provider will not subcontract any part of the Service or the onboarding without Customer's prior written consent. The hosting provider named in Annex 1 is approved by signature of this Order Form. Provider remains responsible for all subcontractors.

### 7. Liability

7.1 Each party's total liability under this Order Form is limited to 200% of the Total Fees, except for breach of section 3 or section 5, fraud and wilful misconduct, which are not limited.

7.2 Neither party is liable for indirect or consequential loss, except under section 3.

### 8. Term and Termination

8.1 Customer may terminate this Order Form by written notice if Provider commits a material breach that is not remedied within 20 days after written notice, or if availability falls below the level in 2.1 in three months out of any six consecutive months. On such termination Provider will refund the prepaid fees for the remaining period.

8.2 Either party may terminate this Order Form if the other party becomes insolvent.

8.3 Provider may suspend the Service only after written notice if undisputed fees are more than 45 days overdue.

### 9. Governing Law and Disputes

9.1 This Order Form is governed by the laws of the People's Republic of China.

9.2 Any dispute shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen under its rules in force at the time. The arbitral award is final and binding on both parties.

### 10. General

10.1 Neither party may assign this Order Form without the other party's written consent, except to an affiliate as part of a reorganisation with written notice.

10.2 Changes to this Order Form must be in writing and signed by both parties. Provider's online terms do not apply.

10.3 Neither party is liable for a delay or failure caused by events beyond its reasonable control, such as natural disasters or a general failure of public telecommunications networks, if it informs the other party promptly and takes reasonable steps to limit the effects. Force majeure does not excuse Provider from maintaining the disaster recovery arrangements described in Annex 2.

10.4 Annex 1: Hosting provider and data location. Annex 2: Service description."""

H620E03 = """T:Supply Contract for Condition Monitoring Sensors and Software
P:Contract No. QSC-EQ-2025-072
P:Buyer: Anhui Qingshan Cement Co., Ltd., Wuhu, Anhui Province, People's Republic of China (the "Buyer").
P:Supplier: Vibrasul Monitoramento Industrial Ltda., Avenida Ipiranga 6681, Partenon, Porto Alegre, Rio Grande do Sul, Brazil (the "Supplier").
P:The Buyer wishes to monitor the condition of the kiln drive, raw mills, cement mills, fans and conveyors at its Wuhu plant, and has selected the Supplier after a tender. This contract is made on the Buyer's standard terms for equipment purchases, adapted for this project.
H:1. Definitions and Documents
P:1.1 "Equipment" means the wireless vibration and temperature sensors, gateways, mounting kits and spare parts listed in clause 2.
P:1.2 "Software" means the Supplier's VibraSense condition monitoring software, including its analytics and alarm modules, licensed under clause 3.
P:1.3 "System" means the Equipment and the Software installed, configured and integrated at the Buyer's plant.
P:1.4 The Buyer's technical specification (Annex 1), the Supplier's tender (Annex 2) and the acceptance test plan (Annex 3) form part of this contract. If they conflict, this contract prevails, then Annex 1, then Annex 3, then Annex 2.
H:2. Scope and Price
P:2.1 The Supplier shall supply, install, configure and commission the System, integrate it with the Buyer's distributed control system and maintenance management system, and train the Buyer's staff.
P:2.2 The contract price is set out in the following table. All amounts are in CNY and include import duties, VAT, transport to the Wuhu plant and insurance.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless triaxial vibration and temperature sensor|640|1,650|1,056,000
TB:2|Industrial gateway with 4G and Ethernet backhaul|32|9,500|304,000
TB:3|VibraSense software, perpetual licence, one plant, unlimited assets|1|520,000|520,000
TB:|Equipment and licence subtotal|||1,880,000
TB:4|Installation, configuration and integration|1|236,000|236,000
TB:5|Training and commissioning support|1|64,000|64,000
TB:|Total contract price|||2,180,000
P:2.3 The contract price is fixed and covers everything needed to deliver a working System, including mounting kits, cabling for the gateways and the Supplier's travel costs.
H:3. Licence
P:3.1 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software at the Wuhu plant for an unlimited number of monitored assets and users. The Buyer's affiliates may view the data through the Buyer's accounts.
P:3.2 The Software shall be installed on servers in the Buyer's plant data room. No cloud connection to the Supplier is required for normal operation.
H:4. Payment
P:4.1 The Buyer shall pay 45% of the total contract price within 15 working days after signature of this contract and receipt of the Supplier's invoice, so that the Supplier can order the sensors from its factory.
P:4.2 The Buyer shall pay 20% of the total contract price within 15 working days after all Equipment has been delivered to the plant and counted. Delivery and counting are not acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the total contract price within 15 working days after signature of the Final Acceptance Certificate.
H:5. Delivery and Installation
P:5.1 The Supplier shall deliver all Equipment to the Wuhu plant within 90 days after signature and complete installation and commissioning within 60 days after delivery.
P:5.2 Installation work on running equipment shall be carried out only during shutdowns notified by the Buyer, under the Buyer's permit-to-work system and safety rules.
P:5.3 The Supplier shall provide a mounting plan for each asset before installation, showing sensor positions, orientation and fixing method, for approval by the Buyer's maintenance department. Sensors shall be fixed with stud mounts or epoxy pads as specified in Annex 1; magnetic mounts may be used only on temporary measurement points.
P:5.4 Training shall cover sensor installation and replacement, gateway configuration, alarm setting, spectrum analysis and routine administration of the Software, for at least 16 maintenance engineers and four system administrators.
H:6. Acceptance
P:6.1 Final acceptance tests shall take place after a trial run of 30 days. The System passes when: (a) all 640 sensors report data at the configured interval with a packet loss below 2% over the trial run; (b) vibration readings on ten reference points agree with a calibrated portable analyser within the tolerance in Annex 1; (c) alarms reach the control system and the maintenance management system within ten seconds; (d) gateway battery and signal status are visible for every sensor; and (e) the documentation and training listed in Annex 1 have been delivered.
P:6.2 If the System passes, the Buyer shall sign a Final Acceptance Certificate within seven days. Otherwise the Supplier shall correct the defects at its cost and the tests shall be repeated. Commissioning, use of the System during the trial run or any payment is not acceptance.
H:7. Warranty and Service
P:7.1 The Supplier warrants the Equipment and the Software for 24 months from Final Acceptance. During this period the Supplier shall repair or replace defective Equipment free of charge, including sensor batteries that fail early, and shall provide Software updates and support.
P:7.2 Faults are classified as follows. Priority 1: loss of monitoring for a kiln drive, a mill or more than 50 sensors. Priority 2: loss of monitoring for individual sensors or a non-critical function. The Supplier shall respond to a Priority 1 fault within two hours, by remote connection through the Buyer's secure access system, and shall restore monitoring within 24 hours, if necessary by sending an engineer from its Shanghai office. Priority 2 faults shall be resolved within five working days.
P:7.3 If the Supplier misses a Priority 1 response or restoration time, the Buyer may deduct CNY 1,500 for each hour of delay from any amount due or claim it from the Supplier.
P:7.4 After the warranty period the Buyer may buy annual support services from the Supplier, covering Software updates, remote support and sensor replacement at a discount. The annual support fee shall be charged at the Supplier's list price in effect for the relevant support year.
P:7.5 The Supplier shall keep spare parts and replacement sensors available for at least eight years after Final Acceptance.
H:8. Intellectual Property
P:8.1 The Software remains the property of the Supplier and its licensors.
P:8.2 Asset models, alarm thresholds, dashboards and integration programs created by the Supplier for the Buyer under this contract belong to the Buyer, who may use and modify them freely and have them maintained by others. The Supplier shall hand over their source files at Final Acceptance.
H:9. Data Security
P:9.1 All measurement data, alarm records and asset information collected by the System belong to the Buyer. The Supplier may use them only to perform this contract and shall not copy, keep or analyse them for other purposes, including in anonymised or aggregated form.
P:9.2 The Supplier shall access the System only through the Buyer's remote access platform with named accounts, after approval for each session. The gateways shall be configured so that data is sent only to the Buyer's servers. The Supplier shall follow the Buyer's industrial control system security rules and the PRC Data Security Law.
P:9.3 The Supplier shall report any security incident affecting the System within 12 hours and shall compensate the Buyer for losses caused by an incident attributable to the Supplier.
H:10. Confidentiality
P:10.1 The Supplier shall keep confidential all information about the Buyer's plant, processes, production data and commercial terms, and shall not disclose it to any third party without the Buyer's written consent. This obligation continues after the end of this contract.
H:11. Delay Damages and Liability
P:11.1 If the Supplier is late in delivery or in completing commissioning, it shall pay delay damages of 0.1% of the total contract price per day of delay, up to 10% of the total contract price.
P:11.2 The Supplier's total liability under this contract shall not exceed 200% of the total contract price, except for personal injury, wilful misconduct and breach of clauses 9 and 10.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract installation or any other part of the work without the Buyer's prior written consent.
H:13. Termination
P:13.1 The Buyer may terminate this contract by written notice if the Supplier materially breaches it and does not remedy the breach within 15 days after notice, or if delay damages reach their maximum.
P:13.2 On termination for the Supplier's breach, the Supplier shall refund the amounts paid for undelivered or rejected items and compensate the Buyer's losses.
H:14. Governing Law and Disputes
P:14.1 This contract is governed by the laws of the People's Republic of China.
P:14.2 Disputes shall be submitted to the Hefei Arbitration Commission for arbitration in Hefei.
H:15. General
P:15.1 This contract is signed in English and Chinese; both versions are equally valid. It takes effect on signature by both parties.
P:15.2 Notices shall be made in writing to the addresses stated above. Amendments to this contract must be in writing and signed by both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
P:Date: 24 June 2025"""

H620E04 = """# Managed IT Operations Services Agreement

**Agreement No. MGS-2025-CQ-09**

**Between:**

**Mineira Global Services Ltda.**, Rua dos Timbiras 1940, Lourdes, Belo Horizonte, Minas Gerais, Brazil, acting for its services in China through its Chongqing branch office ("Provider"); and

**Chongqing Jialing Precision Parts Co., Ltd.**, Beibei District, Chongqing, People's Republic of China ("Customer").

Customer manufactures engine and transmission parts at nine sites in Chongqing and Sichuan. Provider operates managed IT services for industrial companies. Customer wishes to outsource the day-to-day operation of its IT infrastructure and end-user support to Provider on the terms below.

## 1. Definitions

1.1 "Services" means the transition services and the managed services described in Schedule 1.

1.2 "Service Commencement Date" means the date on which Customer confirms in writing that transition has been completed in accordance with clause 4.

1.3 "Service Levels" means the levels set out in Schedule 2.

1.4 "Customer Data" means all data of Customer, its employees, customers and suppliers that Provider accesses, processes or stores in performing the Services, including logs and configuration data of Customer's systems.

## 2. Term

2.1 This Agreement starts on signature. The managed services run for 36 months from the Service Commencement Date.

2.2 The Agreement ends at the end of the 36 months. Any extension requires a written amendment signed by both parties; there is no automatic renewal.

## 3. Charges and Payment

3.1 The charges are set out in Schedule 3. The total charges for the term are CNY 3,220,000, consisting of the transition charge of CNY 124,000 and a fixed monthly charge of CNY 86,000 for 36 months.

3.2 The transition charge is invoiced after the Service Commencement Date. The monthly charge is invoiced at the end of each month for the services provided in that month. Invoices are payable within 30 days. Customer makes no advance payment.

3.3 The monthly charge is fixed for the term. Changes in scope of more than the tolerance stated in Schedule 3 are handled through the change procedure in clause 12.

## 4. Transition and Acceptance

4.1 Provider shall complete transition within 75 days after signature, following the transition plan agreed at kick-off. Transition includes taking over documentation, accounts and tools from Customer's internal team, deploying Provider's monitoring tools on Customer's servers, setting up the service desk and agreeing runbooks for every site.

4.2 Transition is complete when: (a) all devices and servers listed in Schedule 1 appear in the monitoring console with correct alerts; (b) the service desk has handled calls from all nine sites for ten working days in parallel with Customer's team; (c) runbooks for backup, patching, user administration and site network failures have been approved by Customer; and (d) a recovery test of two critical servers has succeeded. Customer shall confirm completion in writing within five working days after Provider shows that these criteria are met.

4.3 If transition is not completed by the date in clause 4.1 for reasons attributable to Provider, Provider shall pay delay damages of CNY 2,000 per day, up to CNY 60,000.

## 5. Service Levels

5.1 Provider shall perform the Services in accordance with the Service Levels in Schedule 2 and report on them monthly.

5.2 The Service Levels are performance targets. A failure to meet a Service Level does not entitle Customer to any service credit, fee reduction or other payment. Where Provider misses a Service Level in any month, Provider shall analyse the cause and present a service improvement plan at the next monthly review.

## 6. Customer Data and Security

6.1 Customer Data belongs to Customer. Provider shall use Customer Data only to perform the Services and shall not copy, retain or use it for any other purpose.

6.2 Provider's staff shall access Customer systems only through Customer's privileged access management system with named accounts and multi-factor authentication. Provider shall not move Customer Data outside mainland China and shall not store Customer Data on its own systems, except monitoring alerts kept in its Chongqing operations centre for the duration of the Agreement.

6.3 Provider shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law, and with Customer's information security policies as notified to it. Provider shall vet its staff and ensure they receive security training at least once a year.

6.4 Provider shall report any security incident affecting Customer systems or Customer Data within two hours, take immediate containment measures in coordination with Customer, and compensate Customer for losses caused by an incident attributable to Provider or its staff.

## 7. Intellectual Property

7.1 Provider's monitoring tools and methods remain Provider's property; Customer receives a licence to use them during the term.

7.2 Runbooks, scripts, configuration baselines, documentation and other deliverables prepared by Provider for Customer belong to Customer, who may use, modify and hand them to a successor provider without restriction.

## 8. Confidentiality

8.1 Each party shall keep confidential all non-public information received from the other party and shall use it only for this Agreement. This obligation survives the end of this Agreement for three years.

## 9. Subcontracting

9.1 Provider shall not subcontract any part of the Services without Customer's prior written consent. Provider remains fully responsible for any subcontractor approved by Customer.

## 10. Liability

10.1 Provider's total liability arising out of or in connection with this Agreement shall not exceed, in total, the charges paid by Customer in the nine months preceding the event giving rise to the claim.

10.2 The limit in clause 10.1 does not apply to personal injury, wilful misconduct or gross negligence.

10.3 Neither party is liable for indirect or consequential loss or loss of profit.

## 11. Termination

11.1 Customer may terminate this Agreement by written notice if Provider commits a material breach and fails to remedy it within 30 days after written notice.

11.2 Either party may terminate this Agreement by written notice if the other party becomes insolvent.

11.3 On expiry or termination, Provider shall provide exit assistance for up to 60 days at the rates in Schedule 3, return all Customer Data and documentation, remove its tools and confirm deletion of any copies.

## 12. Changes

12.1 Either party may request a change to the Services. Provider shall provide an impact assessment within ten working days. No change is binding until both parties sign a change note.

## 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the Chongqing Arbitration Commission for arbitration in Chongqing.

## 14. General

14.1 This Agreement, with Schedules 1 to 3, is the entire agreement of the parties on its subject and replaces earlier proposals.

14.2 Notices shall be given in writing to the addresses above.

Signed for Provider: ____________________ Signed for Customer: ____________________

Date: 8 July 2025

## Schedule 1 — Scope of Services

| Service area | Scope | Volumes at signature |
|---|---|---|
| Service desk | Telephone, e-mail and portal support in Mandarin, 07:00–23:00 on all days; ticket logging and first-line resolution | About 1,450 users |
| End-user support | Desk-side support at all nine sites, device imaging, moves and changes | 1,380 PCs and laptops, 210 shop-floor terminals |
| Network operations | Monitoring and management of switches, firewalls, Wi-Fi and site links, around the clock | 9 sites, 164 switches, 18 firewalls |
| Server and backup operations | Monitoring, patching and backup of Windows and Linux servers and the virtualisation platform | 86 virtual and 14 physical servers |
| Reporting | Monthly service report and review meeting; quarterly improvement plan | — |

## Schedule 2 — Service Levels

| Priority | Definition | Response target | Restore target |
|---|---|---|---|
| P1 | A site network, a production-line terminal cluster or a critical server is down | 30 minutes, at any time | 6 hours |
| P2 | A group of users or a non-critical server is affected | 1 hour in service-desk hours | 1 business day |
| P3 | A single user or a request | 2 hours in service-desk hours | 3 business days |
| Service desk | Calls answered within 60 seconds | 85% of calls per month | — |
| Backups | Successful scheduled backups | 98% per month, failed jobs rerun within one business day | — |

## Schedule 3 — Charges

| Item | Charge (CNY) | Invoicing |
|---|---|---|
| Transition | 124,000 (one-off) | After the Service Commencement Date |
| Monthly managed service charge | 86,000 per month × 36 months = 3,096,000 | Monthly in arrears |
| Total charges for the term | 3,220,000 | — |
| Volume tolerance | Users or devices may vary by up to 8% without change in the monthly charge | — |
| Additional work and exit assistance | CNY 1,800 per engineer day | Monthly in arrears, only when ordered in writing |"""

H620E05 = """DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. AMZ-DS-2025-117

PARTIES

Amazonia Dados Agricolas Ltda., Avenida Djalma Batista 1661, Chapada, Manaus, Amazonas, Brazil ("Provider"); and

Dalian Haorun Grain and Oil Trading Co., Ltd., Zhongshan District, Dalian, Liaoning Province, People's Republic of China ("Customer").

BACKGROUND

Provider collects and publishes market and crop data on soybeans, corn, coffee and cocoa in South America, including farm-gate and port prices, crop-condition indices derived from satellite imagery, river and port logistics data and shipment line-ups. Customer imports soybeans and other agricultural commodities into China and wishes to receive this data through Provider's application programming interface ("API") for use in its trading, risk and logistics systems.

1. DEFINITIONS

1.1 "Provider Data" means the data sets listed in Annex A, as updated by Provider from time to time, delivered through the API and the web portal.

1.2 "Customer Data" means the data that Customer or its users submit to the Service, including watchlists, saved queries, alert settings, uploaded position files and usage logs relating to Customer's users.

1.3 "Service" means access to the Provider Data through the API and the web portal, together with the related support.

1.4 "Subscription Year" means each of the two consecutive periods of 365 days starting on the Service Start Date.

1.5 "Connectors" means the software connectors and mapping tables that Provider builds to load Provider Data into Customer's trading and risk management system and its data warehouse.

2. SUBSCRIPTION AND LICENCE

2.1 Provider grants Customer, for the two Subscription Years, a non-exclusive, non-transferable licence to access the Provider Data and to use it internally for trading, risk management, logistics planning and reporting to Customer's management and financing banks, for up to 60 named users and unlimited API calls within the fair-use limits in Annex B.

2.2 Customer may keep and use Provider Data received during the term in its internal historical records after the term ends, but may not resell or publish it.

2.3 The Service Start Date is the day after Integration Acceptance under clause 4.

3. FEES AND PAYMENT

3.1 The fees are as follows: subscription fee for Subscription Year 1, CNY 396,000; subscription fee for Subscription Year 2, CNY 396,000; integration fee for the Connectors, CNY 34,000. The total fees under this Agreement are CNY 826,000, inclusive of VAT.

3.2 The subscription fee for each Subscription Year is payable in two equal half-yearly instalments of CNY 198,000, each invoiced at the start of the relevant half-year and payable within 30 days after receipt of the invoice.

3.3 The integration fee is invoiced after Integration Acceptance and is payable within 30 days after receipt of the invoice. Customer makes no payment before the Service Start Date.

3.4 Fees are fixed for both Subscription Years. Provider will issue VAT invoices through its appointed agent in Shanghai.

4. INTEGRATION AND ACCEPTANCE

4.1 Provider shall build and install the Connectors and give Customer production access to the API within 45 days after signature.

4.2 Integration Acceptance tests shall show that: (a) all data sets in Annex A are delivered through the API in the agreed formats; (b) the Connectors load daily data into Customer's systems completely, checked against Provider's delivery reports for ten consecutive business days; (c) intraday price updates arrive within five minutes of publication on Provider's portal; and (d) historical data for the previous ten seasons has been loaded.

4.3 When the tests are passed Customer shall sign an Integration Acceptance certificate within five business days. Use of the API during testing is not acceptance.

4.4 If Provider fails to give production access and complete the Connectors by the date in clause 4.1 for reasons attributable to Provider, Provider shall pay Customer CNY 700 for each day of delay, up to CNY 25,000.

5. SERVICE LEVELS

5.1 The API shall be available at least 99.95% of the time in each calendar month, excluding scheduled maintenance notified at least five days in advance and performed outside Beijing business hours.

5.2 Provider shall respond to a Priority 1 incident (the API or the portal is unavailable, or data for a whole data set is missing or clearly wrong) within 30 minutes, 24 hours a day, and shall provide a workaround or corrected data within six hours. Priority 2 incidents (delay or errors in part of a data set) shall receive a response within two hours during Beijing business hours.

5.3 If availability in a month is below the level in clause 5.1, Customer shall receive a credit of 5% of the monthly equivalent of the subscription fee for each 0.1 percentage point or part of it below that level, up to a credit of half of that monthly equivalent. A missed Priority 1 response time gives a further credit of CNY 1,000 per occurrence. Credits are set off against the next invoice or paid at the end of the term.

5.4 Provider shall give Customer a monthly report on availability, incidents, data corrections and credits.

6. DATA QUALITY

6.1 Provider shall compile the Provider Data with reasonable skill and care from the sources stated in Annex A and shall correct errors promptly after they are found. Provider shall announce changes in methodology at least 30 days in advance.

6.2 Provider shall keep a change log for each data set and shall restate historical data only with a clear notice in the API and the portal, so that Customer can reload the affected records.

6.3 Provider Data is market information. Customer remains responsible for its own trading decisions.

7. CUSTOMER DATA AND SECURITY

7.1 Customer Data belongs to Customer. Provider shall process Customer Data only to provide the Service to Customer and shall not use it, in any form, including anonymised or aggregated form, for any other purpose, such as market analysis or products for other clients.

7.2 Provider shall host the Service for Customer on servers in mainland China, shall encrypt Customer Data in transit and at rest, shall restrict access to authorised staff with multi-factor authentication and logging, and shall comply with the PRC Data Security Law and Personal Information Protection Law.

7.3 Provider shall notify Customer within 24 hours after becoming aware of any unauthorised access to or loss of Customer Data, shall take remedial action and shall compensate Customer for losses caused by an incident attributable to Provider.

7.4 At the end of the term Provider shall return Customer Data in a standard format on request and then delete it.

8. INTELLECTUAL PROPERTY

8.1 Provider retains all rights in the Provider Data, the API and the portal, subject to the licence in clause 2.

8.2 The Connectors and mapping tables built for Customer belong to Customer, who may use, modify and have them maintained by third parties without restriction. Provider shall deliver their source code at Integration Acceptance.

9. CONFIDENTIALITY

9.1 Each party shall keep confidential the non-public information of the other party received under this Agreement, including Customer's positions, watchlists and trading interests, and shall use it only for this Agreement. This obligation continues for three years after the end of the Agreement.

10. SUBCONTRACTING

10.1 Provider shall not subcontract the hosting of the Service or any other part of its obligations without Customer's prior written consent. Provider remains responsible for approved subcontractors.

11. LIABILITY

11.1 Each party's total liability under this Agreement is limited to 200% of the total fees, except for breach of clauses 7 and 9, fraud and wilful misconduct, which are not limited.

11.2 Neither party is liable for indirect loss or loss of trading profit.

12. TERM AND TERMINATION

12.1 This Agreement starts on signature and ends at the end of the second Subscription Year. It does not renew automatically; any further subscription requires a new written agreement.

12.2 Customer may terminate this Agreement by written notice if Provider commits a material breach and does not remedy it within 20 days after notice, or if availability falls below the level in clause 5.1 in three consecutive months. Provider shall then refund fees paid for the period after termination.

12.3 Either party may terminate this Agreement if the other party becomes insolvent.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the Dalian International Arbitration Court (Dalian Arbitration Commission) for arbitration in Dalian.

14. GENERAL

14.1 Amendments must be in writing and signed by both parties. Provider's website terms do not apply.

14.2 Notices shall be in writing and sent to the addresses above, with a copy by e-mail to the contacts named in Annex C.

14.3 Neither party is liable for failure to perform caused by events beyond its reasonable control, including natural disasters and general failures of public networks, if it notifies the other party promptly and limits the effects. Provider's obligation to keep backup hosting under Annex B is not excused by such events.

14.4 This Agreement is made in English in two originals, one for each party.

14.5 Annex A: Data sets and sources. Annex B: API fair-use limits. Annex C: Contacts.

Signed for Provider: ____________________

Signed for Customer: ____________________

Date: 11 July 2025"""

SOURCES = {"h620z01": H620Z01, "h620z02": H620Z02, "h620z03": H620Z03, "h620z04": H620Z04, "h620z05": H620Z05, "h620e01": H620E01, "h620e02": H620E02, "h620e03": H620E03, "h620e04": H620E04, "h620e05": H620E05}
TARGETS = {
 "h620z01": ("h620z01_urban_outdoor_advertising_supervision_platform.pdf", "pdf"),
 "h620z02": ("h620z02_copper_tube_drawing_line_control_retrofit.docx", "docx"),
 "h620z03": ("h620z03_bbq_chain_reservation_membership_saas.txt", "txt"),
 "h620z04": ("h620z04_meteorological_forecast_system_om_service.txt", "txt"),
 "h620z05": ("h620z05_spicy_strip_packaging_line_software_supplier_template.md", "md"),
 "h620e01": ("h620e01_wms_perpetual_licence_services_curitiba_vendor.pdf", "pdf"),
 "h620e02": ("h620e02_contact_centre_saas_order_form_recife_vendor.md", "md"),
 "h620e03": ("h620e03_cement_plant_condition_monitoring_sensors.docx", "docx"),
 "h620e04": ("h620e04_managed_it_operations_36_months_belo_horizonte.md", "md"),
 "h620e05": ("h620e05_commodity_data_api_subscription_manaus_vendor.txt", "txt"),
}

N = None
KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"
# key: lang, category, terms (KEYS order), sla_clause, ld_stated, capped (goods only), deemed, value, fee base, design
LABELS = {
 "h620z01": ("zh", "software", [N, 0.5, True, "buyer", False, True, True, 0.02, N, 20, True, True, 24, 9, False, True,
             False, N, G], True, True, True, False, 1680000, 760000,
             ["CR-DATA-SECURITY", "CR-LD-LOW"]),
 "h620z02": ("zh", "hardware", [N, 1, True, "buyer", True, True, False, 0.1, N, 10, True, True, 24, 7, False, True, True,
             "PRC", G], True, True, True, False, 1726000, 1486000,
             ["CR-CONFIDENTIALITY", "CR-SUBCONTRACT"]),
 "h620z03": ("zh", "cloud", [99.95, 6, True, "buyer", True, False, True, 500 / 686000 * 100, 150, N, True, N, N, N,
             False, False, False, "PRC", S], True, True, N, False, 686000, N,
             ["CR-DATA-OWNERSHIP", "CR-SLA-RESPONSE", "CR-TERMINATION"]),
 "h620z04": ("zh", "services", [99.95, 0.25, True, "buyer", True, True, True, 0.1, N, N, True, N, N, N, False, True,
             False, "PRC", S], True, True, N, False, 836000, N, []),
 "h620z05": ("zh", "software", [N, N, False, "supplier", True, True, True, N, N, 65, False, False, 6, 25, False, True,
             N, N, G], False, False, True, True, 1700000, 1200000,
             ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
              "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
 "h620e01": ("en", "software", [N, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 18, 11, False, True,
             False, "Brazil", G], True, True, True, False, 1960000, 1240000, ["CR-GOVERNING-LAW"]),
 "h620e02": ("en", "cloud", [99.5, 0.5, True, "buyer", True, True, True, 800 / 1024000 * 100, 200, N, True, N, N, N,
             True, True, False, "PRC", S], True, True, N, False, 1024000, N,
             ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"]),
 "h620e03": ("en", "hardware", [N, 2, True, "buyer", True, True, True, 0.1, 200, 45, True, True, 24, N, False, True,
             False, "PRC", G], True, True, False, False, 2180000, 1880000,
             ["CR-POST-WARRANTY-FEE", "CR-PREPAYMENT"]),
 "h620e04": ("en", "services", [N, 0.5, False, "buyer", True, True, True, 2000 / 3220000 * 100, 9 / 36 * 100, N, True,
             N, N, N, False, True, False, "PRC", S], True, True, N, False, 3220000, N,
             ["CR-LIABILITY-CAP", "CR-SLA-NO-REMEDY"]),
 "h620e05": ("en", "cloud", [99.95, 0.5, True, "buyer", True, True, True, 700 / 826000 * 100, 200, N, True, N, N, N,
             False, True, False, "PRC", S], True, True, N, False, 826000, N, []),
}
# forum outside mainland China (CR-GOVERNING-LAW also with PRC law): none in this set besides e01's Brazilian seat
FORUM_OUTSIDE = {"h620e01"}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
# policy thresholds (policy §3 defaults): never a label value, never a figure in the text
TH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
      "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}


def tco_share(t, value, base):
    """policy §4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years; fee base = licence/hw."""
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * base
    return fees / (value + fees) * 100


def derive(key):
    lang, cat, vals, sla, lds, capped, deemed, value, base, design = LABELS[key]
    t = dict(zip(KEYS, vals))
    r = set()
    if not sla:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
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
    if not lds:
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not capped or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(t, value, base)
        if share is not None:
            assert abs(share - 40) > 2, (key, share)
            if share > 40:
                r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or key in FORUM_OUTSIDE:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def label(key):
    lang, cat, vals, sla, lds, capped, deemed, value, base, design = LABELS[key]
    t = dict(zip(KEYS, vals))
    extra = {"sla_clause": sla, "ld_stated": lds}
    if t["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = capped
    else:
        assert capped is None and t["warranty_months"] is None and t["post_warranty_fee_pct"] is None
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    rules = derive(key)
    assert rules == sorted(design), (key, rules, design)
    for k, v in TH.items():
        assert t[k] is None or abs(t[k] - v) > 1e-9, (key, k)
    return {"file": TARGETS[key][0], "language": lang, "category": cat, "expected_terms": t, "expected_extra": extra,
            "expected_rules": rules}


def readback(path):
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
        return "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


NB = r"(?<![\d.,])"
THRESHOLD_RES = [re.compile(p, re.I) for p in [
    r"99\.9(?!\d)", NB + r"4\s*(?:小时|个小时|h\b|hrs?\b|hours?\b|-hour)", r"(?<![十\d])四\s*(?:个)?\s*小时", r"\bfour[\s-]+hours?",
    NB + r"0\.05(?!\d)", r"万分之五", r"千分之零点五",
    NB + r"100\s*%", r"百分之(?:百|一百)", r"one hundred per\s*cent",
    NB + r"30\s*%", r"百分之三十", r"thirty per\s*cent",
    NB + r"15\s*%", r"百分之十五", r"fifteen per\s*cent",
    NB + r"40\s*%", r"百分之四十", r"forty per\s*cent",
    NB + r"12\s*(?:个月|月|months?\b|-month)", r"十二\s*个?月", r"\btwelve[\s-]+months?", r"一年", r"一\s*个?\s*年度",
    r"\bone[\s-]+year\b", NB + r"1\s*-?\s*years?\b",
    NB + r"5\s*(?:-\s*)?years?\b", NB + r"5\s*年(?!度)", r"五年", r"\bfive[\s-]+years?",
]]
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 小时", "四小时", "4 hours", "4-hour", "four hours", "0.05%", "万分之五",
            "100%", "100 %", "30%", "百分之三十", "15%", "40%", "12个月", "十二个月", "12 months", "twelve months",
            "12-month", "一年", "one year", "五年", "5 years", "five-year"]
MUST_MISS = ["99.95%", "99.98%", "24小时", "24 hours", "14 hours", "0.058%", "0.5%", "130%", "2.30%", "115%", "1.5%",
             "140%", "112 months", "2025年", "十五日", "1,150 per seat", "200%", "45%", "35%", "十二名", "二十四小时"]


def scan(text):
    return [m.group(0) for rx in THRESHOLD_RES for m in rx.finditer(text)]


def selftest():
    for s in MUST_HIT:
        assert scan(s), s
    for s in MUST_MISS:
        assert not scan(s), (s, scan(s))


def check_file(key, path):
    raw = readback(path)
    hits = scan(raw) + scan(re.sub(r"\s+", " ", raw)) + scan(re.sub(r"\s+", "", raw))
    assert not hits, (key, hits)
    lang = LABELS[key][0]
    if lang == "zh":
        n = len(re.sub(r"\s+", "", raw))
        assert 2750 <= n <= 3000, (key, n)
    else:
        n = len(raw.split())
        assert 1450 <= n <= 1650, (key, n)
    return n


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    selftest()
    plain = {k: v for k, v in TARGETS.items() if v[1] in ("txt", "md")}
    built = {k: v for k, v in TARGETS.items() if v[1] in ("docx", "pdf")}
    for k, (name, kind) in plain.items():
        (OUT / name).write_text(SOURCES[k].strip("\n") + "\n", encoding="utf-8")
        print("wrote", name)
    write({k: SOURCES[k] for k in built}, built, OUT, wrap_words=True)
    covered = set()
    for k, (name, kind) in TARGETS.items():
        n = check_file(k, OUT / name)
        lab = label(k)
        covered |= set(lab["expected_rules"])
        risk = ("high" if HIGH & set(lab["expected_rules"]) else
                "medium" if set(lab["expected_rules"]) - {"CR-GOVERNING-LAW"} else "low")
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        share = tco_share(lab["expected_terms"], LABELS[k][7], LABELS[k][8])
        print(k, n, risk, lab["expected_rules"], "" if share is None else "tco %.2f" % share)
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    compliant = [k for k in TARGETS if not LABELS[k][-1]]
    assert sorted(compliant) == ["h620e05", "h620z04"], compliant
    assert 8 <= len(LABELS["h620z05"][-1]) <= 10
    print("all checks passed")
