"""holdout759: builds the ten drafts from the sources below, writes the .json labels and asserts the checks.
Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
SRC = {}

SRC["z01"] = """T:南江市商务局二手车流通监管服务平台建设项目合同
P:合同编号：NJSW-2026-CG-017
P:采购方式：公开招标（政府采购）
P:甲方（采购人）：南江市商务局
P:乙方（供应商）：南江车联信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，双方经协商一致，订立本合同。招标文件、投标文件、中标通知书为本合同的组成部分；内容不一致的，以本合同为准。
H:第一条 项目内容
P:1.1 乙方为甲方建设南江市二手车流通监管服务平台，包括平台软件许可、交易备案与过户信息核验模块的定制开发、与公安车管、税务发票及第三方检测评估机构系统的接口对接、历史交易数据迁移、部署实施和培训。
P:1.2 平台覆盖全市二手车交易市场、经销企业和经纪机构，实现车辆来源登记、交易合同备案、检测评估报告归集、经营主体信用评价和统计分析大屏等功能，详细需求以招标文件第三章为准。
P:1.3 平台部署于南江市政务云，乙方负责应用层部署，并配合政务云运营单位完成安全组件配置。
P:1.4 乙方应提交项目实施方案、需求规格说明书、接口设计说明书和测试报告，经甲方确认后实施。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰陆拾肆万陆仟元整（¥1,646,000），明细如下：
TB:序号|项目|金额（元）
TB:1|平台软件许可（永久使用，不限用户数）|860,000
TB:2|定制开发（交易备案、信息核验、信用评价、统计大屏）|542,000
TB:3|接口对接及历史数据迁移|168,000
TB:4|部署实施及培训|76,000
TB:合计||1,646,000
P:2.2 合同总价为固定总价，包含乙方完成本项目所需的全部费用及税费，甲方不再另行支付任何费用。
P:2.3 乙方应在合同签订后十日内向甲方提交合同总价5%的履约保证金，最终验收合格后无息退还。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行预付款保函后十五个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台完成部署、接口联调并通过初步验收后，甲方支付合同总价的45%。
P:3.3 平台试运行期满并通过最终验收后，甲方支付合同总价的35%。
P:3.4 乙方每次请款前应开具合法有效的增值税发票。甲方付款按财政资金支付流程办理。
H:第四条 履行期限
P:4.1 乙方应于合同签订后九十日内完成部署并提交初步验收申请；初步验收通过后进入为期六十日的试运行。
P:4.2 因甲方原因或政务云资源未按时到位造成的延误，工期相应顺延，乙方应在延误发生后三日内书面说明。
H:第五条 项目团队与培训
P:5.1 乙方应指派具有同类平台实施经验的项目经理，项目经理在实施期间不得更换；确需更换的，应经甲方同意，且继任人员资历不低于原人员。
P:5.2 乙方应对甲方业务科室及各交易市场操作人员进行培训，培训不少于八个课时，并提供操作手册、管理员手册和常见问题解答。
P:5.3 乙方人员进入政务云机房或接入政务外网的，应遵守甲方及政务云运营单位的安全管理制度，签署安全承诺书，并接受甲方的监督检查。
H:第六条 验收
P:6.1 初步验收标准：招标文件所列功能全部实现；与公安车管、税务及检测评估机构的接口连续五个工作日调用无失败；历史数据迁移逐条核对一致；在300个并发用户下页面平均响应时间不超过3秒；通过第三方安全测评，无高危漏洞。
P:6.2 最终验收标准：试运行期间未发生一级故障，已发现问题全部整改完毕，技术文档、源代码及操作手册移交齐全，并经甲方组织的专家组评审通过，出具书面验收报告。
P:6.3 平台上线使用、甲方付款或签收文档，均不视为验收合格。验收不合格的，乙方应在十五日内整改并申请复验，费用由乙方承担。
P:6.4 验收所需测试工具及第三方测评费用由乙方承担，甲方提供必要的测试环境和脱敏后的业务数据样本。
H:第七条 质量保证与运维服务
P:7.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、政策调整引起的小范围功能修改和运维支持。
P:7.2 质保期满后，如甲方需要，乙方提供年度运维服务，年服务费不超过平台软件许可费的8%（即不超过68,800元），该标准在质保期满后三年内不得上调。
P:7.3 质保期内乙方每季度对平台进行一次巡检，提交巡检报告，内容包括系统运行情况、漏洞扫描结果、存储容量和优化建议。
H:第八条 服务水平
P:8.1 质保期内平台月度可用率不低于99.95%，计划内维护除外；计划内维护应提前三个工作日告知甲方，并安排在夜间进行。
P:8.2 一级故障（平台整体不可用或核心备案功能中断）30分钟内响应、2小时内到场、8小时内恢复；二级故障2小时内响应、24小时内解决；三级故障在下一版本中修复。
P:8.3 一级故障响应或恢复超时的，每超时一小时扣减1,000元；月度可用率每低于约定值0.01个百分点，扣减2,000元。扣减款从应付款项或履约保证金中直接扣除。
H:第九条 知识产权
P:9.1 平台软件的既有知识产权归乙方或原权利人所有，乙方授予甲方永久、不可撤销的使用许可。
P:9.2 本项目定制开发的程序、接口、数据模型及其源代码、文档的知识产权归甲方所有，甲方可自行或委托第三方使用、修改和部署。
P:9.3 乙方保证其交付成果不侵犯第三方权利；发生侵权争议的，由乙方负责处理并承担全部费用。
H:第十条 数据安全
P:10.1 平台中的交易备案数据、车辆信息、经营主体信息及由此产生的统计数据均属于甲方，乙方仅为履行本合同处理，不得用于其他目的，不得向任何第三方提供。
P:10.2 乙方应遵守《数据安全法》《个人信息保护法》及网络安全等级保护要求，对个人信息加密存储，运维操作经政务云堡垒机进行并留存日志，不得将数据拷贝出政务云。
P:10.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任及由此产生的行政责任。
H:第十一条 违约责任
P:11.1 乙方逾期完成部署或逾期通过验收的，每逾期一日，按合同总价的万分之二向甲方支付违约金，违约金累计不超过合同总价的10%。
P:11.2 乙方交付成果经两次复验仍不合格的，甲方有权解除合同，乙方退还已收款项并赔偿损失。
P:11.3 甲方无正当理由逾期付款的，按照政府采购有关规定处理。
P:11.4 乙方违反第十条约定的，除承担赔偿责任外，甲方有权解除合同。
H:第十二条 转包与分包
P:12.1 乙方不得将本项目转包，亦不得将本项目的任何部分分包给第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后十日内未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
P:13.2 因不可抗力致使合同目的不能实现的，双方均可解除合同。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:15.1 本合同自双方签字盖章之日起生效，一式六份，甲方四份，乙方二份。
P:15.2 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:甲方（盖章）：南江市商务局　　乙方（盖章）：南江车联信息技术有限公司
P:日期：2026年　月　日
"""

SRC["z02"] = """T:模切复合生产线控制系统改造及维保合同
P:合同编号：FB-SB-2026-031
P:甲方（买方）：福步鞋垫制品（晋江）有限公司
P:乙方（卖方）：泉州恒控自动化工程有限公司
P:甲方拟对其二号厂房两条鞋垫模切复合生产线的电气控制系统进行改造，乙方按甲方技术协议提供设备、软件、安装调试及维保服务。双方经平等协商，签订本合同。
H:第一条 改造范围
P:1.1 拆除两条生产线原有继电器控制柜，更换为PLC控制柜，增加伺服驱动及电机、视觉定位纠偏系统和触摸屏操作站。
P:1.2 部署产线监控软件，实现配方管理、模切次数统计、复合温度与压力曲线记录、设备报警推送，并与甲方现有MES系统对接，上传工单完成量和不良品数量。
P:1.3 改造应利用甲方春节停产期间完成，单条生产线停机时间不得超过七日。技术参数以双方签字的《技术协议》为准，《技术协议》为本合同附件。
P:1.4 改造后的控制系统应保留原有急停回路和安全光栅功能，并增加双手启动保护，符合机械安全相关国家标准。
H:第二条 合同价格
P:2.1 合同总价为人民币玖拾叁万贰仟元整（¥932,000），含税、运输、保险、安装调试及培训费用，明细见下表：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|伺服驱动及电机|12套|18,500|222,000
TB:2|PLC及控制柜|2套|96,000|192,000
TB:3|视觉定位纠偏系统|2套|68,000|136,000
TB:4|触摸屏操作站|4台|7,800|31,200
TB:5|产线监控软件许可（永久）|1套|158,000|158,000
TB:|软硬件小计|||739,200
TB:6|安装调试|1项|86,400|86,400
TB:7|MES接口及配方管理定制开发|1项|94,000|94,000
TB:8|操作及维修培训|1项|12,400|12,400
TB:|合计|||932,000
P:2.2 上述价格为固定价格，乙方不得以原材料涨价、汇率变化等理由要求调整。
P:2.3 乙方应保证所供设备为原厂全新产品，并提供出厂合格证及原厂质保证明。
H:第三条 付款方式
P:3.1 合同生效后十个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 全部设备到达甲方工厂并经双方清点签收后，甲方支付合同总价的35%。到货签收仅确认数量和外观，不视为质量验收。
P:3.3 两条生产线改造完成并通过最终验收后，甲方支付合同总价的45%。
P:3.4 乙方应在每期付款前开具增值税专用发票。
H:第四条 交货与安装
P:4.1 乙方应于合同生效后四十五日内将全部设备运至甲方工厂，并在甲方通知停产之日起七日内完成单条生产线的安装调试。
P:4.2 乙方负责旧控制柜的拆除和搬运，拆除的旧设备归甲方所有。施工期间乙方应遵守甲方的安全生产制度，动火、登高作业须办理审批。
P:4.3 乙方应在安装前五日提交施工方案、电气原理图和停机切换计划，经甲方设备部确认后实施；切换期间乙方应安排不少于四名工程师在现场，并准备旧系统回退方案，确保生产线按期复产。
P:4.4 甲方负责提供施工所需的电源、压缩空气和临时存放场地，并安排操作工配合带料调试。调试用的原材料由甲方提供，调试产生的废品不计入验收产能。
P:4.5 乙方应为甲方设备维修人员提供不少于三日的现场培训，内容包括PLC程序结构、伺服参数设置、视觉系统标定和常见故障处理，培训后甲方维修人员应能独立处理二级故障。
H:第五条 验收
P:5.1 验收标准：模切定位偏差不大于0.2毫米；单线产能较改造前提高不低于两成；复合温度控制偏差不超过正负2摄氏度；监控软件配方切换、数据记录及MES接口功能全部正常；每条生产线连续带料运行七十二小时无停机故障。
P:5.2 验收由甲方生产部、设备部和乙方共同进行，形成书面验收报告。设备通电运行或甲方投入生产，均不视为验收合格。
P:5.3 验收不合格的，乙方应在十日内整改并重新验收；两次验收仍不合格的，甲方可要求更换设备或减少价款。
P:5.4 验收时乙方应提交竣工图纸、PLC程序备份、参数清单、软件安装介质、操作及维修手册，作为验收的组成部分。
H:第六条 质量保证及维保
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内非甲方原因造成的故障，乙方免费维修或更换部件。
P:6.2 质保期满后，乙方按软硬件小计的7%每年提供维保服务（即每年51,744元），该价格自质保期满起三年内保持不变，维保合同由双方另行签订。
P:6.3 乙方应保证质保期满后八年内提供备品备件，价格不高于同期市场价。
P:6.4 质保期内乙方每半年对控制系统进行一次现场巡检，校准视觉定位系统和温度传感器，并提交巡检报告。
H:第七条 服务水平
P:7.1 质保期内，产线控制系统（含PLC、伺服及监控软件）月度可用率不低于99.5%，因甲方停电、停产造成的停机不计入不可用时间。
P:7.2 一级故障（整条生产线停机）乙方应在1小时内响应，6小时内到达现场，24小时内恢复生产；二级故障8小时内响应，48小时内处理完毕。
P:7.3 月度可用率每低于约定值0.1个百分点，乙方向甲方支付1,500元；一级故障到场超时的，每超时一小时支付500元。上述款项可从应付款中扣除。
H:第八条 知识产权
P:8.1 产线监控软件的知识产权归乙方所有，甲方获得永久使用许可。
P:8.2 为甲方定制开发的PLC程序、配方管理模块、MES接口程序及其源代码归甲方所有，乙方应在验收时一并交付，甲方可自行修改和使用。
H:第九条 数据安全
P:9.1 生产线产生的配方、工艺参数、产量及质量数据归甲方所有，乙方仅可为故障诊断目的查看，不得复制或用于其他用途。
P:9.2 乙方远程维护须经甲方设备部逐次批准，并通过甲方指定的VPN接入，操作记录留存备查；乙方不得在控制系统中设置未经披露的远程通道。
P:9.3 因乙方原因导致甲方数据泄露、丢失或生产系统遭受网络攻击的，乙方应在2小时内通知甲方，协助处置，并赔偿甲方全部损失。
H:第十条 保密
P:10.1 双方对在履行本合同过程中知悉的对方技术信息、工艺配方和经营信息负有保密义务，未经对方书面同意不得向第三方披露。保密义务在本合同终止后五年内有效。
H:第十一条 违约责任
P:11.1 乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的千分之一支付违约金，累计不超过合同总价的10%。
P:11.2 甲方逾期付款的，每逾期一日按未付金额的万分之三支付利息。
P:11.3 乙方提供的设备存在质量问题，经两次维修仍不能正常使用的，乙方应免费更换同型号新设备，并承担由此产生的拆装费用。
H:第十二条 合同的履行与变更
P:12.1 本合同生效后，任何一方不得单方解除本合同。乙方违约的，甲方可要求乙方继续履行、采取补救措施并支付违约金，但不得以此为由解除合同。
P:12.2 合同内容的变更须经双方协商一致并签订书面补充协议。
H:第十三条 分包
P:13.1 乙方不得将本合同项下工作分包；电缆敷设等辅助施工确需分包的，须事先取得甲方书面同意，乙方对分包工作承担全部责任。
H:第十四条 争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 双方发生争议协商不成的，提交泉州仲裁委员会仲裁。
H:第十五条 其他
P:本合同一式四份，双方各执两份，自双方盖章之日起生效。
P:甲方：福步鞋垫制品（晋江）有限公司（盖章）
P:乙方：泉州恒控自动化工程有限公司（盖章）
"""

SRC["z03"] = """连锁开锁服务预约及会员管理SaaS服务合同

合同编号：AJ-IT-2026-006
甲方：安居快锁（合肥）连锁服务有限公司
乙方：合肥云钥网络科技有限公司

甲方在安徽省内经营45家开锁换锁服务门店，为统一接单、派单和会员管理，采购乙方的预约及会员管理SaaS服务及实施服务。双方经协商一致，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方为甲方45家门店开通预约派单及会员管理SaaS服务，功能包括：微信小程序及电话预约、师傅派单与轨迹、上门开锁身份核验记录、换锁及配钥订单、会员储值与积分、门店经营报表。
2. 开锁作业必须记录客户身份证件核验及房屋、车辆权属核验结果，系统应按公安机关特种行业管理要求保存作业记录，并支持向辖区派出所报备。
3. 系统应支持门店、区域和总部三级管理权限，总部可查看全部门店的订单、收入、会员及师傅绩效数据。
（二）实施服务
1. 乙方负责系统配置、45家门店及师傅账号开通、小程序上线、原有会员数据迁移和与甲方财务系统的对接。
2. 乙方为门店店长及师傅提供培训，每家门店至少一次现场或远程培训。
3. 乙方应提供门店上线指导手册和师傅端操作视频，并在首批五家门店试点成功后分批推广。
（三）第三方通道
1. 短信通知、电子发票和在线支付通道由乙方对接第三方服务商提供，通道费用按实际发生额由甲方直接与服务商结算，不计入合同总价。
2. 乙方应支持甲方在系统中设置门店服务价目表、上门费和夜间加价规则，并对价格调整保留操作日志。

二、服务期限
（一）服务期为两个服务年度，自上线验收合格之日起计算，每个服务年度自该日或其周年对应日起算。
（二）服务期内，乙方免费提供系统的版本升级和功能优化，不另收费。
（三）服务期届满前三十日内，任何一方未书面提出不再续订的，本合同自动续展一个服务年度，可多次续展。续展期间的订阅费由乙方根据其当年的价格政策确定，上浮幅度不超过上一服务年度的20%，甲方不同意的，应在续展生效前书面通知乙方不再续订。

三、费用及支付
（一）合同总价为人民币叁拾肆万贰仟元整（¥342,000），其中：
1. 订阅费：每家门店每服务年度3,200元，45家门店每服务年度144,000元，两个服务年度合计288,000元；
2. 实施费：46,000元（含配置、数据迁移、财务系统对接）；
3. 培训费：8,000元。
（二）实施费和培训费在上线验收合格后十五个工作日内一次性支付。
（三）各服务年度的订阅费在该服务年度开始后二十日内支付。
（四）乙方收款前应开具增值税发票。门店数量增加的，新增门店按同一单价按月折算计费。
（五）服务期内订阅单价不作调整。门店关闭的，自关闭次月起停止计收该门店订阅费，已付部分按月退还或抵扣。

四、上线与验收
（一）乙方应在合同签订后四十日内完成实施并申请上线验收。
（二）验收标准：全部门店和师傅账号可正常使用；预约、派单、身份核验记录、会员储值和报表功能按附件功能清单测试通过；历史会员数据迁移后余额、积分逐户核对无差错；连续十日试运行无一级故障。
（三）验收由甲方组织，合格后双方签署上线验收单。试运行期间甲方使用系统办理业务，不视为验收合格。
（四）甲方应指定项目负责人，及时提供门店信息、会员数据和财务系统接口文档，并组织门店人员参加培训。因甲方原因导致上线延误的，乙方实施期限相应顺延。
（五）上线验收前乙方应完成系统安全漏洞扫描并提交报告，高危漏洞应全部修复。

五、服务水平
（一）乙方保证系统月度可用率不低于99.95%，计划内维护应安排在每日零时至六时之间并提前通知甲方。
（二）一级故障（全部门店无法接单或派单）30分钟内响应，3小时内恢复；二级故障2小时内响应，1个工作日内解决。
（三）服务中断期间，乙方应尽力恢复服务并向甲方说明原因，但乙方不因服务中断或未达到上述服务水平而承担扣减费用、服务抵扣或赔偿责任。
（四）乙方提供工作日9:00至21:00的在线客服和电话支持，门店师傅可通过小程序提交问题工单，乙方应在工单中记录处理过程。
（五）乙方每月向甲方提供服务报告，列明可用率、故障次数及处理时间、工单数量。
（六）门店因网络中断无法使用系统的，乙方应提供离线登记方式，网络恢复后由系统自动补录订单和作业记录。

六、数据归属与数据安全
（一）甲方客户信息、会员信息、订单记录、作业核验记录及门店经营数据均归甲方所有。乙方仅为提供本合同服务而处理上述数据，不得用于其他目的，不得向第三方提供。
（二）乙方应将数据存储于中国境内，落实网络安全等级保护三级要求，对身份证件号码、手机号等个人信息加密存储，并对乙方员工访问进行权限控制和日志审计。
（三）发生数据泄露、篡改或丢失的，乙方应在24小时内通知甲方并采取补救措施；因乙方原因造成的，乙方承担甲方全部损失，包括向客户承担的赔偿及行政处罚。
（四）服务终止后三十日内，乙方应按甲方要求将全部数据以通用格式交还甲方，并在甲方确认后删除，出具删除证明。
（五）乙方不得利用甲方客户信息向客户推送乙方或第三方的广告、营销信息。开锁作业记录按公安机关要求的保存期限届满后，乙方应按甲方指令删除。

七、保密
（一）双方对履行本合同过程中获悉的对方商业秘密和经营信息负有保密义务，未经对方书面同意不得披露。本条在合同终止后三年内继续有效。

八、知识产权
（一）SaaS平台及其底层软件的知识产权归乙方所有。
（二）乙方为甲方定制的小程序页面、报表模板、财务系统接口程序归甲方所有，甲方可自行使用、修改或交由第三方维护。
（三）乙方保证其提供的服务和软件不侵犯任何第三方的知识产权，因此产生的纠纷由乙方负责处理并承担费用。

九、违约责任
（一）乙方未按期完成上线验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金，累计不超过合同总价的10%。
（二）甲方逾期支付费用的，每逾期一日按应付未付金额的万分之三支付违约金。
（三）乙方违反第六条约定的，应赔偿甲方全部损失，甲方并有权解除合同。

十、分包
（一）乙方不得将本合同项下服务转包；确需将部分实施工作分包的，须事先取得甲方书面同意。

十一、合同解除
（一）一方严重违约，经另一方书面通知后十五日内仍未纠正的，守约方有权书面通知解除本合同，并要求违约方赔偿损失。
（二）因乙方原因解除合同的，乙方应退还未履行服务期间的订阅费。
（三）服务期届满或合同解除的，乙方应配合甲方将业务平稳迁移至甲方指定的系统，迁移配合期不少于三十日，期间服务照常提供。

十二、法律适用与争议解决
（一）本合同适用中华人民共和国法律。
（二）因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院起诉。

十三、其他
（一）本合同附件《功能清单》《门店清单》与本合同具有同等效力。
（二）本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：安居快锁（合肥）连锁服务有限公司
乙方（盖章）：合肥云钥网络科技有限公司
"""

SRC["z04"] = """劳动人事争议仲裁院案件管理系统年度运维服务合同

项目编号：HZLDZC-2026-YW-04
采购方式：竞争性磋商
甲方（采购人）：河州市劳动人事争议仲裁院
乙方（成交供应商）：河州数智信息服务有限公司

根据竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就劳动仲裁案件管理系统年度运维服务达成如下协议。

1. 服务范围
1.1 运维对象为甲方劳动人事争议仲裁案件管理系统，包括网上立案、案件审批、庭审排期、电子送达、仲裁文书生成、调解组织对接、统计报表等子系统，以及与人社一体化平台、法院诉讼服务平台之间的数据接口。
1.2 服务内容包括：日常巡检与监控；故障处理；数据库维护与备份恢复演练；操作系统及中间件补丁管理；配合等级保护测评及整改；年度报表口径调整等小型功能优化（全年合计不超过六十人日）；业务人员操作支持。
1.3 乙方派驻两名运维工程师在甲方现场工作，工作日8:30至17:30在岗，其余时间提供电话值守和远程支持。驻场人员应具有相关岗位资格，更换须提前十日经甲方同意。
1.4 乙方应建立运维管理制度，包括值班制度、变更管理、配置管理和应急预案，并在服务期开始后十五日内报甲方备案。
1.5 重大节假日、集中开庭期和系统升级期间，乙方应安排专人现场保障，保障方案提前五个工作日报甲方。
1.6 乙方应协助甲方开展信息系统安全管理工作，对漏洞扫描发现的问题提出整改建议，经甲方批准后实施，实施前应做好备份。

2. 服务期限
2.1 服务期自2026年3月1日起至2027年2月28日止。
2.2 服务期满本合同终止，不自动续期。甲方需要继续采购的，依法重新组织采购。
2.3 服务期内，因甲方采购新的服务器或升级系统软件，乙方应配合完成迁移部署，不另行收费。

3. 服务费用及支付
3.1 本合同总价为人民币肆拾捌万陆仟元整（¥486,000），为固定总价，包含人员、工具、差旅及税费。
3.2 服务费按季度支付，每季度121,500元。每季度结束后，甲方按第6条进行季度考核，考核合格后十五个工作日内支付当季服务费；本合同不设预付款。
3.3 季度考核扣减的款项，从当季服务费中扣除。
3.4 乙方收款前应开具增值税普通发票。甲方付款按财政国库集中支付程序办理，因财政审批造成的短期延迟不视为甲方违约。

4. 服务水平
4.1 系统月度可用率不低于99.95%。计划内维护须提前三个工作日报甲方批准，并安排在非工作时间。
4.2 一级故障（系统整体不可用、网上立案或电子送达中断）：15分钟内响应，1小时内到场，3小时内恢复。二级故障（单一子系统或接口异常）：30分钟内响应，8小时内解决。三级故障（一般功能缺陷或咨询）：当日响应，五个工作日内解决。
4.3 一级故障响应、到场或恢复超时的，每超时一小时扣减服务费800元；月度可用率每低于约定值0.01个百分点扣减1,000元；同一季度发生两次以上一级故障的，另扣减当季服务费的5%。
4.4 乙方每月5日前提交上月运维报告，内容包括故障清单、处理时长、可用率统计、备份情况和安全事件。
4.5 乙方每年至少组织两次应急演练，包括数据库故障切换和数据恢复，演练结果书面报告甲方。
4.6 每季度末，乙方应向甲方提交季度服务总结，分析故障原因，提出系统优化和硬件扩容建议。

5. 服务交接
5.1 乙方应在服务期开始后十日内完成与原运维单位的交接，包括账号权限、运维文档、备份介质和未结问题清单，并形成交接记录。
5.2 乙方未按期完成交接的，每逾期一日按合同总价的千分之一向甲方支付违约金。
5.3 服务期满或合同解除时，乙方应在十日内将运维文档、账号、配置台账及未结问题清单移交甲方或甲方指定的后续服务单位，并配合完成交接，不得以任何理由拖延。

6. 考核与验收
6.1 季度考核标准：可用率、故障响应及恢复时限达到第4条约定；巡检和备份按计划执行并有记录；当季无因乙方原因导致的数据丢失或安全事件；运维报告按时提交。考核由甲方信息科组织，形成书面考核表。
6.2 服务期末验收标准：全年考核均合格；完成一次完整的数据备份恢复演练并通过甲方检查；运维文档、配置台账、脚本全部更新并移交甲方；配合完成年度等级保护测评。甲方签署期末验收单后，视为本合同履行完毕。
6.3 考核不合格的，乙方应在十日内整改；连续两个季度不合格的，甲方有权解除合同。
6.4 甲方可委托第三方对乙方运维服务质量进行评估，乙方应予以配合并提供必要资料。
6.5 季度考核结果作为甲方对乙方履约评价的依据。
6.6 期末验收合格后，甲方在十个工作日内向乙方出具履约验收书。

7. 数据安全
7.1 案件数据、当事人个人信息、仲裁文书及系统日志均属于甲方，乙方仅为提供运维服务而接触，不得复制、留存或用于其他任何目的。
7.2 乙方人员只能通过甲方堡垒机访问系统，使用实名账号，操作全程审计；不得使用移动存储介质拷贝数据；对外提供数据须经甲方书面批准。
7.3 发生数据泄露、篡改、丢失或其他安全事件的，乙方应立即处置并在1小时内报告甲方；因乙方原因造成的，乙方承担全部赔偿责任，并配合甲方向主管部门报告。
7.4 乙方应在服务期满时删除或销毁其因履行运维服务可能接触到的任何数据副本，并出具书面说明。驻场人员离场前，应交回门禁卡、账号及设备。

8. 保密
8.1 乙方及其人员对履行本合同过程中接触的案件信息、当事人信息及甲方工作秘密负有保密义务，驻场人员须签署保密承诺书。保密义务不因合同终止而解除。
8.2 乙方应对驻场人员进行保密和安全教育，并每半年向甲方提交培训记录。

9. 知识产权
9.1 乙方在服务期间编写的运维文档、巡检脚本、优化程序及报表模板归甲方所有，甲方可自行使用和修改。
9.2 乙方保证其使用的工具软件来源合法，不侵犯第三方知识产权。
9.3 小型功能优化所形成的程序代码，乙方应在完成后五个工作日内提交源代码及说明文档。

10. 转包与分包
10.1 乙方不得转包或分包本合同项下任何服务。

11. 违约与解除
11.1 乙方严重违约或发生第6.3款情形的，甲方可书面通知解除合同，乙方应赔偿甲方因此产生的损失，包括重新采购的费用。
11.2 因乙方原因导致甲方数据泄露或系统长时间中断、影响仲裁案件审理的，甲方有权解除合同。
11.3 甲方逾期付款的，按照政府采购相关规定处理。
11.4 乙方违反第7条、第8条约定的，除赔偿损失外，还应按合同总价的5%向甲方支付违约金。

12. 法律适用与争议解决
12.1 本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，向甲方所在地人民法院起诉。

13. 其他
13.1 磋商文件、响应文件及成交通知书为本合同组成部分。
13.2 本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。
13.3 双方往来通知以书面形式送达合同首部所列地址；驻场工程师名单、联系方式及值班表作为本合同附件。

甲方（盖章）：河州市劳动人事争议仲裁院
乙方（盖章）：河州数智信息服务有限公司
"""

SRC["z05"] = """# 精追生产追溯系统软件许可及定制开发合同

（精追软件标准合同文本 V3.0）

合同编号：JZ-HT-2026-0412

甲方（采购方）：宁波金环文具制品有限公司

乙方（供应方）：杭州精追软件有限公司

甲方主营回形针、长尾夹等金属文具，为实现绕线成型机和包装线的生产追溯，向乙方采购精追生产追溯系统软件许可及定制开发服务。双方本着平等互利原则签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供精追生产追溯系统标准版软件许可（永久许可，三十个并发用户）。

1.2 乙方根据甲方需求进行定制开发：绕线成型机计数及模具寿命数据采集；包装线扫码装盒、装箱和托盘关联；批次追溯查询；车间看板及日报、月报。

1.3 乙方负责系统部署、基础数据初始化和用户培训。

1.4 乙方交付物包括：软件安装介质、用户手册、管理员手册和培训资料。定制开发部分以双方确认的需求规格说明书为准，需求确认后甲方提出的变更，乙方另行报价。

1.5 软件运行所需的服务器、数据库、操作系统、扫码枪、工业平板等软硬件由甲方自行采购，不包含在本合同价款内。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 精追生产追溯系统标准版软件许可 | 620,000 |
| 2 | 定制开发（设备采集、扫码关联、追溯查询、看板报表） | 348,000 |
| 3 | 部署实施 | 86,000 |
| 4 | 培训 | 16,000 |
| | 合计 | 1,070,000 |

合同总价为人民币壹佰零柒万元整（¥1,070,000）。

上述价格不含服务器等硬件费用，也不含第七条约定的年度技术服务费。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，即695,500元。乙方收到该款项后启动项目。

3.2 系统上线运行后十个工作日内，甲方支付合同总价的35%，即374,500元。

3.3 甲方逾期付款的，每逾期一日，按逾期金额的千分之一向乙方支付违约金。

3.4 乙方在收到每笔款项前向甲方开具增值税专用发票。

## 第四条 实施与交付

4.1 乙方在收到首期款后一百二十日内完成开发和部署，具体计划以双方确认的实施计划为准。

4.2 甲方应按乙方要求提供设备通讯协议、网络环境、服务器及基础数据。因甲方原因造成的延误，实施期限相应顺延。

4.3 乙方逾期交付的，应积极采取措施尽快完成交付。

4.4 甲方应指定项目联系人，负责协调车间、设备和信息部门，并在乙方提出需求后三个工作日内答复。甲方未及时配合的，乙方有权暂停实施，由此造成的延误及费用由甲方承担。

4.5 设备数据采集依赖设备厂家开放通讯协议。因设备型号老旧或厂家不提供协议而无法采集的，乙方可采用人工录入或扫码方式替代，不视为乙方违约。

4.6 系统部署完成后，乙方对甲方管理员和车间班组长进行培训，培训时间不超过三日，超出部分按每人日2,500元另行计费。

## 第五条 验收

5.1 系统部署完成后进入上线运行，系统上线运行即视为甲方验收合格。

5.2 甲方在上线后对系统提出的修改意见，乙方在免费维护期内酌情处理。

5.3 甲方在上线后七日内未提出书面异议的，亦视为对系统功能的确认。

## 第六条 免费维护

6.1 乙方自系统上线之日起提供六个月免费维护，包括缺陷修复和远程技术支持。

6.2 一级故障（系统无法登录或追溯数据无法写入）乙方在8小时内响应，二级故障在2个工作日内响应，一般问题在5个工作日内答复。

6.3 乙方响应超时的，每次按200元向甲方支付服务扣款。

6.4 免费维护不包括：因甲方操作不当、擅自修改系统、服务器或网络故障、病毒攻击及第三方软件造成的问题；需求变更及新增功能。乙方可应甲方要求提供上述服务，费用另计。

6.5 乙方通过电话、电子邮件和远程协助方式提供技术支持，工作时间为工作日9:00至17:30。需要乙方工程师到现场处理的，差旅费由甲方承担。

## 第七条 年度服务

7.1 免费维护期满后，甲方应向乙方购买年度技术服务，年度技术服务费为软件许可费的32%，即每年198,400元。

7.2 年度技术服务包括版本升级、远程支持和每年两次现场巡检。甲方未购买年度技术服务的，乙方不再提供任何升级及故障处理。

7.3 年度技术服务费应于每个服务年度开始前一次性支付。甲方逾期支付的，乙方有权暂停服务。

7.4 甲方新增用户数或新增生产线的，应按乙方报价另行购买许可。

## 第八条 知识产权

8.1 精追生产追溯系统及本合同项下定制开发的全部程序、采集模块、接口、报表及相关文档的知识产权均归乙方所有。

8.2 甲方在本合同约定范围内享有非独占、不可转让的使用权，不得对软件进行修改、反向工程或提供给第三方使用。乙方不向甲方提供源代码。

8.3 甲方不得将软件用于本合同约定工厂以外的其他工厂或关联企业。

## 第九条 数据

9.1 甲方在系统中录入和产生的生产数据归甲方所有。

9.2 乙方应采取访问控制、数据加密和定期备份措施保护甲方数据安全；因乙方原因造成数据泄露或丢失的，乙方应及时通知甲方并承担相应赔偿责任。

9.3 甲方同意，乙方可将系统运行中产生的生产数据进行脱敏处理后，用于产品改进、算法训练及行业分析报告。

9.4 甲方应自行做好服务器和数据库的日常备份。因甲方未备份造成的数据损失，乙方不承担责任。

## 第十条 保密

10.1 双方对在合作中获知的对方商业秘密负有保密义务，未经对方书面同意不得向第三方披露，保密期限为合同终止后两年。

10.2 乙方可在其宣传材料和客户名单中使用甲方名称和标识，以及本项目的实施案例。

## 第十一条 责任限制

11.1 任何一方违约的，应承担相应的违约责任。

11.2 乙方在本合同项下承担的全部赔偿责任总额，不超过合同总价的50%。乙方不承担甲方的间接损失、利润损失及停产损失。

11.3 因甲方提供的资料、环境或设备问题导致的损失，乙方不承担责任。

## 第十二条 合同解除

12.1 一方严重违约，经守约方书面通知后三十日内仍未改正的，守约方可以解除本合同。

12.2 因不可抗力导致不能履行合同的，遇不可抗力的一方应及时通知对方，并在十五日内提供证明，根据不可抗力的影响部分或全部免除责任。

12.3 甲方未按约定付款超过三十日的，乙方有权解除合同，已收取的款项不予退还。

## 第十三条 争议解决

13.1 因本合同引起的争议，双方应友好协商；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

13.2 诉讼期间，除争议事项外，双方应继续履行本合同其他条款。

## 第十四条 其他

14.1 本合同自双方盖章之日起生效，一式两份，双方各执一份。

14.2 本合同为乙方标准合同文本，双方的补充约定以书面补充协议为准。

14.3 双方往来通知以电子邮件或书面形式送达合同约定的联系人。任何一方变更联系方式的，应提前三日通知对方。

14.4 本合同附件包括：需求规格说明书、实施计划、培训计划。附件与本合同具有同等效力。

甲方（盖章）：宁波金环文具制品有限公司

乙方（盖章）：杭州精追软件有限公司
"""

SRC["e01"] = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. VLS-CN-2026-014
P:This Software Licence and Services Agreement is made between Shanghai Jinhe Cocoa Processing Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Shanghai (the "Buyer"), and Volta Ledger Systems Limited, a company incorporated in the Republic of Ghana with its principal office at Hohoe, Volta Region (the "Vendor").
P:The Buyer sources cocoa beans from licensed buying companies in Ghana and wishes to trace each lot from farm-gate purchase to shipment. The Vendor has developed the CocoaTrace traceability software and agrees to license it and to deliver the related services on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the CocoaTrace traceability software in object code, version 5, including the mobile collection application and the web console.
P:1.2 "Custom Deliverables" means the configuration, interfaces, reports, data-conversion scripts and documents prepared by the Vendor specifically for the Buyer under this Agreement, including their source code.
P:1.3 "Buyer Data" means all data entered into, uploaded to or generated by the Software in the Buyer's use, including farmer, lot, warehouse, grading and shipment records.
P:1.4 "Final Acceptance" means the Buyer's written confirmation under Article 5.3.
H:Article 2 Scope
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, irrevocable licence to install and use the Software for sixty named users and an unlimited number of field devices, for the Buyer's and its affiliates' internal business.
P:2.2 The Vendor shall configure the Software, build interfaces to the Buyer's ERP and warehouse systems, convert the existing spreadsheet records for the last three crop seasons, train the Buyer's staff and support the Software as set out in this Agreement.
P:2.3 The Software will be installed on servers operated by the Buyer in Shanghai. The Vendor shall perform installation remotely through access granted by the Buyer and, where agreed, on site.
P:2.4 Training shall consist of four days of on-site training in Shanghai for up to 20 key users and two remote sessions for field supervisors in Ghana, with training materials in English and Chinese. The Vendor shall provide a named project manager for the whole implementation, who shall not be replaced without the Buyer's consent, and shall send weekly written progress reports.
H:Article 3 Price
P:3.1 The total contract price is CNY 1,124,000, inclusive of all taxes, travel and expenses, made up as follows: Licence Fee CNY 780,000; configuration and integration CNY 264,000; data conversion CNY 58,000; training CNY 22,000.
P:3.2 The price is fixed. No additional charge applies for the scope described in Article 2.
H:Article 4 Payment
P:4.1 The Buyer shall pay 20% of the contract price within 20 days after signature, against the Vendor's invoice and an advance-payment guarantee of the same amount.
P:4.2 The Buyer shall pay 45% of the contract price within 20 days after the Installation Certificate under Article 5.1. The Installation Certificate confirms installation only and is not acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the contract price within 20 days after Final Acceptance.
P:4.4 Payments are made in CNY by bank transfer to the Vendor's account stated in its invoice.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall install the Software within 30 days after signature and issue an Installation Certificate countersigned by the Buyer.
P:5.2 Acceptance tests shall show that: every function in Annex 1 works as specified; lots can be traced from farm-gate purchase to container in under three seconds for a sample of 200 lots chosen by the Buyer; the ERP and warehouse interfaces exchange data without loss over ten consecutive working days; converted records reconcile with the source spreadsheets line by line; and no Severity 1 or Severity 2 defect remains open.
P:5.3 When the tests are passed, the Buyer shall sign a Final Acceptance certificate within ten working days. Use of the Software in production, payment or the Installation Certificate does not amount to acceptance. If a test fails, the Vendor shall correct the defect and repeat the test at its own cost.
P:5.4 The Vendor shall reach Final Acceptance within 120 days after signature, unless the Buyer causes the delay.
P:5.5 With Final Acceptance the Vendor shall deliver the administrator manual, user manual, interface specifications, the data reconciliation report and the source code of the Custom Deliverables, in English, with a Chinese translation of the user manual.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform in accordance with their specifications for 24 months after Final Acceptance. During this period the Vendor shall correct defects, provide new releases and give remote support free of charge.
P:6.2 Support levels: for a Severity 1 defect (the Software is unavailable or lot records cannot be saved) the Vendor shall respond within one hour and provide a workaround within eight hours; for Severity 2 it shall respond within three hours and fix the defect within three working days; for Severity 3 it shall fix the defect in the next release.
P:6.3 If the Vendor misses a Severity 1 response or workaround time, it shall pay the Buyer CNY 800 for each hour of delay, which the Buyer may deduct from any amount due.
P:6.4 After the warranty, the Vendor shall offer annual support at 9% of the Licence Fee per year (CNY 70,200), fixed for the first three years after the warranty. Support is ordered by the Buyer year by year and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Software remains the property of the Vendor and its licensors.
P:7.2 The Custom Deliverables belong to the Buyer from their creation. The Vendor shall hand over their source code with Final Acceptance. The Buyer may use, modify and license them freely, also through third parties.
P:7.3 The Vendor shall defend the Buyer against any claim that the Software or the Custom Deliverables infringe a third party's rights and shall bear all costs and damages resulting from such a claim.
H:Article 8 Buyer Data and Data Security
P:8.1 Buyer Data belongs to the Buyer. The Vendor may access it only to perform this Agreement and may not use, copy, disclose or analyse it for any other purpose, including in aggregated or anonymised form.
P:8.2 The Vendor shall access the Buyer's servers only through the Buyer's VPN with multi-factor authentication, with prior approval for each session, and shall not copy Buyer Data to its own systems in Ghana or elsewhere. The Vendor shall comply with the Buyer's security policies and with the PRC Personal Information Protection Law and Data Security Law to the extent they apply to its work.
P:8.3 If the Vendor becomes aware of any unauthorised access to, loss of or disclosure of Buyer Data, it shall notify the Buyer within 12 hours, cooperate in the investigation and remedy, and compensate the Buyer for all losses caused by the Vendor's breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party under this Agreement, use it only for this Agreement and not disclose it to any third party without the other party's prior written consent. This obligation survives for five years after the end of this Agreement.
H:Article 10 Delay Damages and Liability
P:10.1 If the Vendor fails to achieve Final Acceptance by the date in Article 5.4 for reasons attributable to it, it shall pay delay damages of 0.1% of the contract price for each day of delay, up to 10% of the contract price.
P:10.2 Each party's total liability under this Agreement is limited to 150% of the contract price. The limit does not apply to personal injury, fraud, wilful misconduct, infringement claims under Article 7.3 or breach of Articles 8 and 9.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of its obligations without the Buyer's prior written consent. The Vendor remains responsible for the acts of any approved subcontractor.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving written notice of the breach.
P:12.2 The Buyer may also terminate if the delay damages under Article 10.1 reach their maximum. On termination by the Buyer, the Vendor shall refund the amounts paid for services not accepted.
P:12.3 The licence granted in Article 2.1 survives any termination after Final Acceptance.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the Republic of Ghana.
P:13.2 Any dispute arising out of this Agreement shall first be discussed between senior managers of the parties. If it is not settled within 30 days, it shall be finally resolved by arbitration under the rules of the Ghana Arbitration Centre, seated in Accra and conducted in English.
H:Article 14 General
P:14.1 This Agreement, with Annex 1 (Functional Specification) and Annex 2 (Implementation Plan), is the entire agreement between the parties. Amendments must be in writing and signed by both parties.
P:14.2 Notices shall be given in writing to the addresses above, with a copy by e-mail. This Agreement is signed in two originals in English, one for each party.
P:14.3 If any provision of this Agreement is held invalid, the remaining provisions remain in force.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""

SRC["e02"] = """# ORDER FORM AND GENERAL TERMS: LEARNING PLATFORM SUBSCRIPTION

Order Form No. NCW-OF-2026-088

## PART A - ORDER FORM

### A1 Parties

Provider: Nkawkaw Cloudworks Limited, a company incorporated in Ghana with its head office at Nkawkaw, Eastern Region ("Provider").

Customer: Hunan Lixiang Road and Bridge Engineering Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Changsha ("Customer").

### A2 Service

Provider will make available its LearnPath online learning platform (the "Service") to Customer's employees and contractors in China and at its project offices in West Africa, for up to 1,800 active learners, with the Content Authoring add-on, single sign-on with Customer's identity system and bilingual (Chinese and English) user interfaces.

The Service includes course authoring, assignment of mandatory safety and compliance courses by project and role, mobile access with offline downloads for project camps with limited connectivity, examinations with question banks, certificates with expiry reminders, and reports for managers by site, department and course.

### A3 Subscription Term

The Subscription Term is two Subscription Years starting on the date of Go-Live Acceptance under A5. The Order Form does not renew automatically; any extension requires a new Order Form signed by both parties.

### A4 Fees

| Item | Basis | Fee (CNY) |
|---|---|---|
| Platform subscription, up to 1,800 active learners | per Subscription Year | 186,000 |
| Content Authoring add-on | per Subscription Year | 42,000 |
| Annual fees, two Subscription Years | 2 x 228,000 | 456,000 |
| Onboarding, SSO integration and content migration | one-time | 36,000 |
| Total Contract Value | | 492,000 |

Fees are in CNY and include VAT. The annual fees are invoiced at the start of each Subscription Year and are payable within 30 days of invoice. The onboarding fee is invoiced after Go-Live Acceptance and payable within 30 days. Additional learners above 1,800 are charged at CNY 110 per learner per Subscription Year, pro rata; such charges are not part of the Total Contract Value.

### A5 Onboarding and Go-Live Acceptance

Provider will complete onboarding within 45 days after signature: tenant set-up, SSO integration, migration of 320 existing courses and learner histories, and administrator training. Go-Live Acceptance tests will show that all learners can sign on through SSO, that migrated courses, scores and certificates match the source records, that bilingual interfaces work on desktop and mobile, and that a load test with 600 concurrent learners gives page responses under three seconds. Customer will sign a Go-Live Acceptance certificate within five working days after successful tests. Use of the Service during onboarding is not acceptance. If onboarding is late for reasons attributable to Provider, Provider shall pay CNY 600 for each day of delay.

### A6 Order of Precedence

This Order Form and the General Terms in Part B form one agreement. If they conflict, Part A prevails.

Purchase order terms issued by Customer do not vary this agreement. Each party signs this Order Form by its authorised representative and confirms that it has read Part B.

## PART B - GENERAL TERMS

### 1. Service Levels

1.1 Provider will make the Service available at least 99.95% of each calendar month, excluding scheduled maintenance announced at least 72 hours in advance and performed between 22:00 and 06:00 China Standard Time.

1.2 Severity 1 incidents (the Service is unavailable or learners cannot sign on) will be responded to within 30 minutes and restored within six hours, at any time of day. Severity 2 incidents will be responded to within two hours during business days.

1.3 If monthly availability falls below the commitment in 1.1, Customer will receive a service credit of 5% of the monthly share of the annual fees for each 0.1 percentage point, or part, below the commitment, up to half of that monthly share. Credits are applied to the next invoice or refunded at the end of the term.

### 2. Customer Data

2.1 All content, learner records, scores and certificates uploaded to or generated in the Service ("Customer Data") belong to Customer. Provider will process Customer Data only to provide the Service under this agreement and will not use it for any other purpose, including analytics for other clients or product training.

2.2 Provider will host Customer Data for learners in China in a data centre located in mainland China, encrypt it in transit and at rest, limit staff access to named support engineers with multi-factor authentication and keep access logs for at least 180 days.

2.3 Provider will notify Customer of any security incident affecting Customer Data within 24 hours, take all reasonable steps to contain it and be responsible for losses caused by its breach of this Section 2.

2.4 Within 30 days after the end of the Subscription Term, Provider will return Customer Data in a standard format and then delete it, confirming the deletion in writing.

### 3. Intellectual Property

3.1 Provider retains all rights in the Service and its underlying software.

3.2 Courses, templates, configurations and reports created by or for Customer belong to Customer, which may use, modify, copy and license them freely, also outside the Service.

### 4. Confidentiality

Each party will keep the other party's non-public information confidential, use it only for this agreement and disclose it only to employees and advisers who need to know it and are bound by similar obligations. This Section survives for three years after the end of the agreement.

### 5. Subcontractors

Provider may engage subcontractors and subprocessors, including hosting and support providers, to perform any part of the Service, by giving Customer written notice of each new subcontractor. Provider remains responsible for the work of its subcontractors.

### 6. Limitation of Liability

6.1 Neither party is liable for indirect or consequential losses, loss of profit or loss of goodwill.

6.2 Provider's total liability arising out of or in connection with this agreement is limited to the fees paid by Customer in the six months preceding the event giving rise to the claim.

6.3 The limits in 6.1 and 6.2 do not apply to personal injury caused by negligence or to fraud.

### 7. Term and Termination

7.1 This agreement starts on signature and ends at the end of the Subscription Term.

7.2 Either party may terminate this agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice. If Customer terminates for Provider's breach, Provider will refund the prepaid fees for the remaining part of the Subscription Year.

### 8. Governing Law and Disputes

This agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai, in English and Chinese.

### 9. General

9.1 Neither party may assign this agreement without the other party's written consent, except to an affiliate succeeding to its business.

9.2 Notices must be in writing and sent to the addresses in A1 with a copy by e-mail.

9.3 This agreement is signed in English and Chinese; both versions have equal force.

### 10. Support

10.1 Provider will provide a support desk in English and Chinese by e-mail, web portal and telephone from 08:00 to 20:00 China Standard Time on business days, and a 24-hour hotline for Severity 1 incidents. Customer may name up to ten administrators who may raise tickets.

10.2 Provider will assign a customer success manager who will hold a quarterly review with Customer covering usage, incidents, service credits, open tickets and planned releases, and will send a monthly availability report.

10.3 Provider will give Customer at least 30 days' notice of any change that materially reduces the functions of the Service. Provider will not reduce the security measures in Section 2 during the Subscription Term.

### 11. Customer Responsibilities

11.1 Customer is responsible for the accuracy of the content it uploads, for managing learner accounts and for keeping administrator credentials secure.

11.2 Customer will not use the Service to upload unlawful content, attempt to break its security or resell access to third parties. If Customer's use puts the Service at risk, Provider may suspend the affected accounts after notice and will restore them as soon as the risk is removed.

### 12. Warranties

12.1 Provider warrants that the Service will perform materially in accordance with its documentation and this Order Form, that it holds all rights needed to provide the Service, and that it will not introduce malicious code into the Service.

12.2 Provider will defend Customer against any claim that the Service infringes a third party's intellectual property rights and pay any damages awarded, provided Customer notifies Provider promptly and gives reasonable cooperation.

### 13. Force Majeure

Neither party is liable for delay caused by events beyond its reasonable control, such as natural disasters, war or government action, provided it notifies the other party promptly and takes reasonable steps to limit the effect. Fees are not payable for any period during which the Service is unavailable for such a reason.

Signed for Provider: ____________________

Signed for Customer: ____________________
"""

SRC["e03"] = """T:SUPPLY AND LICENCE CONTRACT FOR GRAIN DEPOT MONITORING SENSORS
P:Contract No. HNGR-2026-IOT-009
P:Buyer: Henan Zhongyuan Grain Reserve Logistics Co., Ltd., Zhengzhou, People's Republic of China (the "Buyer").
P:Supplier: Dagbon Sensing Technologies Limited, Yendi, Northern Region, Ghana (the "Supplier").
P:The Buyer operates grain depots in Henan Province and wishes to monitor grain temperature, humidity and fumigation gas in its storage bins. The Supplier manufactures wireless grain-probe sensors and a monitoring software platform. This Contract is on the Buyer's standard terms for equipment and software purchases.
H:1. Definitions and Scope
P:1.1 "Equipment" means the probes, gateways and gas sensors listed in Clause 2; "Software" means the GrainWatch monitoring software licensed under this Contract; "Deliverables" means the Equipment, the Software and all services, documents and interfaces supplied under this Contract.
P:1.2 The Supplier shall supply the Equipment, license the Software, install and commission the system in the Buyer's 24 depots, integrate it with the Buyer's warehouse management system (WMS), train the Buyer's staff and provide warranty and support services.
P:1.3 All Deliverables shall comply with the Technical Specification in Annex 1 and with applicable PRC standards for grain storage monitoring and radio equipment.
P:1.4 The Supplier confirms that it has examined the Technical Specification and the depot list, that the Deliverables are fit for monitoring grain in the Buyer's bins, and that the Contract Price covers everything needed for that purpose, including mounting materials, cables, batteries for the first five years of operation and SIM cards.
H:2. Price
P:2.1 The Contract Price is CNY 874,000, fixed and inclusive of taxes, duties, freight to each depot, insurance, installation and training, as itemised below.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity probe|480|620|297,600
TB:2|LoRa gateway with 4G backhaul|24|5,400|129,600
TB:3|Phosphine gas sensor|60|2,150|129,000
TB:4|GrainWatch monitoring software licence (perpetual, all depots)|1|186,000|186,000
TB:|Hardware and Licence Subtotal|||742,200
TB:5|Installation and commissioning|1|68,400|68,400
TB:6|WMS integration|1|54,000|54,000
TB:7|Training|1|9,400|9,400
TB:|Contract Price|||874,000
H:3. Payment
P:3.1 Advance payment: 10% of the Contract Price within 15 working days after signature, against an advance-payment bank guarantee of the same amount.
P:3.2 Delivery payment: 55% of the Contract Price within 20 working days after all Equipment is delivered and installed in every depot and the Buyer signs the installation record. The installation record is not acceptance.
P:3.3 Final payment: 35% of the Contract Price within 20 working days after Final Acceptance under Clause 5.
P:3.4 Each payment requires a valid VAT invoice. The Buyer may deduct from any payment amounts owed by the Supplier under this Contract.
P:3.5 The advance-payment guarantee is released when the delivery payment is made. The Supplier shall also provide a performance guarantee of 5% of the Contract Price, valid until Final Acceptance.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all Equipment to the depots within 60 days after signature and complete installation and commissioning within 100 days after signature.
P:4.2 Delivery is DDP to each depot. Risk passes to the Buyer on signature of the installation record for that depot; title passes on payment of the delivery payment.
P:4.3 The Supplier's staff shall follow the Buyer's depot safety rules, including the rules on work inside fumigated bins, and shall carry out no work in a bin without the depot manager's written permit.
P:4.4 The Supplier shall mark each probe with its bin and position number, register every device in the platform and hand over an as-built list per depot, with the gateway locations, radio coverage test results and SIM card numbers.
P:4.5 Training shall cover the operation of the platform, alarm handling, probe replacement, calibration checks and basic fault finding, for at least two staff from each depot and four staff from the Buyer's head office, with materials in Chinese.
H:5. Acceptance
P:5.1 After installation, the system runs for a 30-day trial period in all depots.
P:5.2 Final Acceptance requires that: every probe reports to the platform at least every 30 minutes with no more than 0.5 degrees Celsius deviation from a calibrated reference thermometer in a sample of 48 probes chosen by the Buyer; phosphine readings match a calibrated portable detector within the tolerance in Annex 1; alarms reach the depot manager's phone within two minutes in a test of every depot; WMS receives bin readings daily without loss for 20 consecutive days; and no Severity 1 fault occurs in the last 15 days of the trial.
P:5.3 The Buyer shall sign a Final Acceptance certificate within ten working days after the criteria are met. Installation, use of the system in the trial period, or any payment does not constitute acceptance. If a test fails, the Supplier shall remedy the failure and the test is repeated at the Supplier's cost.
H:6. Warranty and Support
P:6.1 The warranty period is 36 months from Final Acceptance. During the warranty the Supplier shall repair or replace defective Equipment free of charge, including freight, and correct Software defects.
P:6.2 Severity 1 faults (a depot or the platform stops reporting, or gas alarms fail) shall be responded to within 30 minutes and fixed within 24 hours. Severity 2 faults (a single probe or sensor fails) shall be fixed within five working days, using spare parts stocked in China.
P:6.3 For every hour by which the Supplier misses a Severity 1 response or fix time, it shall pay the Buyer CNY 500.
P:6.4 After the warranty, the Supplier shall provide annual support and parts replacement at no more than 6% of the Hardware and Licence Subtotal per year (CNY 44,532), fixed for the two years after the warranty. Support after the warranty is ordered in writing by the Buyer and does not renew automatically.
P:6.5 The Supplier shall keep in China a stock of spare probes, gateways and gas sensors of at least 3% of the installed quantities during the warranty and for the two years after it.
H:7. Intellectual Property
P:7.1 The Software and the firmware of the Equipment remain the property of the Supplier, which grants the Buyer a perpetual, irrevocable licence to use them.
P:7.2 The WMS interface, depot configurations, reports and all documents prepared for the Buyer belong to the Buyer, which may use, modify and license them freely. Source code of the WMS interface shall be delivered at Final Acceptance.
H:8. Data and Data Security
P:8.1 All readings, alarms, depot layouts and other data collected or generated by the system belong to the Buyer. The Supplier may use them only to perform this Contract and may not use them for any other purpose.
P:8.2 The platform shall be installed on the Buyer's servers in Zhengzhou. Remote access by the Supplier requires the Buyer's approval for each session and is made through the Buyer's VPN. The Supplier shall not copy Buyer data outside the Buyer's systems.
P:8.3 The Supplier shall notify the Buyer of any data security incident within 12 hours, assist in its remedy and compensate the Buyer for losses caused by the Supplier.
P:8.4 The gateways shall send data only to the Buyer's servers. The Supplier shall disable any function that sends data to the Supplier or to a third party and shall confirm in writing at delivery that no such function remains active.
H:9. Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party, in particular the Buyer's reserve quantities and depot locations, and shall not disclose it to any third party without prior written consent. This obligation lasts for five years after the end of this Contract.
H:10. Delay and Liability
P:10.1 For each day of delay in delivery or in achieving Final Acceptance, the Supplier shall pay delay damages of 0.08% of the Contract Price, up to 8% of the Contract Price.
P:10.2 The Supplier's total liability under this Contract is limited to 150% of the Contract Price, except for personal injury, wilful misconduct, and breach of Clauses 8 and 9.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract any part of this Contract without the Buyer's prior written consent and remains responsible for every approved subcontractor.
H:12. Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after notice, or if the delay damages reach their maximum.
P:12.2 On termination the Supplier shall refund the amounts paid for Deliverables not accepted, and the Buyer may keep and use the Equipment already paid for together with the Software licence.
H:13. Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Zhengzhou Arbitration Commission for arbitration in Zhengzhou.
P:13.2 This Contract is made in Chinese and English; both texts have equal force. Annex 1 (Technical Specification) and Annex 2 (Depot List and Installation Schedule) form part of this Contract.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

SRC["e04"] = """# MANAGED SITE IT SERVICES AGREEMENT

Agreement No. KPD-MS-2026-021

This Managed Site IT Services Agreement is made between Changsha Xiangjiang Road Construction Group Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Changsha ("Customer"), and Kpando Managed Networks Limited, a company incorporated in Ghana with its principal office at Kpando, Volta Region ("Provider").

Customer builds roads in Ghana and neighbouring countries and runs project camps, site offices and a regional office in Accra. Provider will manage the IT equipment, networks and user support at those locations for a term of 36 months.

## 1. Definitions

1.1 "Services" means the services described in Schedule 1.

1.2 "Sites" means the locations listed in Schedule 1, as changed under Section 3.3.

1.3 "Service Commencement Date" means the date on which Customer signs the Transition Acceptance certificate under Section 4.

1.4 "Customer Data" means all data, documents and records of Customer and its personnel stored on or passing through the equipment and networks managed by Provider.

## 2. Term

2.1 The Services run for 36 months from the Service Commencement Date.

2.2 The Agreement ends at the end of the term. It does not renew automatically; any extension requires a written agreement signed by both parties.

## 3. Services

3.1 Provider shall perform the Services described in Schedule 1 to the service levels in Schedule 2, using suitably qualified staff, including at least one resident engineer at the Accra regional office.

3.2 Provider shall maintain an up-to-date inventory of all managed equipment, licences and network links, and provide it to Customer each quarter.

3.3 Customer may add or remove Sites with 30 days' written notice. Charges for a changed Site are adjusted pro rata using the rates in Schedule 3.

3.4 Customer shall give Provider reasonable access to the Sites, provide power and secure rooms for equipment, and nominate a site contact at each Site.

3.5 Provider shall hold monthly service review meetings with Customer, by video conference or at the Accra office, to review incidents, changes, planned visits and the inventory, and shall keep minutes.

3.6 Provider shall follow Customer's change process: no change to network or server configurations may be made without an approved change ticket, except emergency changes needed to restore a Priority 1 incident, which must be reported on the same day.

## 4. Transition

4.1 Provider shall take over the Services from Customer's in-house team within 45 days after signature. Transition includes the site survey, the equipment inventory, handover of credentials, network diagrams and open tickets, and set-up of the service desk.

4.2 Transition Acceptance requires that: the inventory is complete and reconciled with Customer's asset register; monitoring covers every router, switch, access point and satellite terminal; the service desk has handled tickets from every Site for ten consecutive working days within the Schedule 2 times; and Customer has received the runbooks for every Site. Customer shall sign a Transition Acceptance certificate within five working days after the criteria are met.

4.3 If Transition Acceptance is delayed for reasons attributable to Provider, Provider shall pay Customer CNY 2,000 for each day of delay, up to CNY 120,000.

4.4 Customer's in-house team will remain available during transition to answer questions and will hand over the existing documentation.

## 5. Charges and Payment

5.1 Charges are set out in Schedule 3. The Total Contract Value is CNY 2,152,000.

5.2 The transition fee is invoiced after Transition Acceptance. The monthly service charge is invoiced monthly in arrears. Customer shall pay each correct invoice within 30 days. No advance payment is due.

5.3 Service credits under Schedule 2 are deducted from the next monthly invoice.

## 6. Customer Data

6.1 Customer Data remains the property of Customer. Provider shall use Customer Data only to perform the Services and shall not use it for any other purpose.

6.2 At the end of the term Provider shall hand back all credentials, configurations and Customer Data in its possession.

## 7. Confidentiality

7.1 Each party shall keep confidential all non-public information received from the other party, including Customer's tender documents, project costs, site layouts and personnel records, and shall not disclose it to any third party without the other party's prior written consent.

7.2 Provider shall ensure that its staff and approved subcontractors are bound by equivalent obligations. This Section survives for five years after the end of this Agreement.

## 8. Intellectual Property

8.1 Runbooks, network diagrams, configuration files, scripts and reports prepared by Provider for Customer belong to Customer, which may use, modify and license them freely, including to a successor provider.

8.2 Provider's own monitoring tools remain Provider's property; Provider grants Customer a free licence to use any of them that are needed to operate the delivered configurations.

## 9. Personnel and Subcontracting

9.1 Provider shall not subcontract any part of the Services without Customer's prior written consent. Provider remains fully responsible for approved subcontractors.

9.2 Provider shall replace any engineer whom Customer reasonably asks to be removed from a Site.

## 10. Liability

10.1 Provider's total liability under this Agreement is limited to 150% of the Total Contract Value. The limit does not apply to personal injury, fraud or wilful misconduct.

10.2 Neither party is liable for indirect or consequential loss, except in the case of wilful misconduct.

10.3 Provider shall maintain public liability and professional indemnity insurance with reputable insurers and provide certificates on request.

## 11. Termination

11.1 Customer may terminate this Agreement by written notice if Provider commits a material breach and fails to remedy it within 30 days after written notice, or if Provider misses the Priority 1 restoration time in Schedule 2 more than three times in any quarter.

11.2 On termination or expiry, Provider shall cooperate in an orderly exit for up to 60 days at the rates in Schedule 3 and hand over all documents and credentials.

## 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the Changsha Arbitration Commission for arbitration in Changsha.

## 13. General

13.1 This Agreement, with its Schedules, is the entire agreement between the parties about the Services. Amendments must be in writing and signed by both parties.

13.2 Notices shall be given in writing to the addresses of the parties above, with a copy by e-mail to the contacts named by each party.

13.3 Neither party may assign this Agreement without the other party's prior written consent.

13.4 This Agreement is made in English and Chinese; both texts have equal force.

## Schedule 1 - Sites and Services

| Site | Users | Managed equipment | Services |
|---|---|---|---|
| Accra regional office | 85 | firewall, 3 switches, 9 access points, 2 servers | service desk, on-site support, network and server management |
| Kumasi bypass project camp | 140 | satellite terminal, router, 5 switches, 14 access points | remote monitoring, on-site visits, network management |
| Tamale road project camp | 120 | satellite terminal, router, 4 switches, 12 access points | remote monitoring, on-site visits, network management |
| Ho site office | 30 | 4G router, switch, 3 access points | remote monitoring, visits on request |
| Cape Coast site office | 25 | 4G router, switch, 2 access points | remote monitoring, visits on request |

Service desk hours: 07:00 to 19:00 Ghana time, Monday to Saturday, with an on-call engineer outside these hours for Priority 1 incidents. Provider also manages laptop imaging, user accounts, antivirus updates and patching of Windows devices at all Sites.

## Schedule 2 - Service Levels

| Priority | Definition | Response | Restoration |
|---|---|---|---|
| Priority 1 | a Site loses all connectivity, or the Accra servers are down | within 6 hours | within 24 hours |
| Priority 2 | partial loss of service at a Site | within 8 hours | within 2 working days |
| Priority 3 | a single user or device affected | next working day | within 5 working days |

Service credits: for each Priority 1 incident whose restoration time is missed, CNY 1,500; for each Priority 2 incident whose restoration time is missed, CNY 500. Credits in a month are limited to a quarter of that month's service charge. Provider reports monthly on every incident, its response and restoration times and the credits due.

## Schedule 3 - Charges

| Item | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | one-time, after Transition Acceptance | 64,000 |
| Monthly service charge | 36 months x 58,000 | 2,088,000 |
| Total Contract Value | | 2,152,000 |
| Additional on-site visit beyond the included visits | per visit | 1,800 |

The monthly service charge includes two scheduled visits per quarter to each project camp. Additional visits are charged only when ordered in writing by Customer and are not part of the Total Contract Value.

Signed for Customer: ____________________

Signed for Provider: ____________________
"""

SRC["e05"] = """CROP AND WEATHER DATA API SUBSCRIPTION AGREEMENT

Agreement No. BWK-API-2026-005

PARTIES

This Agreement is made between Anhui Fengnian Agricultural Technology Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Hefei ("Customer"), and Bawku Agrodata Services Limited, a company incorporated in Ghana with its principal office at Bawku, Upper East Region ("Provider").

BACKGROUND

Customer sources sorghum, soybean and shea products from the Sahel and northern Ghana and advises its contract farmers on planting and harvest. Provider collects field observations, weather station readings and satellite vegetation indices and offers them through an application programming interface (the "API").

Customer wishes to use these data in its own agronomy tools and in the reports it prepares for its contract farmers.

1. DEFINITIONS

1.1 "Subscription Year" means each of the two consecutive annual periods beginning on the Start Date and on its first anniversary.

1.2 "Start Date" means the date of Integration Acceptance under Clause 4.

1.3 "Provider Data" means the data sets, indices and forecasts made available through the API.

1.4 "Customer Data" means field boundaries, farmer lists, queries and any other data submitted by Customer, and all reports and outputs generated for Customer.

1.5 "Subscription Term" means the initial term of two Subscription Years and any renewal under Clause 9.

2. SUBSCRIPTION

2.1 Provider grants Customer a non-exclusive, non-transferable right during the Subscription Term to access the API, to store Provider Data in Customer's systems and to use it for Customer's internal business and advice to its contract farmers.

2.2 The subscription covers daily weather readings for 140 stations, ten-day vegetation indices for the regions in the Annex, weekly crop-condition reports and seasonal yield forecasts, with up to 500,000 API calls per month.

2.3 Provider will also deliver, as a one-time service, a historical data package of ten seasons and a custom feed that maps Provider Data to Customer's field boundaries.

2.4 Provider will publish release notes at least 30 days before a change that removes a field or changes a format, and will keep the previous API version running for at least 90 days after a new version is released.

2.5 Customer may use Provider Data in reports and advice given to its contract farmers, lenders and insurers, provided that Customer does not resell Provider Data as a data product.

3. FEES AND PAYMENT

3.1 The subscription fee is CNY 168,000 per Subscription Year. The one-time onboarding fee for the historical package and the custom feed is CNY 18,000. The total contract value for the initial term is CNY 354,000.

3.2 The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year and payable within 30 days. The onboarding fee is invoiced after Integration Acceptance and payable within 30 days.

3.3 API calls above the monthly allowance are charged at CNY 0.02 per call and are invoiced quarterly in arrears.

3.4 All fees are in CNY and include VAT. Provider will issue a valid invoice for each payment. Customer may withhold any disputed part of an invoice in good faith while the dispute is resolved.

3.5 Fees for the initial term are fixed and will not be increased during the two Subscription Years.

4. ONBOARDING AND INTEGRATION ACCEPTANCE

4.1 Provider will issue API keys and documentation, deliver the historical data package and build the custom feed within 40 days after signature.

4.2 Integration Acceptance requires that the historical package is complete for every station and season listed in the Annex; that the custom feed returns indices for every field boundary supplied by Customer; that Customer's test system retrieves a full day of data without error on five consecutive days; and that sample values match Provider's published records. Customer will sign an acceptance note within five working days after these criteria are met.

4.3 If Integration Acceptance is delayed for reasons attributable to Provider, Provider will pay Customer CNY 400 for each day of delay, up to CNY 20,000.

4.4 Provider will train up to eight of Customer's analysts and developers in the use of the API, the data dictionary and the custom feed, in two remote sessions held in English with Chinese interpretation provided by Customer.

4.5 Provider will name an account manager who is Customer's single point of contact for the onboarding, invoices and any change in coverage.

5. SERVICE AVAILABILITY AND SUPPORT

5.1 Provider will use commercially reasonable efforts to keep the API available and to update Provider Data on schedule. Provider may suspend the API for maintenance, which it will try to announce in advance.

5.2 Customer may report problems by e-mail to Provider's support desk. Provider will look into reported problems and keep Customer informed of progress.

5.3 Provider will publish the status of the API on its website and may change the data sources it uses, provided the coverage described in Clause 2.2 is maintained.

5.4 Provider will apply its standard quality checks to station readings and indices and will flag values that fail those checks. Provider does not warrant that forecasts will prove accurate, and Customer remains responsible for the advice it gives to its contract farmers.

6. CUSTOMER DATA AND SECURITY

6.1 Customer Data belongs to Customer. Provider will use Customer Data only to provide the API and the services under this Agreement and will not use it for any other purpose or disclose it to any third party.

6.2 Provider will protect Customer Data with encryption in transit and at rest, access controls limited to named staff and logged access, and will delete it within 30 days after the end of this Agreement.

6.3 Provider will notify Customer of any unauthorised access to Customer Data within 24 hours and will be responsible for losses caused by its breach of this Clause.

6.4 Provider will store Customer Data in a data centre located in mainland China or, with Customer's prior written approval, in another location, and will comply with the PRC Personal Information Protection Law in respect of farmer lists.

6.5 Provider will allow Customer, on reasonable notice and not more than once in each Subscription Year, to review its security measures by questionnaire or by video walk-through.

7. INTELLECTUAL PROPERTY

7.1 Provider retains all rights in Provider Data and the API.

7.2 The custom feed, its mapping rules and all reports created specifically for Customer belong to Customer, which may use, modify and license them freely.

7.3 Provider will defend Customer against any claim that Provider Data or the API infringes the rights of a third party and will pay the resulting damages and costs.

8. CONFIDENTIALITY

8.1 Each party will keep confidential the other party's non-public information, including Customer's sourcing regions, volumes and farmer lists, and use it only for this Agreement. This Clause survives for three years after termination.

9. RENEWAL

9.1 At the end of the initial term this Agreement renews automatically for successive Subscription Years unless either party gives written notice of non-renewal at least 60 days before the end of the current Subscription Year.

9.2 Provider may increase the subscription fee for any renewal Subscription Year by giving notice at least 30 days before the renewal. The increase will not exceed 9% of the fee for the previous Subscription Year.

10. LIABILITY

10.1 Provider's total liability under this Agreement is limited to twice the total contract value. Neither party is liable for indirect loss or loss of profit, except in case of fraud or wilful misconduct.

10.2 The limit in Clause 10.1 does not apply to breach of Clauses 6 and 8 or to infringement claims.

11. SUBCONTRACTING

11.1 Provider shall not subcontract the provision of the API or the processing of Customer Data without Customer's prior written consent.

11.2 Provider remains responsible for any approved subcontractor as for its own acts.

12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.

12.2 If Customer terminates for Provider's breach, Provider will refund the unused part of the subscription fee for the current Subscription Year.

12.3 On expiry or termination, Customer may keep and use Provider Data retrieved during the Subscription Term for its internal records, but may not use it to build a competing data product.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the Beijing Arbitration Commission for arbitration in Beijing.

13.3 Pending the outcome of any dispute, the parties shall continue to perform their undisputed obligations under this Agreement.

14. GENERAL

14.1 This Agreement, with its Annex (Coverage and Data Dictionary), is the entire agreement between the parties on its subject. Amendments must be in writing and signed by both parties.

14.2 Neither party may assign this Agreement without the other party's prior written consent.

14.3 Notices shall be in writing and sent to the addresses of the parties with a copy by e-mail.

14.4 This Agreement is made in English and Chinese; both texts have equal force.

SIGNATURES

For Customer: ____________________

For Provider: ____________________
"""

# ---------------------------------------------------------------- targets and labels
NAMES = {
    "z01": "h759z01_used_car_circulation_supervision_platform.pdf",
    "z02": "h759z02_insole_die_cutting_line_control_retrofit.docx",
    "z03": "h759z03_locksmith_chain_booking_membership_saas.txt",
    "z04": "h759z04_labour_arbitration_case_system_annual_om.txt",
    "z05": "h759z05_paper_clip_tracking_software_supplier_template.md",
    "e01": "h759e01_cocoa_traceability_perpetual_licence_hohoe_vendor.pdf",
    "e02": "h759e02_learning_platform_saas_order_form_nkawkaw_vendor.md",
    "e03": "h759e03_grain_depot_sensors_monitoring_licence_yendi_vendor.docx",
    "e04": "h759e04_managed_site_it_services_36_months_kpando_vendor.md",
    "e05": "h759e05_crop_weather_data_api_subscription_bawku_vendor.txt",
}
KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"
# values in KEYS order; then extra: sla_clause, ld_stated, post_warranty_fee_capped (goods only), deemed, contract_value
D = {
    "z01": ("zh", "software", [99.95, 0.5, True, "buyer", True, True, False, 0.02, None, 20, True, True, 24, 8, False,
                                True, False, "PRC", G], (True, True, True, False, 1646000)),
    "z02": ("zh", "hardware", [99.5, 1, True, "buyer", True, True, True, 0.1, None, 20, True, True, 24, 7, False,
                                False, False, "PRC", G], (True, True, True, False, 932000)),
    "z03": ("zh", "cloud", [99.95, 0.5, False, "buyer", True, True, True, 0.1, None, None, True, None, None, None, True,
                             True, False, "PRC", S], (True, True, None, False, 342000)),
    "z04": ("zh", "services", [99.95, 0.25, True, "buyer", True, True, True, 0.1, None, None, True, None, None, None,
                                False, True, False, "PRC", S], (True, True, None, False, 486000)),
    "z05": ("zh", "software", [None, 8, True, "supplier", True, False, True, None, 50, 65, False, False, 6, 32, False,
                                True, None, None, G], (True, False, True, True, 1070000)),
    "e01": ("en", "software", [None, 1, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 24, 9, False, True,
                                False, "Ghana", G], (True, True, True, False, 1124000)),
    "e02": ("en", "cloud", [99.95, 0.5, True, "buyer", True, True, True, 600 / 492000 * 100, 6 / 24 * 100, None, True,
                             None, None, None, False, True, True, "PRC", S], (True, True, None, False, 492000)),
    "e03": ("en", "hardware", [None, 0.5, True, "buyer", True, True, True, 0.08, 150, 10, True, True, 36, 6, False, True,
                                False, "PRC", G], (True, True, True, False, 874000)),
    "e04": ("en", "services", [None, 6, True, "buyer", False, True, True, 2000 / 2152000 * 100, 150, None, True, None,
                                None, None, False, True, False, "PRC", S], (True, True, None, False, 2152000)),
    "e05": ("en", "cloud", [None, None, False, "buyer", True, True, True, 400 / 354000 * 100, 200, None, True, None,
                             None, None, True, True, False, "PRC", S], (False, True, None, False, 354000)),
}
# TCO inputs for goods: fee base (itemised licence / hardware subtotal), fee per year
TCO = {"z01": (860000, 68800), "z02": (739200, 51744), "z05": (620000, 198400), "e01": (780000, 70200),
       "e03": (742200, 44532)}
FORUM_OUTSIDE = {"e01"}  # Accra arbitration (the chosen law already fires the rule)
DESIGN = {
    "z01": ["CR-CONFIDENTIALITY", "CR-LD-LOW"],
    "z02": ["CR-SLA-AVAILABILITY", "CR-TERMINATION"],
    "z03": ["CR-AUTO-RENEWAL", "CR-SLA-NO-REMEDY"],
    "z04": [],
    "z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP",
            "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
    "e01": ["CR-GOVERNING-LAW"],
    "e02": ["CR-LIABILITY-CAP", "CR-SUBCONTRACT"],
    "e03": [],
    "e04": ["CR-DATA-SECURITY", "CR-SLA-RESPONSE"],
    "e05": ["CR-AUTO-RENEWAL", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]


def label(k):
    lang, cat, vals, (sla, lds, capped, deemed, cv) = D[k]
    terms = dict(zip(KEYS, vals))
    extra = {"sla_clause": sla, "ld_stated": lds}
    if terms["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = cv
    return {"file": NAMES[k], "language": lang, "category": cat, "expected_terms": terms, "expected_extra": extra,
            "expected_rules": sorted(derive(k, terms, extra))}


def tco_share(k, terms, cv):
    base, fee = TCO[k]
    assert abs(fee - base * terms["post_warranty_fee_pct"] / 100) < 0.01, k
    years = max(0.0, 5 - terms["warranty_months"] / 12)
    post = fee * years
    return post / (cv + post) * 100


def derive(k, t, x):
    """Policy §3 as I read it, applied to the label."""
    r = set()
    goods = t["contract_kind"] == G
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
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        if t["post_warranty_fee_pct"] is not None and x["post_warranty_fee_capped"]:
            if tco_share(k, t, x["contract_value"]) > 40:
                r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] is not None and t["governing_law"] != "PRC") or k in FORUM_OUTSIDE:
        r.add("CR-GOVERNING-LAW")
    return r


# ---------------------------------------------------------------- threshold scan
PATTERNS = [
    r"99\.9(?!\d)",
    r"(?<![\d.])4\s*-?\s*(?:hours?|hrs?|h\b|小时|个小时)", r"four\s*-?\s*hours?", r"(?<![十\d])四个?小时",
    r"(?<![\d.])0\.05\s*(?:%|per\s*cent)", r"万分之五", r"千分之零点五",
    r"(?<![\d.])100\s*(?:%|per\s*cent)", r"百分之一?百", r"one\s*hundred\s*per\s*cent",
    r"(?<![\d.])30\s*(?:%|per\s*cent)", r"百分之三十(?![一二三四五六七八九点])", r"三成",
    r"(?<![\d.])12\s*-?\s*(?:months?|个月)", r"twelve\s*-?\s*months?", r"十二个月", r"一年", r"one\s*-?\s*year",
    r"(?<![\d.])1\s*-?\s*years?\b",
    r"(?<![\d.])15\s*(?:%|per\s*cent)", r"百分之十五(?![点])",
    r"(?<![\d.])40\s*(?:%|per\s*cent)", r"百分之四十(?![一二三四五六七八九点])", r"四成",
]
RX = re.compile("|".join("(?:%s)" % p for p in PATTERNS), re.I)
MUST_HIT = ["99.9%", "within 4 hours", "4小时", "四小时", "0.05%", "万分之五", "100%", "30%", "百分之三十", "12 months",
            "十二个月", "一年", "15%", "40 %", "百分之四十", "twelve months", "four hours", "4h", "one year", "四成"]
MUST_MISS = ["99.95%", "24小时", "二十四小时", "24 hours", "150%", "1.5%", "115%", "45%", "12 hours", "300%", "130%",
             "0.005%", "0.08%", "每年", "2027年2月28日", "Subscription Year", "4G backhaul", "14 hours"]


def scan(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        hits += [m.group(0) for m in RX.finditer(variant)]
    return hits


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    for s in MUST_HIT:
        assert scan(s), ("must hit", s)
    for s in MUST_MISS:
        assert not scan(s), ("must miss", s, scan(s))
    wp = {k: (NAMES[k], NAMES[k].rsplit(".", 1)[1]) for k in NAMES if NAMES[k].endswith((".docx", ".pdf"))}
    write({k: SRC[k] for k in wp}, wp, OUT, wrap_words=True)
    for k, name in NAMES.items():
        if k not in wp:
            (OUT / name).write_text(SRC[k], encoding="utf-8")
    covered = set()
    for k, name in NAMES.items():
        lab = label(k)
        assert lab["expected_rules"] == sorted(DESIGN[k]), (k, lab["expected_rules"], DESIGN[k])
        covered |= set(lab["expected_rules"])
        t, x = lab["expected_terms"], lab["expected_extra"]
        thr = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
               "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
        for key, v in thr.items():
            assert t[key] is None or abs(t[key] - v) > 1e-9, (k, key)
        if k in TCO:
            share = tco_share(k, t, x["contract_value"])
            assert abs(share - 40) >= 2, (k, share)
            print(k, "TCO share %.2f" % share)
        text = read_back(OUT / name)
        hits = scan(text)
        assert not hits, (k, hits)
        if k.startswith("z"):
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (k, n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (k, n)
        print(name, n, lab["expected_rules"])
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1),
                                                            encoding="utf-8")
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    print("all 20 rules covered")


if __name__ == "__main__":
    main()
