"""holdout687: builds the ten blind held-out draft contracts of this folder from the sources below, writes their .json
labels and asserts the checks of the brief (lengths, no threshold value or figure, rules derived from the labels equal
the design list, coverage of all 20 CR rules). Run: /work/main/.venv/bin/python -B make_files.py
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H687Z01 = """
T:风沙监测预警平台采购合同
P:合同编号：MQ-ZFCG-2026-017
P:采购人（甲方）：民勤县防沙治沙站
P:供应商（乙方）：甘肃瀚海云图信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件（项目编号：MQZC-2026-GK-009）、乙方投标文件和中标通知书，经双方协商一致，就风沙监测预警平台软件许可、定制开发及实施服务订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供风沙监测预警平台软件的永久使用许可（不限用户数、不限终端数），并完成下列定制开发：（1）全县42个自动气象站、18个输沙量观测点及9处地下水位观测井的数据接入、清洗与质控；（2）沙尘暴及流沙前移预警模型，含预警阈值配置、短信及应急广播联动；（3）固沙造林地块管理及无人机影像变化比对模块；（4）护林员移动巡护端（安卓版）。
P:1.2 乙方负责平台在甲方机房的安装部署、与省级林草生态感知平台的数据对接、系统联调、历史观测数据导入及操作人员培训。
P:1.3 项目的详细功能、性能及接口要求以招标文件第三章《采购需求》为准。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰零玖万元整（¥2,090,000.00），其中：平台软件许可费¥1,180,000；定制开发费¥746,000；实施部署费¥128,000；培训费¥36,000。
P:2.2 合同总价为固定价，已包含全部税费、差旅、第三方组件许可、运输及质保期内的全部服务费用，甲方不再另行支付其他任何费用。
H:第三条 付款方式
P:3.1 合同生效且乙方提交等额银行预付款保函后15个工作日内，甲方支付合同总价的20%作为预付款，即¥418,000。
P:3.2 平台完成部署并通过初步验收后15个工作日内，甲方支付合同总价的45%，即¥940,500。
P:3.3 平台通过最终验收后15个工作日内，甲方支付合同总价的35%，即¥731,500。
P:3.4 乙方每次收款前应向甲方开具合法有效的增值税发票。本项目资金为财政资金，甲方按国库集中支付程序办理付款，因财政审批造成的合理延迟不视为甲方违约。
H:第四条 交付期限
P:4.1 乙方应在合同签订后75日内完成部署及全部站点数据接入，在120日内完成全部定制开发并书面提请初步验收。
P:4.2 野外站点的数据接入需要甲方协调开放设备通信端口，因甲方原因造成的延误，工期相应顺延。
P:4.3 乙方应在初步验收前对甲方业务人员和信息管理人员分别开展不少于3天的集中培训，并提供培训教材和操作视频，确保甲方人员能够独立完成日常操作、预警参数调整和站点数据核查。
H:第五条 验收
P:5.1 初步验收标准：（1）全部站点数据连续接入10日，数据完整率不低于98%；（2）预警模型按《采购需求》所列7类情景逐项测试，预警全部正确触发；（3）200个并发用户下，页面平均响应时间不超过3秒；（4）通过第三方软件安全测评，无中危及以上漏洞；（5）技术文档、源代码及操作手册齐全。
P:5.2 初步验收合格后进入60日试运行期。试运行期内未发生一级故障且遗留问题全部关闭的，乙方提请最终验收，甲方组织不少于3名专家进行评审并出具书面验收意见。
P:5.3 平台上线、甲方实际使用或支付款项，均不视为验收合格。验收不合格的，乙方应在15日内整改并重新提请验收，由此产生的费用由乙方承担。
H:第六条 质量保证与维护
P:6.1 免费质保期为三十六个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、远程及现场技术支持，并每季度进行一次巡检。
P:6.2 质保期满后，甲方需要维护服务的，双方另行签订维护合同，年度维护费不超过平台软件许可费的8%（即每年不超过¥94,400），且该价格在质保期满后三年内不作上调。维护合同期满后不自动续期。
H:第七条 服务水平
P:7.1 质保期内，平台月度可用率不低于99.95%，经甲方同意的计划内维护时间不计入不可用时间。
P:7.2 故障分为三级。一级故障（平台整体不可用或预警功能失效）乙方应在30分钟内响应，2小时内完成远程处置，8小时内派员到场；二级故障（部分站点数据中断）2小时内响应；三级故障在下一个工作日内处理。
P:7.3 一级故障响应每超时一小时，乙方支付800元；月度可用率每低于约定值0.01个百分点，乙方支付1,000元。上述款项由甲方从应付款项或履约保证金中直接扣除。
H:第八条 知识产权
P:8.1 平台标准产品的知识产权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 为本项目定制开发的预警模型、数据接口程序、移动巡护端及其源代码和技术文档，知识产权归甲方所有。乙方应在最终验收时交付全部源代码，甲方可自行或委托第三方修改、使用和部署。
P:8.3 乙方保证其提供的软件不侵犯任何第三方的合法权益，否则由乙方承担全部责任。
H:第九条 数据安全与数据权属
P:9.1 平台采集和生成的全部观测数据、预警记录、地块资料及影像均属甲方所有。乙方仅为履行本合同之目的接触上述数据，不得复制、留存或用于任何其他目的。
P:9.2 乙方应按网络安全等级保护第二级要求落实访问控制、日志审计和数据备份措施；远程运维须经甲方逐次审批并通过堡垒机进行。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并立即采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
H:第十条 保密
P:10.1 乙方对履约中知悉的甲方工作秘密、站点坐标、网络拓扑及账号口令负有保密义务，未经甲方书面同意，不得向任何第三方披露。保密义务不因本合同终止而解除。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期完成验收整改的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:11.2 乙方逾期超过45日的，甲方有权解除合同，乙方应退还已收款项，并按合同总价的10%支付违约金。
P:11.3 甲方无正当理由逾期付款的，按应付未付金额每日万分之二向乙方支付逾期付款利息。
H:第十二条 分包与转让
P:12.1 本项目不允许分包。乙方不得将本合同的全部或部分权利义务转让给任何第三方。
H:第十三条 履约保证金
P:13.1 乙方应在合同签订前向甲方提交合同总价5%的履约保证金（¥104,500），以银行保函形式提交。最终验收合格且无未了结违约责任的，甲方在15个工作日内无息退还。
H:第十四条 合同解除
P:14.1 乙方严重违约，经甲方书面催告后10日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿由此造成的损失。
H:第十五条 法律适用与争议解决
P:15.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方应友好协商；协商不成的，任何一方可向甲方所在地人民法院提起诉讼。
H:第十六条 其他
P:16.1 招标文件、投标文件、中标通知书及双方确认的澄清文件为本合同的组成部分，与本合同具有同等效力。
P:16.2 本合同一式六份，甲乙双方各执三份，自双方法定代表人或授权代表签字并加盖公章之日起生效。
P:甲方（盖章）：                    乙方（盖章）：
P:签订日期：2026年3月    日
"""

H687Z02 = """
T:羽毛球拍生产线控制系统改造及维保合同
P:合同编号：YX-SB-2026-031
P:甲方（买方）：江门羽翔体育用品有限公司
P:乙方（卖方）：佛山睿控自动化工程有限公司
P:甲方碳纤维羽毛球拍框模压成型线及自动穿线线体的控制系统老化，良品率和产能不能满足订单需要。经比选，甲方确定由乙方承担控制系统改造及后续维保工作。双方根据《中华人民共和国民法典》订立本合同。
H:第一条 改造范围
P:1.1 乙方为甲方二号厂房的拍框生产线提供并实施以下改造：（1）8台拍框模压机的温度与压力闭环控制改造，更换控制柜、PLC及伺服压力模块；（2）24台自动穿线机的张力闭环控制改造，实现按拍型自动调用穿线磅数；（3）新增4个拍框在线视觉检测工位，识别裂纹、缺胶及孔位偏差；（4）部署产线控制软件（SCADA/HMI，永久许可），并与甲方现有MES系统对接，实现工单下发、工艺参数下载及产量回传。
P:1.2 改造须分线分批实施，每次停线不超过72小时，且不得影响甲方其他线体的正常生产。
P:1.3 乙方应随设备交付电气原理图、接线图、PLC及HMI程序备份、设备说明书、合格证及软件安装介质，并在安装调试完成后提交完整的竣工资料一套（纸质及电子版各一份）。
H:第二条 设备、软件清单及合同价款
P:2.1 合同总价为人民币壹佰柒拾柒万贰仟元整（¥1,772,000），明细如下：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|模压机温压控制柜（含PLC、伺服压力模块）|8台|78,500|628,000
TB:2|穿线机张力闭环控制模块|24套|14,800|355,200
TB:3|拍框在线视觉检测工位|4套|61,700|246,800
TB:4|产线控制软件许可（SCADA/HMI，永久）|1套|248,000|248,000
TB:5|工业交换机及边缘网关|1批|70,000|70,000
TB:|软硬件小计|||1,548,000
TB:6|安装调试及MES对接|1项|196,000|196,000
TB:7|操作及维护培训|1项|28,000|28,000
TB:|合同总价|||1,772,000
P:2.2 上述价格含税、含运输、保险及安装调试所需辅材，为固定总价。
H:第三条 付款方式
P:3.1 合同签订后10个工作日内，甲方支付合同总价的10%作为预付款，即¥177,200。
P:3.2 全部设备到货并完成安装调试后，甲方支付合同总价的55%，即¥974,600。到货签收及安装完成仅表示数量和外观核对无误，不视为验收合格。
P:3.3 最终验收合格后15个工作日内，甲方支付合同总价的35%，即¥620,200。
P:3.4 乙方应在每期收款前开具增值税专用发票。
H:第四条 交货与实施
P:4.1 乙方应在合同签订后45日内将全部设备运至甲方厂区，并在到货后40日内完成全部线体的安装调试。
P:4.2 乙方须在实施前提交停线计划，经甲方生产部确认后执行，并在改造期间安排专职现场负责人。
P:4.3 乙方人员进入甲方厂区应遵守甲方安全生产、动火作业及危险化学品管理制度，并为现场人员购买意外伤害保险。因乙方人员违章作业造成的人身伤害或财产损失，由乙方负责。
P:4.4 乙方应对甲方设备科及各班组进行操作与维护培训，培训内容包括控制柜日常点检、伺服参数备份与恢复、HMI配方管理、视觉工位标定及常见报警处理。培训结束后由甲方组织考核，考核合格人数不少于16人。
H:第五条 验收
P:5.1 验收标准：（1）模压温度控制偏差不超过±1.5℃，压力偏差不超过±0.02MPa；（2）穿线张力偏差不超过±0.3磅；（3）视觉检测对裂纹、缺胶的检出率不低于98%，误判率不高于2%；（4）MES工单下发及产量回传连续10个工作日准确无误；（5）改造后连续生产21日，单线日产能不低于改造前的110%。
P:5.2 全部指标达到后，双方签署最终验收报告。甲方投入生产使用或付款，均不视为验收合格。
H:第六条 质保与维保
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内乙方免费维修或更换故障部件，并免费提供软件缺陷修复。
P:6.2 质保期满后，乙方按年度提供维保服务（含备件、预防性保养、软件升级及现场支持），维保年费按软硬件小计的28%计收，即每年¥433,440。该价格为固定价，合同有效期内不作调整；维保服务按年度签订，不自动续期。
P:6.3 故障分为两级。一级故障（整线停机）乙方应在30分钟内响应，2小时内到场；二级故障（单机故障或检测误判率异常）应在2小时内响应，8小时内到场。
P:6.4 一级故障响应或到场每超时一小时，乙方支付500元；二级故障每超时一小时，乙方支付200元，甲方可从应付款中扣除。
P:6.5 乙方应在甲方厂区常备模压控制柜主板、伺服驱动器、张力传感器及检测相机等关键备件，备件清单作为本合同附件。质保期内备件消耗由乙方免费补充；维保期内备件费用包含在维保年费中。
H:第七条 知识产权
P:7.1 控制软件标准产品的知识产权归乙方或其原厂所有，甲方获得永久使用许可。
P:7.2 为本项目编写的PLC程序、HMI画面、视觉检测算法参数及MES接口程序，知识产权归甲方所有，乙方应在验收时交付源程序及注释文档，甲方可自行修改及委托他人维护。
H:第八条 数据安全与保密
P:8.1 模压工艺曲线、穿线磅数配方、产量及质量数据均属甲方所有，乙方不得复制、带离或用于本合同以外的任何目的。
P:8.2 乙方远程访问产线网络须事先取得甲方书面批准，通过甲方指定的VPN账号登录并全程留存日志；发现数据泄露或被篡改的，乙方应在2小时内通知甲方。因乙方原因造成数据泄露、生产损失的，乙方承担赔偿责任。
P:8.3 乙方对履约中知悉的甲方技术秘密、工艺参数和客户信息负有保密义务，本合同终止后仍然有效。
H:第九条 违约责任
P:9.1 乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之八支付违约金。
P:9.2 因乙方原因导致计划外停线的，乙方应赔偿甲方由此造成的直接损失。
P:9.3 乙方在本合同项下的累计赔偿责任以合同总价的150%为限，但因故意或重大过失、侵犯知识产权及违反第八条造成的损失不受此限。
H:第十条 分包
P:10.1 乙方可将控制柜的现场安装、线缆敷设等辅助工作分包给第三方，但应提前五个工作日书面通知甲方。乙方对分包方的工作质量和安全承担全部责任。
H:第十一条 合同解除
P:11.1 乙方严重违约，经甲方书面通知后15日内仍未纠正的，甲方有权解除合同，并要求乙方赔偿损失。
P:11.2 乙方逾期交货或逾期完成安装调试超过30日，或改造后连续两次验收不合格的，甲方有权解除合同，乙方应退还已收款项、拆除已安装设备并恢复原控制系统，由此产生的费用由乙方承担。
H:第十二条 不可抗力
P:12.1 因地震、台风、洪水等不可抗力导致不能履行合同的，受影响一方应在3日内通知对方，并在15日内提供证明。履行期限按不可抗力影响的时间相应顺延。
H:第十三条 争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同发生的争议，提交江门仲裁委员会仲裁。
P:13.2 本合同一式四份，双方各执两份，自双方盖章之日起生效。
P:甲方（盖章）：                  乙方（盖章）：
"""

H687Z03 = """少儿编程连锁门店预约与会员管理系统
SaaS服务及实施合同

合同编号：MQ-SAAS-2026-008
甲方（客户）：杭州码趣少儿编程教育科技有限公司
乙方（服务商）：南京课栈云信息技术有限公司

甲方在浙江、江苏两省经营50家少儿编程培训门店，需要统一的课程预约、排课、会员及课时管理系统。乙方以SaaS方式向甲方提供“课栈”预约与会员管理系统，并负责实施上线。双方经协商一致，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方向甲方50家门店及总部开通“课栈”系统门店端、总部管理端、家长微信小程序及教师移动端，提供在线预约、排课、签到、课时扣减、会员储值、续费提醒、课堂作品展示及经营报表功能。
2. 系统部署在乙方租用的境内公有云上，乙方负责系统运行、升级、备份与安全防护，甲方无需自建机房。
（二）实施服务
1. 乙方负责完成甲方现有会员、课时余额、课程包及排课数据的迁移，迁移数据须与甲方原系统逐项核对一致。
2. 乙方按甲方品牌规范定制家长小程序首页、课程介绍页及课后学习报告模板，并对接甲方现有的微信支付商户号和财务系统。
3. 乙方对门店店长、前台及教师分批开展培训，每家门店至少培训3人，并提供操作手册和视频教程。

二、服务期限
（一）本合同服务期为两个服务年度：第一服务年度自2026年4月1日至2027年3月31日，第二服务年度自2027年4月1日至2028年3月31日。
（二）实施期自合同签订之日起至2026年3月31日止，乙方应在实施期内完成全部门店上线。

三、服务费用
（一）订阅费按门店计收，每家门店每个服务年度5,760元，50家门店合计288,000元；总部管理端每个服务年度36,000元。每个服务年度订阅费合计324,000元，两个服务年度合计648,000元。
（二）实施费为一次性费用86,000元。
（三）本合同总价为人民币734,000元（含增值税）。短信通知按实际发送量另行结算，不计入合同总价。
（四）服务期内甲方增开门店的，按每店每个服务年度5,760元按月折算计费。
（五）服务期内甲方关闭或合并门店的，自次月起停止计收该门店订阅费，已支付的费用在下一季度结算时抵扣。

四、付款方式
（一）实施费在上线验收合格后15个工作日内一次性支付。
（二）订阅费按季度支付，每季度81,000元，甲方于每个季度结束后15个工作日内支付上一季度的订阅费。
（三）乙方应在收款前开具增值税专用发票。
（四）乙方不得以任何理由在服务期内中止服务或限制甲方访问数据；甲方逾期付款超过60日的，乙方可在书面催告后暂停开通新门店，但不得影响已开通门店的正常使用。

五、上线验收
（一）全部门店上线后，乙方书面提请上线验收。验收标准为：1. 迁移的会员、课时余额及储值金额与原系统核对一致，差错数为零；2. 按双方确认的测试用例完成功能测试，无一级、二级缺陷；3. 在500名家长同时预约的压力测试下，预约提交响应时间不超过2秒；4. 小程序及各端通过甲方组织的安全检查。
（二）甲方应在收到验收申请后10个工作日内完成验收并出具书面意见。门店开始使用系统不视为验收合格。
（三）验收不合格的，乙方应在7日内完成整改并重新提请验收；同一问题连续两次整改不合格的，甲方有权解除本合同，乙方应退还已收取的全部费用。
（四）乙方未能在2026年3月31日前完成上线的，每逾期一日，按合同总价的千分之一向甲方支付违约金。

六、服务水平
（一）系统月度可用率不低于99.5%，计划内维护应安排在每日23:00至次日6:00之间并提前48小时通知甲方。
（二）一级故障（预约、签到或扣课功能无法使用）乙方应在30分钟内响应，2小时内恢复；二级故障2小时内响应，当日解决。
（三）月度可用率低于约定值的，按当月订阅费的5%给予服务抵扣；低于98%的，按当月订阅费的10%给予服务抵扣。一级故障未按时恢复的，每超时一小时抵扣500元。抵扣金额从下一季度订阅费中扣除。

七、数据与安全
（一）甲方上传及系统产生的学员、家长个人信息、课时及交易数据属于甲方所有。
（二）乙方应按照个人信息保护法律法规及未成年人个人信息保护规定处理数据，系统应通过网络安全等级保护三级测评，敏感信息加密存储，后台访问实行最小权限并留存日志。发生数据泄露的，乙方应在2小时内通知甲方并协助处置，因乙方原因造成的损失由乙方承担。
（三）乙方可将服务期内产生的预约、排课及消费数据进行去标识化处理后，用于产品功能优化及编制少儿编程行业分析报告，该等去标识化数据及其分析成果归乙方所有。
（四）服务期满或合同解除后30日内，乙方应向甲方完整导出全部数据，并在甲方确认后删除乙方留存的甲方数据。
（五）甲方数据应存储于中国境内，乙方不得向境外传输。乙方每日对甲方数据进行备份，备份保留不少于90日，并每半年进行一次恢复演练，演练结果书面报告甲方。

八、技术支持与甲方配合
（一）乙方提供7×24小时电话及在线客服，为甲方指定一名客户经理和一名实施顾问，每季度提交一次服务报告，内容包括可用率、故障处理、工单统计及改进建议。
（二）乙方每次版本升级前应提前5个工作日通知甲方并提供升级说明；涉及收费规则、课时扣减逻辑或家长端界面重大变化的，应事先经甲方确认。
（三）甲方应指定项目负责人，及时提供迁移所需的原始数据和门店信息，组织门店人员参加培训，并对账号和密码妥善保管。因甲方原因导致上线延误的，实施期相应顺延。

九、知识产权
（一）“课栈”系统及其标准功能的知识产权归乙方所有。
（二）为甲方定制的小程序页面、学习报告模板、财务接口程序及相关文档，知识产权归甲方所有，甲方可自由使用、修改或委托第三方开发。

十、保密
双方对在合作中获知的对方商业秘密、经营数据及技术信息负有保密义务，未经对方书面同意不得向第三方披露，本条在合同终止后继续有效。

十一、续期
服务期满前30日，任何一方未书面提出不再续约的，本合同自动续期一个服务年度，续期次数不限。续期时乙方可根据其届时价格政策上调订阅费，上调幅度不超过上一服务年度订阅费的8%。

十二、违约责任与合同解除
（一）乙方累计赔偿责任以合同总价的200%为限，但因乙方原因造成个人信息泄露的，不受此限。
（二）乙方严重违反本合同，经甲方书面通知后10日内未纠正的，甲方有权解除合同，乙方应退还未使用期间的订阅费。
（三）乙方不得将本合同项下的服务分包给第三方，确需分包的应事先取得甲方书面同意。

十三、服务终止与过渡
（一）本合同期满未续期或提前解除的，乙方应继续提供不少于30日的只读访问，方便甲方核对会员课时和储值余额。
（二）乙方应配合甲方或其指定的新服务商完成数据交接，按甲方要求的格式导出会员、课时、交易及排课数据，并提供字段说明。

十四、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方住所地人民法院提起诉讼。

甲方（盖章）：            乙方（盖章）：
日期：2026年  月  日
"""

H687Z04 = """移民档案与补助发放管理系统运维服务合同

项目名称：移民档案与补助发放管理系统2026年度运维服务
项目编号：QH-CS-2026-004（竞争性磋商）
采购人（甲方）：清河县水库移民管理局
供应商（乙方）：武汉数衡信息技术服务有限公司

根据《中华人民共和国政府采购法》及其实施条例、本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就移民档案与补助发放管理系统的运维服务订立本合同。

第一条 服务范围
（一）运维对象：移民档案与补助发放管理系统（含移民人口档案、房屋及土地补偿档案、后期扶持补助发放、一卡通对接、统计报表五个子系统）及其所在的应用服务器、数据库服务器、存储和备份设备。
（二）服务内容：1. 派驻2名运维工程师在甲方办公地点驻场，工作日8:30至17:30在岗；2. 系统日常巡检、性能监测及优化；3. 数据库维护、每日备份及每季度恢复演练；4. 补助发放批次数据核对，配合财政及银行完成一卡通代发；5. 年度人口核定期间的系统保障；6. 配合网络安全等级保护测评及整改；7. 应急保障及故障处理。
（三）服务不包括系统新功能开发。甲方提出的新需求，由双方另行协商。
（四）服务地点：甲方机房及各乡镇移民工作站，乡镇工作站的现场服务按需安排，交通费用由乙方承担。

第二条 服务期限
服务期自2026年1月1日起至2026年12月31日止。服务期满后，甲方依法重新组织采购，本合同不自动续期。

第三条 服务费用及支付
（一）本合同总价为人民币伍拾捌万陆仟元整（¥586,000），包括：驻场运维服务费348,000元，巡检与优化96,000元，数据备份与恢复演练58,000元，等保测评配合42,000元，应急保障42,000元。
（二）服务费按季度支付，每季度146,500元。每季度结束后，甲方根据季度考核结果，在15个工作日内支付该季度服务费。本合同不设预付款。
（三）季度考核有扣减的，甲方在当季服务费中直接扣除。
（四）乙方每次收款前应向甲方开具合法有效的发票。本合同价款为固定价，已包括人员工资、社保、差旅、交通、工具软件及税费等全部费用，服务期内不作调整。

第四条 服务水平
（一）系统在工作时间内的月度可用率不低于99.95%。
（二）故障分级及时限：一级故障（系统无法登录、补助发放功能中断或数据异常）15分钟内响应，1小时内到达现场，8小时内恢复；二级故障（单个子系统或报表功能异常）30分钟内响应，当日恢复；三级故障（一般性问题）2个工作日内解决。
（三）补助发放期间，乙方应安排专人全程值守，发放数据提交前须经乙方复核并签字确认。
（四）乙方应建立运维工单台账，每月5日前向甲方提交上月运维月报，内容包括巡检情况、故障处理、备份及恢复记录、安全事件、存在问题及改进建议；每季度末提交季度运维总结。
（五）遇防汛、年度人口核定、补助集中发放等重要时段，乙方应按甲方通知增派1名工程师驻场，增派期间不另行收费。

第五条 服务考核与验收
（一）甲方按季度对乙方进行考核，考核内容包括：驻场人员到岗率、巡检记录完整性、故障响应及恢复时限、备份成功率、补助发放数据差错数、用户满意度。考核表作为本合同附件一。
（二）季度考核得分低于85分的，扣减当季服务费的5%；低于70分的，扣减当季服务费的10%。
（三）一级故障每超过恢复时限一小时，扣减服务费1,000元；月度可用率每低于约定值0.01个百分点，扣减服务费500元。
（四）服务期满前，甲方组织年度验收，核查全年运维日志、巡检报告、恢复演练记录和季度考核结果，出具书面验收意见。年度验收合格是支付第四季度服务费的条件；验收不合格的，乙方应在15日内整改，整改期间第四季度服务费暂缓支付。

第六条 数据安全
（一）系统中的移民人口、身份证件、银行账户、补偿及补助发放数据均属甲方所有。乙方仅可为履行本合同处理上述数据，不得复制、留存、对外提供或用于其他任何目的。
（二）乙方人员须签署个人保密承诺书，使用甲方分配的实名账号，通过堡垒机操作，严禁在个人设备中存储甲方数据。数据库的导出、删除操作须经甲方书面审批。
（三）发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并立即采取补救措施；因乙方原因造成的，乙方承担全部法律责任和赔偿责任。
（四）乙方应制定数据安全应急预案，每半年组织一次数据泄露及勒索病毒应急演练，并对驻场人员开展个人信息保护和安全操作培训，培训记录报甲方备案。

第七条 保密
乙方对履约中接触的移民个人信息、财政资金拨付信息及甲方内部资料负有保密义务，保密期限不因本合同终止而终止。

第八条 知识产权
乙方在本合同履行中编写的运维脚本、巡检报告、应急预案、操作手册等成果归甲方所有，甲方可自由使用和修改。

第九条 人员管理
（一）驻场人员须具备3年以上政务系统运维经验，其中至少1人持有数据库认证证书。
（二）乙方更换驻场人员须提前10个工作日书面告知甲方，并经甲方同意；新人员的资历不得低于原人员。
（三）乙方不得将本合同项下的服务转包或分包给任何第三方。
（四）驻场人员离场时应交还门禁卡、账号及存储介质，并由甲方当面核验。

第十条 甲方的义务
（一）甲方为驻场人员提供必要的办公场所、网络接入和工作账号，并指定一名联系人负责日常对接。
（二）甲方应及时向乙方通报系统相关的政策调整、补助标准变化和数据口径变更，组织相关科室配合乙方开展巡检和演练。
（三）甲方按本合同约定及时支付服务费用。

第十一条 服务交接
服务期满或合同终止时，乙方应在10个工作日内向甲方或甲方指定的新服务商移交全部运维文档、账号权限清单、配置记录、脚本及未处理完毕的工单，并配合完成不少于5个工作日的交接陪同。乙方应在交接完成后注销其全部账号，并书面承诺未留存甲方数据。

第十二条 违约责任
（一）乙方未按约定时间完成人员进场、逾期提交巡检报告或逾期完成甲方书面要求的整改事项的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
（二）因乙方原因导致补助发放延误或错发的，乙方应协助甲方追回错发资金，并赔偿甲方由此产生的直接损失。

第十三条 合同的变更与解除
（一）本合同一经签订，在服务期内除不可抗力导致合同目的无法实现外，任何一方均不得单方解除合同。
（二）乙方违反本合同约定的，甲方可按第五条、第十二条扣减服务费或要求支付违约金，并要求乙方继续履行，不得因此解除合同。

第十四条 不可抗力
因自然灾害、疫情防控等不可抗力不能按约提供服务的，乙方应及时通知甲方，并采取远程支持等措施减少损失。不可抗力影响期间的服务费，双方根据实际服务情况协商核减。

第十五条 争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交甲方所在地人民法院诉讼解决。

第十六条 其他
本合同一式五份，甲方执三份，乙方执两份，自双方签字盖章之日起生效。磋商文件、响应文件及成交通知书为本合同组成部分。

甲方（盖章）：               乙方（盖章）：
日期：2026年  月  日
"""

H687Z05 = """# 经纬织造追溯系统软件许可及定制开发合同

（乙方标准合同文本 JW-HT-V3.0）

合同编号：JW2026-0412

甲方（用户）：荣成恒远网具有限公司

乙方（供应商）：青岛经纬智造软件有限公司

甲方为实现渔网织造、结节、定型、检验全过程的批次追溯，向乙方采购“经纬织造追溯系统”软件许可及定制开发服务。双方本着平等互利原则，签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供经纬织造追溯系统V5标准版软件许可一套，许可范围为甲方荣成厂区，用户数不超过80个。

1.2 乙方根据甲方需求进行以下定制开发：（1）64台有结网织网机及32台无结网经编机的运行数据采集接口；（2）网线原料批次、织造工单、结节强力检验及定型热处理记录的全流程批次追溯；（3）出口渔网质量证明书自动生成；（4）与甲方金蝶财务系统的数据对接。

1.3 定制开发的具体需求以双方确认的《需求说明书》为准。需求说明书确认后甲方提出的变更，乙方有权另行收费并顺延工期。

1.4 实施服务包括：系统安装部署、基础数据初始化（物料、工艺路线、设备台账、人员）、采集接口联调、批次追溯流程配置、质量证明书模板配置及上线支持。历史数据迁移不在本合同范围内。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 经纬织造追溯系统V5标准版软件许可 | 420,000 |
| 2 | 定制开发（采集接口、批次追溯、证明书、财务对接） | 356,000 |
| 3 | 实施部署及培训 | 64,000 |
| | 合计 | 840,000 |

合同总价为人民币捌拾肆万元整（¥840,000），含税。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的65%，即¥546,000。乙方收到该款项后开始实施。

3.2 系统上线运行后7个工作日内，甲方支付合同总价的35%，即¥294,000。

3.3 乙方收款后10个工作日内向甲方开具增值税普通发票。

3.4 甲方逾期付款的，每逾期一日，按逾期金额的千分之一向乙方支付违约金，且乙方有权暂停服务直至甲方付清款项。

## 第四条 交付与上线

4.1 乙方在收到首期款后90日内完成部署及定制开发，并书面通知甲方上线。甲方应在收到通知后3个工作日内安排上线；甲方未按时安排的，自通知发出之日起第4个工作日视为系统已上线运行。

4.2 因甲方未及时提供设备接口资料、现场条件或确认需求造成的延误，交付期限相应顺延。

4.3 乙方逾期交付的，每逾期一日，按合同总价的万分之二向甲方支付违约金。

4.4 乙方提供系统操作培训2天，培训对象为甲方生产、质检及信息部门的关键用户，每期不超过20人。超出部分的培训按每人每天800元另行收费。

4.5 系统运行所需的服务器、数据库、操作系统、工业交换机及采集终端由甲方自行采购并在实施前准备到位，其性能须满足乙方提出的配置要求。因甲方环境不满足要求导致的系统故障，不属于乙方维护责任。

## 第五条 验收

5.1 系统部署完成并上线运行后，即视为甲方验收合格。

5.2 甲方在上线后发现的问题，乙方在维护期内予以处理，但不影响已视为验收合格的效力及甲方的付款义务。

## 第六条 维护服务

6.1 乙方自系统上线之日起提供六个月的免费维护服务，内容包括软件缺陷修复及远程技术支持，不包括现场服务和功能调整。

6.2 免费维护期满后，甲方如需继续获得维护服务，应与乙方另行签订维护协议，维护费按乙方当年公布的服务价格标准执行。

6.3 故障响应：一级故障（系统整体无法使用）乙方在接到甲方报告后8小时内响应；二级故障在2个工作日内响应；三级故障在下一版本中统一处理。

6.4 乙方将尽力按上述时间处理故障，但因故障响应或处理超时，乙方不承担任何扣款、赔偿或违约责任。

6.5 维护服务以远程支持为主。甲方要求现场服务的，按每人每天2,000元另行收费，差旅费用由甲方承担。

6.6 甲方应通过乙方客服热线或工单系统报告故障，并提供故障截图及日志；未按规定方式报告的，响应时间自乙方实际知悉时起算。

## 第七条 甲方义务

7.1 甲方应指定项目联系人，在乙方提出要求后3个工作日内提供需求资料、设备通讯协议及现场配合。

7.2 甲方应按照乙方的操作手册使用系统，不得擅自修改数据库结构或安装未经乙方认可的软件。因甲方操作不当造成的故障和数据损坏，乙方可提供有偿服务。

7.3 甲方应妥善保管系统账号及授权文件，不得将软件复制、转让或提供给甲方关联企业使用。

## 第八条 知识产权

8.1 经纬织造追溯系统及其全部功能模块的知识产权归乙方所有。

8.2 乙方为甲方定制开发的采集接口、追溯模块、证明书模板、财务接口及其源代码、文档，知识产权均归乙方所有。甲方在许可范围内享有非独占、不可转让的使用权，未经乙方书面同意，甲方不得修改、反编译或交由第三方维护。

8.3 乙方保证所提供的软件不侵犯第三方的知识产权。如第三方提出侵权主张，乙方负责处理，但因甲方修改软件或与其他软件组合使用引起的除外。

## 第九条 数据

9.1 甲方在系统中录入和产生的生产、质量及客户数据归甲方所有，乙方仅在为甲方提供实施和维护服务时使用。

9.2 乙方应采取账号权限管理、数据加密传输和定期备份等措施保障数据安全；因乙方原因造成甲方数据泄露或丢失的，乙方承担相应的赔偿责任，并应在发现后24小时内通知甲方。

## 第十条 保密

双方对本合同内容及履约中知悉的对方商业秘密、技术资料负有保密义务，保密期限为本合同终止后三年。

## 第十一条 责任限制

11.1 乙方在本合同项下的全部赔偿责任（包括违约金）累计不超过合同总价的20%。

11.2 乙方不承担甲方的间接损失、利润损失、停产损失及数据恢复费用。

11.3 本条约定的责任限制同样适用于乙方的关联公司、员工及其聘请的技术人员。

## 第十二条 版本升级

免费维护期内，乙方为甲方提供标准版软件的小版本升级。大版本升级及新增功能模块须另行购买。

## 第十三条 不可抗力

因不可抗力、网络运营商故障、黑客攻击、计算机病毒或政府行为导致合同不能履行或延迟履行的，受影响一方不承担责任，但应及时通知对方。

## 第十四条 合同解除

一方严重违约，经守约方书面通知后30日内仍未纠正的，守约方有权解除本合同。

## 第十五条 通知

本合同项下的通知以书面形式发送至本合同首页所列地址或双方确认的电子邮箱，邮件发出即视为送达。任何一方变更联系方式的，应提前书面通知对方。

## 第十六条 争议解决

因本合同引起的争议，双方协商解决；协商不成的，任何一方均可向乙方所在地人民法院提起诉讼。

## 第十七条 其他

17.1 本合同为乙方标准合同文本，双方对本合同条款已充分阅读并理解。

17.2 本合同附件包括：《需求说明书》《系统配置要求》《实施计划》。附件与本合同不一致的，以本合同为准。

17.3 本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：　　　　　　乙方（盖章）：

日期：2026年　月　日
"""

H687E01 = """
T:Software Licence and Services Agreement
P:Agreement No. NRS-CN-2026-014
P:This Software Licence and Services Agreement (the "Agreement") is made on the date of the last signature below between:
P:(1) Anhui Fengyuan Seed Industry Co., Ltd., a company incorporated in the People's Republic of China with its registered office at 88 Changjiang West Road, Hefei, Anhui Province (the "Customer"); and
P:(2) Nile Ridge Software Limited, a company incorporated in the Republic of Uganda with its registered office at Plot 14 Awich Road, Gulu City, Uganda (the "Vendor").
P:The Customer produces and sells certified crop seed and wishes to trace every seed lot from the breeding plot to the distributor. The Vendor has developed SeedTrace, a seed-lot traceability and field-trial management system. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the SeedTrace Enterprise Edition, version 7, in object code, with its user documentation and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, report templates, label formats, configuration scripts and any other work product created by the Vendor specifically for the Customer under Article 3, including their source code and documentation.
P:1.3 "Final Acceptance" means the Customer's written confirmation issued under Article 6.3.
P:1.4 "Customer Data" means all data entered into, uploaded to or generated by the Software in the Customer's environment, including breeding records, field-trial results, lot numbers, germination test results and distributor information.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, irrevocable, non-exclusive licence to install and use the Software on servers located in the People's Republic of China for the internal business of the Customer and its subsidiaries, for up to 350 named users and 6 processing plants.
P:2.2 The Customer may make copies of the Software for backup, testing and disaster recovery. The Customer shall not sell, rent or sublicense the Software to any third party.
H:Article 3 Services
P:3.1 The Vendor shall install and configure the Software in the Customer's data centre in Hefei, build interfaces with the Customer's ERP system, laboratory information system and warehouse management system, design 24 seed-lot report templates and 9 bag-label formats, and migrate the lot history of the last three seasons from the Customer's current spreadsheets and database.
P:3.2 The Vendor shall train 20 key users and 4 system administrators on site in Hefei and provide training materials in Chinese and English.
P:3.3 The Vendor shall deliver the Services according to the project plan in Annex 2 and shall complete installation within 60 days and the Custom Deliverables within 150 days after the effective date.
P:3.4 The Vendor shall appoint a project manager who speaks Chinese or provide a qualified interpreter for all on-site meetings at the Vendor's cost.
H:Article 4 Price
P:4.1 The total price of this Agreement is CNY 1,716,000 (the "Contract Price"), made up of Licence Fees of CNY 1,260,000, implementation and interface fees of CNY 318,000, data migration fees of CNY 92,000 and training fees of CNY 46,000.
P:4.2 The Contract Price is fixed and includes all taxes, travel and living expenses, third-party components and every service to be performed during the warranty period.
H:Article 5 Payment
P:5.1 The Customer shall pay 20% of the Contract Price (CNY 343,200) within 20 days after receipt of the Vendor's invoice issued on signature of this Agreement.
P:5.2 The Customer shall pay 45% of the Contract Price (CNY 772,200) within 20 days after the Vendor has installed the Software and the Customer has signed the installation record. The installation record is not an acceptance of the Software.
P:5.3 The Customer shall pay the remaining 35% of the Contract Price (CNY 600,600) within 20 days after Final Acceptance.
P:5.4 All payments are made in CNY by bank transfer to the account stated in the invoice. Each party bears its own bank charges.
H:Article 6 Acceptance
P:6.1 After completing the Services, the Vendor shall notify the Customer in writing that the system is ready for acceptance testing.
P:6.2 The acceptance criteria are: (a) all functions listed in Annex 1 pass the agreed test scripts; (b) the migrated lot history matches the source records on a full count and on a sample of 500 lots checked field by field; (c) every interface runs for 10 consecutive working days without a failed or duplicated message; (d) a lot trace from distributor back to breeding plot completes within 3 seconds with 150 concurrent users; and (e) no Severity 1 or Severity 2 defect remains open.
P:6.3 When all criteria are met the Customer shall issue a Final Acceptance certificate within 10 working days. Go-live, productive use or any payment does not by itself mean acceptance.
P:6.4 If a test fails, the Vendor shall correct the defects within 15 days at its own cost and repeat the test.
H:Article 7 Warranty and Support
P:7.1 The Vendor warrants that the Software and the Custom Deliverables will perform in accordance with their documentation for 24 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, supply updates and new versions and provide remote and on-site support free of charge.
P:7.2 Severity 1 means that the Software is down or that lots cannot be traced or released. The Vendor shall respond to a Severity 1 incident within 1 hour, at any time of day, and restore service within 8 hours. Severity 2 incidents shall be responded to within 2 hours during business hours.
P:7.3 For each full hour by which a Severity 1 response or restoration time is exceeded, the Vendor shall credit the Customer CNY 1,000, to be deducted from any amount payable or paid by the Vendor on demand.
P:7.4 After the Warranty Period the Customer may order annual support. The annual support fee shall be 11% of the Licence Fees, namely CNY 138,600 per year, and shall remain fixed for three years after the end of the Warranty Period. Support is ordered year by year and does not renew automatically.
H:Article 8 Intellectual Property
P:8.1 The Vendor keeps all intellectual property rights in the Software.
P:8.2 All intellectual property rights in the Custom Deliverables vest in the Customer on creation. The Vendor shall deliver their source code with Final Acceptance, and the Customer may use, modify and license them freely, including through third parties.
P:8.3 The Vendor shall defend and indemnify the Customer against any claim that the Software or the Custom Deliverables infringe a third party's rights.
H:Article 9 Customer Data and Data Security
P:9.1 Customer Data belongs to the Customer. The Vendor may process Customer Data only to perform this Agreement and may not copy, keep or use it for any other purpose.
P:9.2 The Vendor shall access the Customer's systems only through the Customer's VPN and bastion host, with named accounts approved by the Customer for each session, and shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China. No Customer Data may be transferred outside the People's Republic of China.
P:9.3 The Vendor shall notify the Customer within 12 hours of any actual or suspected security breach affecting Customer Data, take immediate remedial steps and be liable for all losses caused by a breach attributable to the Vendor.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information received from the other party, including breeding data, variety pipelines and prices, and shall use it only for this Agreement. This obligation survives termination of this Agreement.
H:Article 11 Delay and Liability
P:11.1 If the Vendor fails to complete installation or the Custom Deliverables by the dates in Article 3.3, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:11.2 The Vendor's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to personal injury, wilful misconduct, infringement claims under Article 8.3 or breach of Articles 9 and 10.
H:Article 12 Subcontracting and Assignment
P:12.1 The Vendor shall not subcontract any part of the Services without the Customer's prior written consent. The Vendor remains responsible for the work of any approved subcontractor.
P:12.2 Neither party may assign this Agreement without the other party's prior written consent.
H:Article 13 Termination
P:13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 20 days after receiving notice.
P:13.2 The Customer may also terminate this Agreement by written notice if the liquidated damages under Article 11.1 reach their maximum.
P:13.3 On termination by the Customer for the Vendor's breach, the Vendor shall refund the amounts paid for Services not accepted and deliver all completed Custom Deliverables.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the Republic of Uganda.
P:14.2 Any dispute arising out of this Agreement shall first be discussed by senior managers of both parties. If it is not resolved within 30 days, it shall be referred to arbitration at the Centre for Arbitration and Dispute Resolution in Kampala under its rules. The arbitration shall be conducted in English by a sole arbitrator.
H:Article 15 General
P:15.1 This Agreement, with Annex 1 (Functional Specification) and Annex 2 (Project Plan), is the entire agreement of the parties on its subject.
P:15.2 Amendments must be in writing and signed by both parties. This Agreement is signed in two originals in English, one for each party.
P:For the Customer: ____________________    For the Vendor: ____________________
"""

H687E02 = """# ORDER FORM — ShiftDesk Workforce Scheduling Service

**Order Form No.** VCW-OF-2026-0093

**Provider:** Victoria Cloudworks Limited, Plot 27 Kenyatta Road, Isamilo, Mwanza, United Republic of Tanzania

**Customer:** Guangzhou Huanan Cold Chain Logistics Co., Ltd., 16 Keyun Road, Tianhe District, Guangzhou, People's Republic of China

This Order Form consists of Part A (Order Details) and Part B (General Terms). Part B applies to this Order Form only. If the parts conflict, Part A prevails.

## PART A — ORDER DETAILS

### A1. Service

ShiftDesk is a hosted workforce scheduling, time-and-attendance and driver-roster service. The Customer subscribes to the Professional plan for its warehouses in Guangzhou, Foshan, Dongguan and Shenzhen and for its transport fleet. The subscription includes the web console, the ShiftDesk mobile app for drivers and warehouse staff, the rule engine for shift patterns and overtime, and the standard payroll export.

### A2. Subscription Term

The Subscription Term is 24 months, starting on 1 May 2026 (the "Start Date") and ending on 30 April 2028. The Subscription Term does not renew automatically. Any renewal requires a new Order Form signed by both parties, on fees agreed at that time.

### A3. Fees

| Item | Basis | Quantity | Unit price (CNY) | Amount (CNY) |
|---|---|---|---|---|
| ShiftDesk Professional subscription, first subscription year | per named user per year | 420 | 620 | 260,400 |
| ShiftDesk Professional subscription, second subscription year | per named user per year | 420 | 620 | 260,400 |
| Onboarding (configuration, data load, payroll interface, training) | fixed, one-off | 1 | 34,000 | 34,000 |
| **Total Order Value** | | | | **554,800** |

Users added during the Subscription Term are charged at CNY 620 per named user per year, pro rata by month. Additional SMS notifications above 20,000 messages per month are charged at CNY 0.06 per message, billed monthly in arrears; they are not part of the Total Order Value. All fees include VAT.

### A4. Invoicing and Payment

(a) The Onboarding fee is invoiced after Go-Live Acceptance under A5.

(b) Subscription fees are invoiced quarterly in arrears, at CNY 65,100 per quarter, starting with the quarter that begins on the Start Date.

(c) The Customer pays each undisputed invoice within 30 days after receipt, by bank transfer in CNY to the Provider's account in the invoice. No amount is payable before the Start Date.

### A5. Onboarding and Go-Live Acceptance

(a) The Provider shall complete Onboarding by 20 April 2026. Onboarding consists of: configuring four sites and the fleet with their shift patterns, overtime rules and approval chains; loading the employee master data of 420 users; building the export to the Customer's payroll system; and training 16 supervisors.

(b) Go-Live Acceptance criteria: (i) the rosters for two full weeks at every site are generated without a manual correction caused by the rule engine; (ii) attendance records of a parallel run of 10 working days match the Customer's existing clock system for every user; (iii) the payroll export is accepted by the payroll system without error for one full pay cycle; and (iv) the mobile app works on the Customer's standard Android and iOS devices.

(c) The Customer confirms Go-Live Acceptance in writing within 5 working days after all criteria are met. Use of the Service before that date does not mean acceptance.

(d) If Onboarding is not completed by the date in A5(a) for reasons attributable to the Provider, the Provider shall pay the Customer CNY 500 for each day of delay, deducted from the Onboarding fee and then from subscription invoices.

### A6. Contacts

Provider account manager: Grace Mwakalinga, grace.m@victoriacloudworks.co.tz. Customer project owner: Mr. Liang Zhiqiang, HR Operations, liangzq@huanan-coldchain.cn.

## PART B — GENERAL TERMS

### 1. Provision of the Service

1.1 The Provider shall make the Service available to the Customer's named users during the Subscription Term in accordance with this Order Form and the Service documentation.

1.2 The Provider may improve or change the features of the Service, provided that no change materially reduces the functions described in A1. The Provider shall give 15 days' notice of any change to the user interface of the mobile app.

1.3 The Service is hosted on cloud infrastructure located in the People's Republic of China.

### 2. Service Levels

2.1 The Service shall be available at least 99.95% of each calendar month, measured at the Provider's application endpoint, excluding planned maintenance announced at least 72 hours in advance and carried out between 01:00 and 05:00 China Standard Time.

2.2 Priority 1 means that users cannot log in, rosters cannot be published or attendance cannot be recorded at one or more sites. The Provider shall respond to a Priority 1 incident within 30 minutes, 24 hours a day, and shall provide a workaround or a fix within 6 hours. Priority 2 incidents are answered within 2 hours during business hours.

2.3 If monthly availability falls below the level in 2.1, the Customer receives a service credit of 5% of that month's subscription fee for each started 0.1 percentage point of shortfall, up to half of that month's fee. For each full hour by which a Priority 1 response is late, the Customer receives a credit of CNY 300. Credits are deducted from the next invoice, or paid out at the end of the Subscription Term.

### 3. Customer Data

3.1 Customer Data means all data submitted to the Service by or for the Customer, including employee names, identity numbers, shift records, attendance records, vehicle assignments and location check-ins. Customer Data belongs to the Customer.

3.2 The Provider processes Customer Data only to provide the Service to the Customer under this Order Form and on the Customer's instructions, and does not use it for any other purpose.

3.3 Within 30 days after the end of the Subscription Term, the Provider shall make all Customer Data available for export in CSV format and shall then delete it from its systems, confirming deletion in writing.

### 4. Data Security

4.1 The Provider shall keep Customer Data in data centres in the People's Republic of China and shall protect it with encryption in transit and at rest, role-based access, multi-factor authentication for administrators and logged access reviews every quarter. The hosting environment holds a valid MLPS level 3 record.

4.2 The Provider shall comply with the Personal Information Protection Law of the People's Republic of China and shall not transfer Customer Data outside the People's Republic of China.

4.3 The Provider shall notify the Customer within 24 hours after becoming aware of any security incident affecting Customer Data, shall take all reasonable measures to contain it and shall bear the costs and losses resulting from an incident caused by its failure to meet this Section 4.

### 5. Subcontractors

5.1 The Provider may use subcontractors, including hosting providers and support partners, to perform any part of the Service. The Provider shall inform the Customer of each new subcontractor by e-mail to the Customer's project owner before the subcontractor starts work.

5.2 The Provider remains responsible for the acts and omissions of its subcontractors as for its own.

### 6. Configurations and Reports

6.1 Shift templates, rule sets, report layouts and the payroll export mapping created for the Customer during Onboarding or later are the Customer's property. The Customer may use, copy and modify them and may give them to any future service provider.

6.2 The Provider keeps all rights in the ShiftDesk software and platform.

### 7. Liability

7.1 Neither party is liable for indirect or consequential loss, including loss of profit, except in the case of wilful misconduct.

7.2 Each party's total liability arising out of or in connection with this Order Form is limited to the fees paid or payable by the Customer in the nine months preceding the event giving rise to the claim.

7.3 The limits in 7.1 and 7.2 do not apply to death or personal injury caused by negligence.

### 8. Term and Termination

8.1 This Order Form takes effect on signature and ends at the end of the Subscription Term.

8.2 Either party may terminate this Order Form by written notice if the other party materially breaches it and fails to cure the breach within 30 days after written notice.

8.3 If the Customer terminates under 8.2, the Provider shall refund any fees paid for the period after termination and shall provide the data export under 3.3.

### 9. Governing Law and Disputes

9.1 This Order Form is governed by the laws of the People's Republic of China.

9.2 Any dispute shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen under its rules in force at the time. The award is final and binding on both parties.

### 10. General

10.1 Notices under this Order Form are given by e-mail to the contacts in A6, confirmed by letter for notices of breach or termination.

10.2 This Order Form is the entire agreement of the parties on the Service. Changes require a written amendment signed by both parties.

| | Provider | Customer |
|---|---|---|
| Name | Victoria Cloudworks Limited | Guangzhou Huanan Cold Chain Logistics Co., Ltd. |
| Signature | | |
| Date | | |
"""

H687E03 = """
T:Supply Contract for Milk-Tank Sensors and Monitoring Software
P:Contract No. YS-DY-2026-0217
P:Buyer: Inner Mongolia Yili Pasture Dairy Co., Ltd., 33 Jinshan Avenue, Jinshan Development Zone, Hohhot, Inner Mongolia, People's Republic of China (the "Buyer").
P:Supplier: Ankole Sensing Technologies Limited, Plot 9 High Street, Kakoba Division, Mbarara City, Uganda (the "Supplier").
P:The Buyer operates 24 milk collection centres and 6 cold rooms supplying its processing plants. It wishes to monitor milk temperature, level and agitation in every bulk tank and the temperature of every cold room in real time. The Supplier manufactures the TankSense sensor range and the TankSense Monitor software. This Contract is issued on the Buyer's standard terms.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways and probes listed in clause 2.1.
P:1.2 "Software" means the TankSense Monitor software, version 4, with its documentation and updates.
P:1.3 "Custom Work" means the dashboards, alarm rules, reports and the interface with the Buyer's milk procurement system developed for the Buyer under this Contract.
P:1.4 "Final Acceptance" means the certificate issued by the Buyer under clause 6.3.
P:1.5 "Buyer Data" means all readings, alarms, logs and other data produced by the Equipment and the Software or supplied by the Buyer.
H:2. Scope and Price
P:2.1 The Supplier shall supply, install and commission the following, and grant the licence in clause 3:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|TankSense T3 tank sensor (temperature, level, agitation)|180|3,800|684,000
TB:2|TankSense cellular gateway with battery backup|24|9,600|230,400
TB:3|Cold-room temperature probe, stainless|96|1,450|139,200
TB:4|TankSense Monitor software, perpetual licence, unlimited users|1|318,000|318,000
TB:|Equipment and Licence Subtotal|||1,371,600
TB:5|Installation, commissioning and Custom Work|1|142,000|142,000
TB:6|Training of operators and administrators|1|24,400|24,400
TB:|Contract Price|||1,538,000
P:2.2 The Contract Price of CNY 1,538,000 is fixed. It includes VAT, packing, freight and insurance to each site, import duties and clearance, installation materials and all services during the warranty period.
P:2.3 The Supplier shall provide the Buyer with the packing list, certificates of origin, CCC or other certificates required in China and calibration certificates for every sensor and probe.
H:3. Licence
P:3.1 The Supplier grants the Buyer a perpetual, non-exclusive, non-transferable licence to install and use the Software on the Buyer's servers in China for the Buyer and its affiliates, without limit on users or sites.
P:3.2 The Buyer may copy the Software for backup and testing and may have the Software operated by a contractor on its behalf.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all Equipment to the sites in Annex 1 within 70 days after the signing of this Contract, and shall complete installation and commissioning at every site within 45 days after delivery.
P:4.2 The Supplier shall install the Software on the Buyer's virtual servers in Hohhot, configure the alarm rules for each site and build the interface that sends tank readings to the Buyer's milk procurement system.
P:4.3 Installation shall be done without emptying any tank for longer than 3 hours and in line with the Buyer's food safety and hygiene rules. Every sensor in contact with milk shall be certified food grade.
P:4.4 Delivery and installation records signed by a site manager confirm only quantity and condition, and are not acceptance.
H:5. Payment
P:5.1 The Buyer shall pay 16% of the Contract Price (CNY 246,080) within 15 working days after signature and receipt of an advance payment guarantee from a bank acceptable to the Buyer.
P:5.2 The Buyer shall pay 49% of the Contract Price (CNY 753,620) within 15 working days after delivery and installation at all sites.
P:5.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 538,300) within 15 working days after Final Acceptance.
P:5.4 Each payment is made against a valid VAT invoice issued by the Supplier or its appointed agent in China.
H:6. Acceptance
P:6.1 After commissioning, the parties shall carry out a trial run of 30 days at all sites.
P:6.2 The acceptance criteria are: (a) every sensor reads within ±0.2 °C of a calibrated reference thermometer at three spot checks; (b) level readings are within ±1 cm of the dipstick; (c) the Software receives the readings of every sensor throughout the trial run, and every gap longer than 15 minutes is explained and corrected; (d) temperature alarms reach the site manager's phone within 60 seconds in ten tests per site; (e) the interface delivers readings to the milk procurement system without loss for the whole trial run; and (f) no Severity 1 incident occurs in the last 15 days of the trial run.
P:6.3 When all criteria are met the Buyer shall issue a Final Acceptance certificate within 7 working days. Use of the Equipment or the Software during or after the trial run, or any payment, is not acceptance.
P:6.4 If a criterion is not met the Supplier shall correct the cause at its own cost within 15 days, and the trial run shall be repeated.
H:7. Warranty and Support
P:7.1 The Supplier warrants the Equipment and the Software for 36 months from Final Acceptance. During the warranty the Supplier shall repair or replace faulty Equipment, recalibrate sensors once a year, correct Software defects and supply updates, all free of charge.
P:7.2 Severity 1 means that a gateway or the Software is down, or that temperature alarms are not delivered, at one or more sites. The Supplier shall respond to a Severity 1 incident within 2 hours and have a technician or a local service partner on site within 24 hours. Severity 2 incidents shall be responded to within 8 business hours.
P:7.3 For each full hour by which a Severity 1 response is late, the Supplier shall pay CNY 600, and for each full day by which on-site attendance is late, CNY 2,000. The Buyer may deduct these amounts from any payment.
P:7.4 After the warranty the Buyer may order annual support for the Equipment and the Software at 9.5% of the Equipment and Licence Subtotal, namely CNY 130,302 per year. This fee is fixed for the three years after the warranty. Support is ordered for each year by purchase order and does not renew automatically.
H:8. Intellectual Property
P:8.1 The Supplier keeps its intellectual property rights in the Equipment and the Software.
P:8.2 The Custom Work, including its source code and documentation, belongs to the Buyer. The Buyer may use, modify and license it without restriction and may have it maintained by any third party.
H:9. Buyer Data and Security
P:9.1 Buyer Data belongs to the Buyer. The Supplier may use Buyer Data only to perform this Contract and shall not keep, copy or use it for any other purpose.
P:9.2 Gateways shall send data only to the Buyer's servers, over encrypted connections. Remote access by the Supplier requires approval by the Buyer's IT department for each session and is logged. The Supplier shall comply with the Data Security Law and the Personal Information Protection Law of the People's Republic of China.
P:9.3 The Supplier shall report any security incident affecting Buyer Data within 12 hours, take immediate remedial steps and be liable for losses caused by an incident attributable to it.
H:10. Confidentiality
P:10.1 Each party shall keep confidential the other party's non-public information received under this Contract, including the Buyer's supplier farms, milk volumes and prices, and shall not disclose it without prior written consent. This obligation continues for three years after the end of this Contract.
H:11. Delay and Liability
P:11.1 If the Supplier fails to meet a delivery or installation date in clause 4.1, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price.
P:11.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, food safety losses caused by defective Equipment, wilful misconduct and breach of clauses 9 and 10, which are not limited.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract installation, service or any other part of this Contract without the Buyer's prior written consent, and remains responsible for any approved subcontractor or local service partner.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after notice, or if the liquidated damages under clause 11.1 reach their maximum.
P:13.2 On such termination the Supplier shall refund the amounts paid for Equipment and services not accepted and take back any Equipment the Buyer does not wish to keep.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Disputes shall be submitted to the Hohhot Arbitration Commission for arbitration in Hohhot. The arbitration language is Chinese, and the Supplier may use an interpreter at its own cost.
H:15. Miscellaneous
P:15.1 Annex 1 (Site list), Annex 2 (Technical specification) and Annex 3 (Acceptance test plan) form part of this Contract.
P:15.2 This Contract is signed in Chinese and English. Both versions are equally valid.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H687E04 = """# MANAGED SERVICES AGREEMENT

**Service Desk and Endpoint Management — Agreement No. DDS-MSA-2026-006**

This Managed Services Agreement is made between:

**Chongqing Jialing Precision Auto Parts Co., Ltd.**, 118 Jinkai Avenue, Liangjiang New Area, Chongqing, People's Republic of China (the "Customer"); and

**Dodoma Digital Services Limited**, Plot 52 Jamhuri Street, Dodoma, United Republic of Tanzania (the "Provider").

The Customer runs four plants and a head office in Chongqing with about 1,650 computer users. It wishes to outsource its IT service desk and the management of its desktops, laptops and shop-floor terminals. The Provider operates a bilingual service desk and has a delivery team in Chongqing. The parties agree as follows.

## 1. Definitions

1.1 "Services" means the services described in Schedule 1.

1.2 "Service Levels" means the levels set out in Schedule 3.

1.3 "Transition" means the transfer of the services from the Customer's internal team to the Provider under Section 3.

1.4 "Customer Data" means all data of the Customer, its employees, customers and suppliers that the Provider accesses, receives or generates in performing the Services, including tickets, user directories, device inventories and files on managed devices.

1.5 "Service Commencement Date" means the day after the Customer signs the Transition acceptance certificate.

## 2. Term

2.1 The Services are provided for 36 months from the Service Commencement Date (the "Term").

2.2 This Agreement does not renew automatically. Not later than six months before the end of the Term, the parties shall discuss whether to extend it, and any extension requires a written amendment signed by both parties.

## 3. Transition

3.1 The Provider shall complete Transition within 10 weeks after signature of this Agreement, according to the Transition plan agreed by both parties. Transition includes knowledge transfer from the Customer's team, set-up of the ticketing tool, telephone lines and remote management tools, enrolment of all devices in the Provider's endpoint management platform and a parallel run of two weeks.

3.2 Transition acceptance criteria: (a) at least 98% of the devices in the Customer's inventory are enrolled and reporting; (b) all knowledge articles listed in the Transition plan are written and approved by the Customer; (c) during the parallel run, every ticket is logged, classified and routed correctly; and (d) the Customer's test calls in Chinese and English are answered according to the Service Levels.

3.3 The Customer shall sign the Transition acceptance certificate within 5 working days after all criteria are met, or give written reasons for refusing it. Performance of the Services before that date is not acceptance.

3.4 If Transition is delayed, the Provider shall put more staff on the project at its own cost and shall report progress to the Customer weekly until it is complete. The Provider shall not be liable for any penalty, damages or fee reduction for late completion of Transition.

## 4. Services and Service Levels

4.1 The Provider shall perform the Services described in Schedule 1 with due skill and care, in accordance with good industry practice and the Customer's IT policies notified to it.

4.2 The Provider shall meet the Service Levels in Schedule 3 and shall report its performance against them in a monthly service report delivered within 7 working days after the end of each month.

4.3 If the Provider misses a Service Level in any month, it shall deliver a service improvement plan within 10 working days, stating the causes and the measures to be taken, and shall implement that plan. The Service Levels are performance targets. A failure to meet them does not give rise to service credits, fee reductions or damages.

4.4 The Provider's staff working on site shall comply with the Customer's safety, security and plant access rules.

## 5. Charges and Payment

5.1 The Charges are set out in Schedule 2. The total Charges for the Term are CNY 2,302,000.

5.2 The Transition fee is invoiced after the Customer signs the Transition acceptance certificate.

5.3 The Monthly Service Charge is invoiced monthly in arrears. The Customer shall pay each undisputed invoice within 30 days after receipt.

5.4 The Monthly Service Charge covers up to 1,800 managed devices. Devices above that number are charged at the rate in Schedule 2.

5.5 The Charges are fixed for the Term and include VAT.

## 6. Customer Data and Security

6.1 Customer Data belongs to the Customer. The Provider may use Customer Data only to perform the Services and shall not copy, keep or use it for any other purpose.

6.2 All Customer Data and the Provider's tools that hold it shall be hosted in the People's Republic of China. Access from outside China is not permitted.

6.3 The Provider shall apply least-privilege access, multi-factor authentication for all administrator accounts, encryption of stored data and quarterly access reviews. The Provider shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China.

6.4 The Provider shall notify the Customer within 8 hours of any security incident affecting Customer Data or managed devices, cooperate fully in the investigation and bear the losses caused by an incident attributable to its breach of this Section 6.

## 7. Confidentiality

7.1 Each party shall keep confidential any non-public information received from the other party under this Agreement, including product drawings, customer lists and prices, and shall not disclose it to third parties without prior written consent. This obligation survives the end of this Agreement for three years.

## 8. Intellectual Property

8.1 Knowledge articles, scripts, device images, runbooks and reports prepared by the Provider for the Customer under this Agreement belong to the Customer, which may use and modify them freely and give them to any successor provider.

8.2 The Provider keeps its rights in its own tools and methods.

## 9. Personnel and Subcontracting

9.1 The Provider shall name a service delivery manager based in Chongqing and shall not replace that person without the Customer's agreement, which shall not be unreasonably withheld.

9.2 The Provider shall not subcontract any part of the Services without the Customer's prior written consent.

## 10. Liability

10.1 Neither party is liable for indirect or consequential loss or loss of profit.

10.2 The Provider's total liability arising out of or in connection with this Agreement is limited to the Charges paid by the Customer in the six months preceding the event giving rise to the claim.

10.3 Section 10.2 does not apply to personal injury, wilful misconduct or breach of Section 6 or Section 7.

## 11. Termination

11.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.

11.2 On expiry or termination, the Provider shall support the transfer of the Services to the Customer or a successor for up to 60 days at the rates in Schedule 2, return all Customer Data and delete its copies.

## 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission (CIETAC) for arbitration in Chongqing under its rules in force at the time.

## 13. General

13.1 The Schedules form part of this Agreement. If they conflict with the Sections, the Sections prevail.

13.2 Changes to this Agreement must be in writing and signed by both parties.

## Schedule 1 — Services

| Service | Description | Hours |
|---|---|---|
| Service desk | Bilingual (Chinese / English) telephone, e-mail and portal support for all users; logging, classification, first-line resolution and routing of tickets | 07:00–22:00, Monday to Saturday; Priority 1 by telephone at all times |
| Desktop support | On-site second-line support at the head office and the four plants; hardware replacement using the Customer's spare stock | 08:00–18:00 on working days |
| Endpoint management | Patch deployment, software distribution, antivirus and disk encryption management for up to 1,800 devices; monthly compliance report | Continuous |
| Shop-floor terminals | Imaging and recovery of the 210 shop-floor terminals on the production lines, coordinated with plant shift leaders | On call during production shifts |
| IMAC | Installs, moves, adds and changes of devices for joiners, leavers and relocations | 08:00–18:00 on working days |

## Schedule 2 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | one-off, after Transition acceptance | 88,000 |
| Monthly Service Charge | per month, 36 months, in arrears | 61,500 |
| Total Monthly Service Charges over the Term | 36 × 61,500 | 2,214,000 |
| Total Charges for the Term | | 2,302,000 |
| Additional managed device above 1,800 | per device per month | 28 |
| Exit support under Section 11.2 | per engineer per day | 1,600 |

## Schedule 3 — Service Levels

| Measure | Target |
|---|---|
| Priority 1 (plant line stopped by an IT fault, or more than 50 users unable to work) — response | 15 minutes, at any time |
| Priority 1 — resolution or workaround | 3 hours |
| Priority 2 (single critical user or shop-floor terminal down) — response | 1 hour |
| Telephone calls answered within 30 seconds | 90% of calls per month |
| First-contact resolution at the service desk | 70% of tickets per month |
| Critical security patches deployed | within 7 days of release to 97% of devices |
| User satisfaction in the monthly survey | average score of at least 4.2 out of 5 |

For the Customer: ____________________          For the Provider: ____________________
"""

H687E05 = """DATA SUBSCRIPTION AGREEMENT
CROP AND WEATHER DATA API

Agreement No. SHA-DS-2026-031

BETWEEN

Xiamen Haixi Agricultural Commodities Trading Co., Ltd., 9 Lujiang Road, Siming District, Xiamen, Fujian Province, People's Republic of China (the "Customer")

AND

Southern Highlands Agri-Data Limited, Plot 6 Karume Avenue, Forest Area, Mbeya, United Republic of Tanzania (the "Vendor")

BACKGROUND

The Customer buys coffee, tea, sesame and cashew from East African growers and cooperatives and sells them in China. It needs reliable crop condition, harvest estimate and weather data for the growing areas it buys from, delivered into its own trading and risk systems. The Vendor collects field observations through a network of agronomists and weather stations in Tanzania, Uganda, Kenya and Malawi and publishes them through an API. The parties therefore agree as follows.

1. DEFINITIONS

1.1 "API" means the Vendor's application programming interface through which the Data is delivered, with its documentation.

1.2 "Data" means the crop condition scores, planting and harvest progress reports, yield estimates, station weather observations and seasonal forecasts listed in Schedule A, as updated by the Vendor from time to time.

1.3 "Historical Data Package" means the Data for the covered regions from the 2016 season to the Start Date, delivered as files under clause 4.

1.4 "Subscription Year" means each of the two periods of the Subscription Term: the first Subscription Year runs from 1 June 2026 to 31 May 2027 and the second from 1 June 2027 to 31 May 2028.

1.5 "Customer Materials" means the lists of cooperatives, farm plots, coordinates, purchase volumes and other information that the Customer uploads to the API or sends to the Vendor to configure its watch lists, and the query logs of the Customer's users.

1.6 "Custom Reports" means the weekly regional supply outlook and the price-risk indicators designed for the Customer under clause 5.

2. SUBSCRIPTION

2.1 The Vendor grants the Customer, for the Subscription Term, a non-exclusive, non-transferable right to access the API and to use the Data within the Customer and its affiliates in China for trading, purchasing, risk management and internal reporting.

2.2 The Customer may store the Data in its own systems and may keep using Data received during the Subscription Term after it ends, for internal purposes only. The Customer shall not resell the Data or publish it in raw form.

2.3 The subscription covers up to 40 named users and 500,000 API calls per month. Calls above that volume are charged under clause 3.3.

3. TERM AND FEES

3.1 The Subscription Term is two Subscription Years, from 1 June 2026 (the "Start Date") to 31 May 2028. This Agreement does not renew automatically; a renewal requires a written agreement of both parties, with fees agreed at that time.

3.2 The fees are: subscription fee CNY 356,000 per Subscription Year, CNY 712,000 for the two Subscription Years; and an integration fee of CNY 18,000 for the set-up of the Customer's watch lists, data mapping and the Custom Reports. The total fees under this Agreement are CNY 730,000, including VAT.

3.3 API calls above the monthly volume in clause 2.3 are charged at CNY 0.02 per call, invoiced monthly in arrears. These charges are not included in the total fees.

3.4 The subscription fee for each Subscription Year is invoiced in four equal quarterly instalments of CNY 89,000, each at the end of the quarter to which it relates. The integration fee is invoiced after Integration Acceptance.

3.5 The Customer pays each correct invoice within 30 days after receipt by bank transfer in CNY.

4. DELIVERY AND INTEGRATION ACCEPTANCE

4.1 The Vendor shall deliver the Historical Data Package and give the Customer's developers access to a test environment of the API by 15 May 2026.

4.2 If the Vendor delivers the Historical Data Package or the test access after that date, it shall pay the Customer CNY 800 for each day of delay, deducted from the first invoices.

4.3 Integration Acceptance criteria: (a) the Historical Data Package contains every region, crop and season listed in Schedule A and loads into the Customer's data warehouse without format errors; (b) the API returns the current Data for all watch-list plots in a test of three consecutive days, with field names and units as documented; (c) the first two weekly Custom Reports are delivered on time and approved by the Customer's head of research.

4.4 The Customer shall confirm Integration Acceptance in writing within 10 working days after the criteria are met, or list the failures. Use of the Data before that confirmation is not acceptance.

5. CUSTOM REPORTS

5.1 The Vendor shall prepare the Custom Reports every week of the Subscription Term, following the design agreed during integration.

5.2 The Custom Reports and the indicator definitions designed for them belong to the Customer. The Customer may use, modify and distribute them and may have them produced by another party after the Subscription Term.

6. SERVICE AND SUPPORT

6.1 The Vendor will use commercially reasonable efforts to keep the API available at all times and to update the Data at the intervals stated in Schedule A.

6.2 The Vendor provides support by e-mail and by a shared messaging channel on working days in East Africa. The Vendor will respond to support requests as soon as it reasonably can.

6.3 The Vendor may suspend the API for maintenance. It will try to give the Customer advance notice of planned maintenance.

7. CUSTOMER MATERIALS

7.1 Customer Materials remain the property of the Customer. The Vendor shall use Customer Materials only to configure and deliver the Data and the Custom Reports to the Customer, and shall not use them for any other purpose or combine them into Data supplied to other customers.

7.2 At the end of the Subscription Term the Vendor shall return the Customer Materials on request and then delete them.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential the terms of this Agreement and all non-public information of the other party received under it, including the Customer's purchase volumes, suppliers and positions, and shall not disclose such information to any third party without the other party's prior written consent, except to professional advisers bound by a duty of confidence or as required by law.

8.2 This clause continues to apply for three years after the end of this Agreement.

9. WARRANTIES

9.1 The Vendor warrants that it has the right to license the Data, that the Data is collected with due care by trained staff, and that it will correct any error in the Data promptly after it is notified.

9.2 The Data is an estimate based on field observation. The Vendor does not warrant any harvest or price outcome, and the Customer remains responsible for its trading decisions.

10. LIABILITY

10.1 Neither party is liable for indirect loss or loss of profit, including trading losses.

10.2 The Vendor's total liability under this Agreement is limited to 200% of the total fees in clause 3.2. This limit does not apply to wilful misconduct or breach of clause 7 or clause 8.

11. SUBCONTRACTING

11.1 The Vendor may use its own employees and the agronomists contracted to it for data collection. Apart from that, the Vendor shall not subcontract the delivery of the Data, the API or the Custom Reports without the Customer's prior written consent.

12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after notice.

12.2 If the Customer terminates under clause 12.1, the Vendor shall refund any fees paid for the period after termination.

13. FORCE MAJEURE

13.1 Neither party is liable for a failure caused by events beyond its reasonable control, such as floods, drought, civil unrest or the failure of public telecommunications networks, provided that it informs the other party promptly and resumes performance as soon as possible. Field data that cannot be collected because of such an event is marked as missing in the API and is not estimated without saying so.

14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute shall be referred to the Xiamen Arbitration Commission for arbitration in Xiamen. The award is final.

15. GENERAL

15.1 Schedule A (Data Coverage and Update Intervals) forms part of this Agreement.

15.2 Notices are given in writing to the addresses above or by e-mail to the contacts named in Schedule A.

15.3 This Agreement is signed in English in two originals.

SCHEDULE A - DATA COVERAGE AND UPDATE INTERVALS

A.1 Regions: Southern Highlands and Kilimanjaro (Tanzania); Rwenzori and Mount Elgon (Uganda); Central Highlands (Kenya); Thyolo and Mulanje (Malawi).

A.2 Crops: arabica and robusta coffee, tea, sesame, cashew.

A.3 Formats: JSON over HTTPS for the API; CSV and Parquet files for the Historical Data Package; PDF and Excel for the Custom Reports. Each record carries the region, crop, observation date, source type and a quality flag.

A.4 Update intervals: station weather observations hourly; crop condition scores and harvest progress weekly; yield estimates monthly during the season; seasonal forecasts at the start of each rainy season.

For the Customer: ____________________    For the Vendor: ____________________
"""

# ----------------------------------------------------------------------------------------------------------------------
# Targets
TEXT = {"h687z03": ("h687z03_coding_school_chain_booking_saas.txt", H687Z03),
        "h687z04": ("h687z04_reservoir_resettlement_archive_system_om.txt", H687Z04),
        "h687z05": ("h687z05_fishing_net_mill_tracking_supplier_template.md", H687Z05),
        "h687e02": ("h687e02_workforce_scheduling_saas_order_form_mwanza_vendor.md", H687E02),
        "h687e04": ("h687e04_service_desk_managed_services_dodoma_vendor.md", H687E04),
        "h687e05": ("h687e05_crop_weather_data_api_subscription_mbeya_vendor.txt", H687E05)}
SOURCES = {"h687z01": H687Z01, "h687z02": H687Z02, "h687e01": H687E01, "h687e03": H687E03}
TARGETS = {"h687z01": ("h687z01_sand_control_station_monitoring_platform.pdf", "pdf"),
           "h687z02": ("h687z02_badminton_racket_line_control_retrofit.docx", "docx"),
           "h687e01": ("h687e01_seed_traceability_perpetual_licence_gulu_vendor.pdf", "pdf"),
           "h687e03": ("h687e03_dairy_tank_sensors_monitoring_licence_mbarara_vendor.docx", "docx")}

# ----------------------------------------------------------------------------------------------------------------------
# Labels. terms in the order of holdout19; extra: sla_clause, ld_stated, [post_warranty_fee_capped], deemed, value.
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]
G, S = "goods_or_licence", "service"


def T(av, p1, rem, ip, dsec, own, conf, ld, cap, pre, acc, fin, war, pwf, auto, term, sub, law, kind):
    return dict(zip(TERM_KEYS, [av, p1, rem, ip, dsec, own, conf, ld, cap, pre, acc, fin, war, pwf, auto, term, sub,
                                law, kind]))


# key: (language, category, terms, sla_clause, ld_stated, capped (goods only), deemed, contract_value,
#       TCO fee base (goods only), forum outside mainland China, design rules)
LABELS = {
    "h687z01": ("zh", "software", T(99.95, 0.5, True, "buyer", True, True, True, 0.1, None, 20, True, True, 36, 8,
                                    False, True, False, "PRC", G),
                True, True, True, False, 2090000, 1180000, False, []),
    "h687z02": ("zh", "hardware", T(None, 0.5, True, "buyer", True, True, True, 0.08, 150, 10, True, True, 18, 28,
                                    False, True, True, "PRC", G),
                True, True, True, False, 1772000, 1548000, False,
                ["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"]),
    "h687z03": ("zh", "cloud", T(99.5, 0.5, True, "buyer", True, False, True, 0.1, 200, None, True, None, None, None,
                                 True, True, False, "PRC", S),
                True, True, None, False, 734000, None, False,
                ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"]),
    "h687z04": ("zh", "services", T(99.95, 0.25, True, "buyer", True, True, True, 0.03, None, None, True, None, None,
                                    None, False, False, False, "PRC", S),
                True, True, None, False, 586000, None, False, ["CR-LD-LOW", "CR-TERMINATION"]),
    "h687z05": ("zh", "software", T(None, 8, False, "supplier", True, True, True, 0.02, 20, 65, False, False, 6, None,
                                    False, True, None, None, G),
                True, True, False, True, 840000, 420000, False,
                ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
                 "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"]),
    "h687e01": ("en", "software", T(None, 1, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 24, 11, False,
                                    True, False, "Uganda", G),
                True, True, True, False, 1716000, 1260000, True, ["CR-GOVERNING-LAW"]),
    "h687e02": ("en", "cloud", T(99.95, 0.5, True, "buyer", True, True, False, 500 / 554800 * 100, 9 / 24 * 100, None,
                                 True, None, None, None, False, True, True, "PRC", S),
                True, True, None, False, 554800, None, False,
                ["CR-CONFIDENTIALITY", "CR-LIABILITY-CAP", "CR-SUBCONTRACT"]),
    "h687e03": ("en", "hardware", T(None, 2, True, "buyer", True, True, True, 0.08, 200, 16, True, True, 36, 9.5,
                                    False, True, False, "PRC", G),
                True, True, True, False, 1538000, 1371600, False, []),
    "h687e04": ("en", "services", T(None, 0.25, False, "buyer", True, True, True, None, 6 / 36 * 100, None, True, None,
                                    None, None, False, True, False, "PRC", S),
                True, False, None, False, 2302000, None, False,
                ["CR-LD-MISSING", "CR-LIABILITY-CAP", "CR-SLA-NO-REMEDY"]),
    "h687e05": ("en", "cloud", T(None, None, False, "buyer", False, True, True, 800 / 730000 * 100, 200, None, True,
                                 None, None, None, False, True, False, "PRC", S),
                False, True, None, False, 730000, None, False,
                ["CR-DATA-SECURITY", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
# policy §3 thresholds (label values must never equal them)
TH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
      "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
HORIZON_YEARS = 5  # policy §4 default
TCO_LIMIT = 40


def tco_share(t, value, base):
    years = max(0.0, HORIZON_YEARS - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * base
    return fees / (value + fees) * 100


def derive(t, sla, ld_stated, capped, deemed, value, base, forum_outside):
    """My reading of policy §3, applied to a label."""
    r = set()
    goods = t["contract_kind"] == G
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
    if not ld_stated:
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or deemed or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not capped or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        if t["post_warranty_fee_pct"] is not None and capped and t["warranty_months"] is not None:
            share = tco_share(t, value, base)
            assert abs(share - TCO_LIMIT) > 2, share
            if share > TCO_LIMIT:
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
    if any(x in HIGH for x in rules):
        return "high"
    if any(x not in LOW for x in rules):
        return "medium"
    return "low"


# ----------------------------------------------------------------------------------------------------------------------
# Threshold figures in text
THRESHOLD_PATTERNS = [
    r"(?<![\d.])99\.9(?!\d)",
    r"(?<![\d.])0?\.05\s*(?:%|％|per\s*cent)", r"万分之五(?![十\d])", r"0\.5\s*‰", r"千分之零点五", r"(?<![\d.])0\.0005(?!\d)",
    r"(?<![\d.,])(?:30|40|15|100)\s*(?:%|％|per\s*cent|percent)",
    r"百分之(?:三十|四十|十五|一百|百)(?![一二三四五六七八九点])", r"(?:thirty|forty|fifteen|one\s*hundred)\s*(?:per\s*cent|percent)",
    r"(?<![\d.])4\s*(?:hours?|hrs?|h(?![a-z]))", r"(?<![\d.])4\s*个?\s*小时", r"(?<![十\d])四\s*个?\s*小时",
    r"four\s*(?:\(4\)\s*)?hours?",
    r"(?<![\d.])12\s*-?\s*months?", r"twelve\s*-?\s*months?", r"(?<![\d.])12\s*个\s*月", r"十二\s*个\s*月",
    r"(?<![第\d十])一\s*年(?![级度])", r"one\s*-?\s*years?", r"(?<![\d.])1\s*-?\s*years?",
    r"(?<![\d.])5\s*-?\s*years?", r"five\s*-?\s*years?", r"(?<![\d十第])五\s*年(?![级度])", r"(?<![\d.])5\s*年",
    r"(?<![\d.])60\s*-?\s*months?", r"六十\s*个\s*月",
]
THRESHOLD_RE = re.compile("|".join("(?:%s)" % p for p in THRESHOLD_PATTERNS), re.I)
MUST_HIT = ["99.9%", "availability of 99.9 %", "4 hours", "within 4hrs", "4小时", "四个小时", "0.05%", "0.05 per cent",
            "万分之五", "30%", "百分之三十", "40 %", "forty per cent", "15%", "100%", "one hundred percent", "12个月",
            "十二个月", "12 months", "12-month", "twelve months", "five years", "5 years", "5年", "五年", "一年",
            "one year", "60 months", "four hours"]
MUST_MISS = ["99.95%", "99.5%", "24 hours", "24小时", "二十四小时", "7×24小时", "14 hours", "0.055%", "万分之五十", "130%",
             "115%", "1.5%", "0.15%", "2015年", "2026年12月31日", "五年级", "第一年", "35%", "150%", "1,100%", "45 days",
             "36 months", "24 months", "2016 season", "第4个工作日", "三十六个月", "十八个月", "0.08%", "10%"]


def scan(text):
    variants = (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text))
    return [m.group(0) for v in variants for m in THRESHOLD_RE.finditer(v)]


# ----------------------------------------------------------------------------------------------------------------------
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append("\t".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def length(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


def main():
    for s_ in MUST_HIT:
        assert scan(s_), ("must hit", s_)
    for s_ in MUST_MISS:
        assert not scan(s_), ("must miss", s_, scan(s_))
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    write(SOURCES, TARGETS, OUT, wrap_words=True)
    files = {k: v[0] for k, v in TEXT.items()}
    files.update({k: v[0] for k, v in TARGETS.items()})
    for k, (name, text) in TEXT.items():
        (OUT / name).write_text(text, encoding="utf-8")
        print("wrote", name)
    covered, bad = set(), []
    n_compliant = {"zh": 0, "en": 0}
    for key in sorted(LABELS):
        lang, cat, t, sla, ld_stated, capped, deemed, value, base, forum, design = LABELS[key]
        name = files[key]
        text = read_back(OUT / name)
        n = length(text, lang)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        hits = scan(text)
        rules = derive(t, sla, ld_stated, capped, deemed, value, base, forum)
        for f, th in TH.items():
            assert t[f] is None or abs(t[f] - th) > 1e-9, (key, f)
        for f in ("liability_cap_pct", "prepayment_pct", "post_warranty_fee_pct"):
            assert t[f] is None or t[f] not in (30, 40, 15, 100), (key, f)
        share = tco_share(t, value, base) if t["contract_kind"] == G and t["post_warranty_fee_pct"] is not None else None
        print("%-62s %s %5d  risk %-6s tco %s  %s" % (name, lang, n, risk(rules),
                                                      "-" if share is None else "%.1f%%" % share, ", ".join(rules)))
        if not lo <= n <= hi:
            bad.append((key, "length", n))
        if hits:
            bad.append((key, "threshold figure", hits))
        if rules != sorted(design):
            bad.append((key, "rules", rules, design))
        covered |= set(rules)
        if not rules:
            n_compliant[lang] += 1
        extra = {"sla_clause": sla, "ld_stated": ld_stated}
        if t["contract_kind"] == G:
            extra["post_warranty_fee_capped"] = capped
        else:
            assert capped is None and t["warranty_months"] is None and t["post_warranty_fee_pct"] is None
        extra["acceptance_deemed_on_delivery"] = deemed
        extra["contract_value"] = value
        label = {"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": extra,
                 "expected_rules": rules}
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                                        encoding="utf-8")
    missing = [r for r in ALL_RULES if r not in covered]
    if missing:
        bad.append(("coverage", missing))
    if n_compliant != {"zh": 1, "en": 1}:
        bad.append(("compliant", n_compliant))
    assert not bad, bad
    print("all checks passed; rules covered:", len(covered))


if __name__ == "__main__":
    main()
