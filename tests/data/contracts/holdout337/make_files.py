import sys; sys.dont_write_bytecode = True
"""holdout337: ten ordinary draft contracts (5 zh, 5 en) with their labels, written blind from policy.md / API.md.

Run from this folder: /work/main/.venv/bin/python -B make_files.py
Writes the .txt/.md texts, builds the .docx/.pdf with ../word_pdf.py (wrap_words=True), writes the .json labels,
reads every built file back, checks lengths, threshold figures, price sums and the rule coverage.
"""
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent
sys.path.insert(0, str(OUT.parent))
from word_pdf import write  # noqa: E402

# ---------------------------------------------------------------- z01 (pdf, 第X条 + 1.1)
Z01 = """T:江陵市地质灾害监测预警平台建设项目政府采购合同
P:合同编号：JLZR-CG-2026-0412　采购方式：公开招标　项目编号：JLZC2026-G118
P:甲方（采购人）：江陵市自然资源局　地址：江陵市滨江大道188号
P:乙方（供应商）：湖南岩安智感科技有限公司　地址：长沙市岳麓区麓谷大道627号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方就江陵市地质灾害监测预警平台建设项目（以下简称“本项目”）订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方在江陵市辖区内的62处滑坡、崩塌和地面塌陷隐患点建设专业监测站点，提供监测预警平台软件许可，完成平台与省级地质灾害监测预警系统、市应急指挥平台的接口对接，并负责安装调试、试运行、培训和质保期内服务。
P:1.2 监测站点的选址、设备型号和技术参数以招标文件第五章技术要求及乙方投标文件技术偏离表为准。未经甲方书面同意，乙方不得更换设备型号或降低配置。
P:1.3 乙方应指定一名具有地质灾害监测项目经验的项目经理常驻江陵，项目经理未经甲方同意不得更换。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰叁拾万元整（¥2,300,000.00），为含税固定总价，包括设备、软件许可、运输、保险、安装、调试、定制开发、培训、税费及质保期内全部服务费用。分项如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|GNSS位移监测站|24套|38,500|924,000
TB:2|裂缝计|36套|6,200|223,200
TB:3|雨量计|20套|4,800|96,000
TB:4|声光预警广播|20套|9,600|192,000
TB:5|监测预警平台软件许可（永久）|1套|368,000|368,000
TB:|软硬件小计|||1,803,200
TB:6|安装调试及站点基础施工|1项|276,800|276,800
TB:7|平台定制开发（省级平台及应急指挥平台接口）|1项|198,000|198,000
TB:8|培训|1项|22,000|22,000
TB:|合计|||2,300,000
P:2.2 除本合同另有约定外，甲方无需向乙方支付合同总价以外的任何费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额预付款保函后15个工作日内，甲方支付合同总价的20%作为预付款，即人民币460,000元。
P:3.2 全部站点安装完成、平台部署完毕并经甲方现场核验后15个工作日内，甲方支付合同总价的45%，即人民币1,035,000元。现场核验仅为到货安装确认，不构成验收。
P:3.3 项目最终验收合格后15个工作日内，甲方支付合同总价的35%，即人民币805,000元。
P:3.4 乙方每次请款前应开具合法有效的增值税发票。甲方通过国库集中支付系统付款。
H:第四条 交付期限
P:4.1 乙方应在合同签订之日起90日内完成全部站点建设和平台部署，确保在主汛期前进入试运行。
P:4.2 试运行期为30日，自甲方书面确认具备试运行条件之日起计算。试运行期间乙方应安排技术人员值守。
H:第五条 验收
P:5.1 试运行期满后，乙方提出验收申请，甲方组织由业务科室、技术专家和监理单位组成的验收小组进行最终验收。验收标准为：（1）全部站点设备型号、数量与合同一致，并有出厂合格证和检测报告；（2）试运行期间每个站点每日缺失的监测数据不超过3条；（3）模拟触发预警时，预警信息在1分钟内推送至责任人手机并触发对应广播；（4）与省级平台、市应急指挥平台的接口联调通过，数据核对一致；（5）试运行期间未发生一级故障；（6）竣工资料、源代码和操作手册齐全。
P:5.2 验收合格的，双方签署最终验收报告。验收不合格的，乙方应在15日内整改并重新申请验收，由此产生的费用由乙方承担。
P:5.3 设备到货、安装、平台上线或甲方使用监测数据，均不视为验收合格。
H:第六条 质量保证与售后服务
P:6.1 质保期为三十六个月，自最终验收合格之日起计算。质保期内乙方免费提供设备维修更换、软件升级、故障处理和每年汛前巡检，所需备品备件由乙方承担。
P:6.2 平台月可用率不低于99.95%（计划维护时间除外，计划维护须提前3日书面报甲方同意）。
P:6.3 故障分级及响应要求：一级故障（平台中断或预警信息无法发出）乙方应在30分钟内响应，2小时内到达现场，8小时内恢复；二级故障（单个站点离线）2小时内响应，48小时内修复；三级故障（非关键功能异常）在下一个工作日内处理。
P:6.4 一级故障响应或恢复每超时一小时，乙方向甲方支付服务违约金800元；平台月可用率每低于约定值0.01个百分点，乙方支付1,000元。上述款项甲方可从应付款项中直接扣除。
P:6.5 质保期满后，如甲方需要继续维保，年度维保费不超过软硬件小计的8%（即每年不超过人民币144,256元），质保期满后两个维保年度内价格不上调。维保合同由双方另行签订，不自动续期。
H:第七条 数据安全
P:7.1 监测数据、隐患点信息、预警记录及平台运行日志均属于甲方所有。乙方仅可为履行本合同使用上述数据，不得留存、复制、对外提供或用于其他任何目的。
P:7.2 乙方应按网络安全等级保护第三级要求部署平台，落实访问控制、传输加密、日志审计和数据备份措施；远程运维须经甲方审批，并通过甲方指定的堡垒机进行。
P:7.3 发生数据泄露、篡改或丢失等安全事件的，乙方应在2小时内报告甲方并立即采取补救措施；因乙方原因造成的安全事件，乙方承担全部责任并赔偿甲方损失。
H:第八条 保密
P:8.1 乙方对履行本合同中获知的隐患点分布、应急预案、避险转移方案及甲方其他非公开信息负有保密义务，未经甲方书面同意不得向第三方披露。保密义务不因合同终止而解除。
H:第九条 知识产权
P:9.1 为本项目定制开发的接口程序、配置脚本及相关文档，其知识产权归甲方所有，乙方应随验收交付源代码。甲方可自行或委托第三方修改、使用。
P:9.2 平台软件本身的知识产权仍归乙方，甲方获得永久、不可撤销的使用许可。乙方保证所供软硬件不侵犯第三方权利，否则由乙方承担全部责任。
H:第十条 违约责任
P:10.1 乙方逾期完成交付的，每逾期一日，按合同总价的万分之八向甲方支付违约金；逾期超过30日的，甲方有权解除合同。
P:10.2 乙方所供设备或软件不符合合同约定的，乙方应无条件更换，并承担由此产生的全部费用。
P:10.3 甲方逾期付款的，每逾期一日按逾期金额的万分之三向乙方支付违约金。
H:第十一条 分包
P:11.1 乙方不得转包本项目。站点基础施工确需分包的，须事先取得甲方书面同意，乙方对分包部分承担连带责任。
H:第十二条 合同解除
P:12.1 乙方有重大违约行为（包括但不限于逾期交付超过30日、验收两次不合格、因乙方原因发生重大数据安全事件），经甲方书面通知后10日内未纠正的，甲方有权解除本合同并要求乙方赔偿损失。
H:第十三条 法律适用及争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条 其他
P:14.1 招标文件、投标文件、中标通知书为本合同的组成部分。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：江陵市自然资源局　　乙方（盖章）：湖南岩安智感科技有限公司
P:法定代表人或授权代表：________　　法定代表人或授权代表：________
P:签订日期：2026年4月　日
"""

# ---------------------------------------------------------------- z02 (docx, 一、/（一）, Word price table)
Z02 = """T:2号复卷机电气控制系统改造合同
P:合同编号：HL-SB-2026-037
P:甲方（买方）：赣州华纶纸业有限公司
P:乙方（卖方）：无锡驰越传动自动化有限公司
P:鉴于甲方2号复卷机（幅宽3,600毫米，设计车速2,000米/分钟）原有直流传动及继电器控制系统老化，断纸和停机频繁，甲方决定对其电气控制系统实施改造；乙方具备相应的设计、供货和调试能力。双方经友好协商，订立本合同。
H:一、改造范围
P:（一）拆除原直流传动柜、操作台及控制线路，新建交流变频传动系统（退纸辊、前后底辊、压辊及分切刀驱动），配置PLC控制柜、张力控制与测量系统、操作站及控制软件。
P:（二）完成程序编制、单机调试、联动调试和带纸试车，并对甲方电气、操作人员进行培训。培训分为操作培训和维护培训，操作培训不少于3天，维护培训不少于5天，培训后甲方人员应能独立完成换卷操作、参数调整和常见故障处理。
P:（三）改造须在甲方安排的停机检修窗口内完成，停机时间不超过10日。乙方应提前提交施工方案和停机计划，经甲方生产部门确认后实施。
P:（四）乙方负责新旧系统切换期间的安全隔离措施，确保不影响相邻的1号复卷机及纸机干燥部的正常生产。
H:二、合同价格
P:（一）本合同总价为人民币壹佰伍拾万元整（¥1,500,000），含税、含运输、保险和现场服务费用。明细如下：
TB:序号|名称|数量|金额（元）
TB:1|PLC控制柜（含远程I/O站）|1套|286,000
TB:2|交流变频传动系统|1套|624,000
TB:3|张力控制及测量系统|1套|148,000
TB:4|HMI操作站|2套|92,000
TB:5|控制软件许可（永久）|1套|110,000
TB:|硬件及软件许可小计||1,260,000
TB:6|拆除、安装及调试|1项|138,000
TB:7|程序编制|1项|84,000
TB:8|培训|1项|18,000
TB:|合计||1,500,000
P:（二）合同总价为固定价格，除甲方书面提出的范围变更外不作调整。乙方投标报价单及技术协议所列设备配置均已包含在合同价格内，乙方不得以漏项为由要求增加费用。
H:三、付款
P:（一）合同生效后10日内，甲方支付合同总价的10%作为预付款，即150,000元。
P:（二）设备全部运抵甲方现场并经双方开箱清点后15日内，甲方支付合同总价的35%，即525,000元。开箱清点不代表质量验收。
P:（三）最终验收合格后15日内，甲方支付合同总价的50%，即750,000元。
P:（四）剩余5%即75,000元作为质量保证金，质保期满且无未决质量问题后15日内无息支付。
H:四、交货与工期
P:（一）乙方应在合同生效后75日内将全部设备运抵甲方现场，并提供装箱单、合格证和出厂试验报告。
P:（二）现场安装调试在停机窗口内完成，带纸试车成功后进入连续生产考核。
P:（三）乙方现场施工人员应遵守甲方安全生产管理制度，办理动火、登高、临时用电等作业许可；因乙方人员违章作业造成人身伤害或财产损失的，由乙方承担责任。
P:（四）乙方应随设备提供两年用量的易损件（编码器、接触器、熔断器等）及备件清单，并保证在改造设备停产后八年内继续供应备件。
H:五、验收
P:（一）带纸试车成功后，进入30日连续生产考核。考核期满，双方按以下标准进行最终验收：1．复卷机在1,800米/分钟车速下连续稳定运行；2．考核期内因电气控制原因造成的断纸不超过3次；3．张力波动不超过设定值的±3%；4．各传动点速度同步精度及成品卷松紧度满足技术协议要求；5．程序备份、电气图纸和操作维护手册全部交付甲方。
P:（二）满足上述标准的，双方签署最终验收证书；不满足的，乙方应在10日内整改后重新验收。
P:（三）设备到货、安装或试车后投入生产，均不视为验收合格。
P:（四）最终验收时，乙方应一并提交调试记录、I/O点表、传动参数备份、变频器及PLC的备件清单和供应商联系方式，作为验收资料归档。
H:六、质量保证
P:（一）质保期为十八个月，自最终验收合格之日起计算。质保期内，乙方免费维修或更换故障部件，并免费提供程序修改服务。
P:（二）故障响应：一级故障（复卷机停机）乙方接到通知后15分钟内电话响应，6小时内到达现场；二级故障（功能降级但可维持生产）2小时内响应，24小时内到场。
P:（三）一级故障到场每迟延一小时，乙方应支付违约金1,000元，甲方可从质量保证金中扣除。
P:（四）质保期内同一部件因质量原因故障两次以上的，乙方应免费更换同型号新品，该部件的质保期自更换之日起重新计算。
H:七、质保期满后的维保服务
P:（一）质保期满后，乙方按年度提供维保服务，内容包括每季度预防性巡检、关键备件保障、程序维护和7×24小时电话技术支持，故障响应要求同第六条。
P:（二）年度维保费按硬件及软件许可小计的26%计取，即每年327,600元，在质保期满后的前四个维保年度内固定不变，每个维保年度开始后30日内支付。
P:（三）维保服务按年度由甲方书面确认后续签，不自动续期。
H:八、数据与网络安全
P:（一）复卷机生产数据、工艺参数及控制程序属于甲方，乙方仅为履行本合同使用，不得复制或外传。
P:（二）乙方调试及维保期间接入甲方工控网络，应经甲方批准并使用甲方提供的专用终端，外来设备须经病毒查杀；远程维护须逐次申请，并通过甲方工控防火墙和审计系统进行。
P:（三）因乙方原因造成甲方工控系统感染病毒、数据泄露或生产中断的，乙方应承担全部赔偿责任。
H:九、保密
P:乙方对在履行本合同中获知的甲方工艺参数、生产计划、设备布局等非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露，该义务在合同终止后继续有效。
H:十、知识产权
P:（一）乙方为本项目编制的PLC程序、HMI画面、参数表及技术文件，其知识产权归甲方所有。乙方应提交未加密的源程序，甲方有权自行修改或委托他人修改。
P:（二）控制软件许可为永久许可，乙方保证其合法有效，不侵犯第三方权利。
H:十一、违约责任
P:（一）乙方逾期交货或逾期完成调试的，每逾期一日，按合同总价的千分之一支付违约金，累计违约金不超过合同总价的10%。
P:（二）乙方在本合同项下的累计赔偿责任以合同总价的两倍为限，但因故意、重大过失或违反第八条、第九条造成的损失除外。
P:（三）甲方逾期付款的，每逾期一日按未付金额的万分之三支付违约金。
H:十二、分包
P:乙方不得将本合同项下工作转包。设备吊装等辅助工作如需分包，须事先征得甲方书面同意。
H:十三、合同解除
P:乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权解除合同，要求乙方退还已付款项并赔偿损失。
H:十四、争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商不成的，提交赣州仲裁委员会仲裁。
H:十五、其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。技术协议为本合同附件，与本合同具有同等效力。本合同未尽事宜，由双方协商签订补充协议；补充协议与本合同不一致的，以补充协议为准。
P:甲方：赣州华纶纸业有限公司（盖章）　　乙方：无锡驰越传动自动化有限公司（盖章）
P:代表签字：__________　　代表签字：__________
P:日期：2026年5月　日
"""

# ---------------------------------------------------------------- z03 (txt, 第X条 + （1）)
Z03 = """连锁门店收衣及会员管理SaaS服务合同

合同编号：JYF-IT-2026-009
甲方（客户）：杭州洁衣坊洗涤服务连锁有限公司
乙方（服务商）：上海云澜零售科技有限公司

鉴于甲方在杭州、绍兴两地经营40家干洗门店及1个中央洗涤工厂，拟统一收衣开单、衣物流转和会员储值管理；乙方运营“云澜洗护”SaaS平台，具备相应的服务能力。双方就甲方订阅该平台并由乙方提供实施服务事宜，经协商一致，订立本合同。

第一条 服务内容
（1）乙方向甲方40家门店及总部开通“云澜洗护”平台的收衣开单、衣物条码流转、取衣通知、会员储值与积分、营销券、门店日结和总部报表等功能。
（2）乙方提供实施服务：历史会员及储值余额迁移、门店小票打印机与吊牌打印机对接、微信小程序取衣提醒配置、店长及收银员培训。
（3）平台部署于乙方租用的位于中国境内的云计算资源，甲方通过浏览器、收银终端和小程序使用，无需自建服务器。
（4）乙方应为甲方配置一名客户成功经理，负责需求对接、版本更新说明和月度服务回顾。

第二条 服务期限与续期
（1）订阅服务期为三个服务年度，自上线验收合格之日起算。
（2）服务期届满前30日内任何一方未书面提出异议的，本合同自动续期一个服务年度，续期次数不限。
（3）每次续期时，乙方有权上调订阅单价，上调幅度不超过上一服务年度单价的8%，乙方书面通知甲方即生效，无需甲方另行同意。

第三条 费用
（1）费用明细如下：
  项目｜计费方式｜金额（元）
  门店订阅费｜40家 × 3,600元/家/服务年度｜144,000/服务年度
  总部管理模块｜1套｜26,000/服务年度
  订阅费小计｜三个服务年度｜510,000
  实施费（一次性）｜数据迁移、设备对接、培训｜68,000
  合同总金额｜｜578,000
（2）取衣提醒短信按实际发送量另行结算，单价0.045元/条，不计入合同总金额。
（3）甲方新增门店的，按每家3,600元/服务年度的单价按剩余天数折算计费。
（4）订阅费已包含平台功能升级、数据备份、标准报表及取衣提醒短信以外的消息推送，乙方不得另行收取。

第四条 付款
（1）实施费及首个服务年度订阅费，在上线验收合格后15个工作日内一并支付。
（2）此后各服务年度的订阅费，在该服务年度开始前10个工作日内支付。
（3）本合同不设预付款。乙方应在每次收款前开具增值税专用发票。

第五条 实施与上线验收
（1）乙方应在合同签订后45日内完成全部门店上线。
（2）上线验收标准为：全部40家门店完成收衣、取衣、储值全流程操作；历史会员数量和储值余额与甲方原系统逐户核对一致；门店开单至打印小票不超过3秒；连续7日试运行未发生一级故障。
（3）满足上述标准后，双方签署上线验收单。仅开通账号或门店开始使用，不视为验收合格。
（4）因乙方原因逾期完成上线的，每逾期一日乙方向甲方支付违约金500元。
（5）甲方应按乙方实施计划提供门店设备清单、历史会员数据及储值明细，并安排店长参加培训；因甲方原因延误的，上线期限相应顺延。

第六条 服务水平
（1）平台月可用率不低于99.5%。计划维护应安排在每日01:00至06:00之间，并提前48小时通知甲方。
（2）故障分级：一级故障（10家以上门店无法开单）15分钟内响应、2小时内恢复；二级故障（单店无法开单或储值异常）30分钟内响应、8小时内恢复；三级故障（报表等非核心功能）1个工作日内处理。
（3）月可用率低于约定值的，每发生一个月，按当期服务年度订阅费的1%抵扣下期费用；低于98%的，按2%抵扣。一级故障恢复每超时一小时，另抵扣200元。
（4）乙方每月向甲方提交服务报告，列明可用率、故障及处理情况。
（5）平台功能升级由乙方统一发布；涉及门店操作流程变化的，乙方应提前7日通知甲方并提供操作说明，升级不得导致甲方已有数据丢失或已配置的规则失效。

第七条 数据
（1）甲方在平台中录入或产生的门店经营数据、会员信息及交易记录（以下简称“甲方数据”）归甲方所有。
（2）甲方同意：乙方可将甲方数据经去标识化处理后，与其他客户的数据汇总，用于编制洗护行业经营分析报告、优化平台算法和开发新产品；该项权利在本合同终止后继续有效。
（3）乙方应依照《个人信息保护法》《数据安全法》落实数据安全措施：会员手机号等敏感字段加密存储，访问权限最小化并留存操作日志，平台通过网络安全等级保护第三级测评；发生数据泄露等安全事件的，乙方应在24小时内通知甲方并采取补救措施，因乙方原因造成的损失由乙方承担。
（4）合同终止后30日内，乙方应按甲方要求的格式导出并交还甲方数据，并在甲方确认后删除其存储的副本，但本条第（2）项所述已汇总的去标识化数据除外。

第八条 保密
双方对在合作中获知的对方商业秘密、价格和经营信息负有保密义务，未经对方书面同意不得向第三方披露；合同终止后保密义务持续有效。双方应仅向因履行本合同确有需要知悉的员工披露上述信息，并要求其遵守同等保密义务。

第九条 知识产权
（1）平台软件及其升级版本的知识产权归乙方所有。
（2）乙方为甲方专门配置的报表模板、营销规则和小程序页面设计归甲方所有，甲方可自由使用、修改，或交由其他服务商使用。

第十条 违约与责任限制
（1）任一方违反本合同约定的，应承担违约责任，赔偿对方因此遭受的损失。
（2）乙方在本合同项下的累计赔偿责任以合同总金额的1.5倍为限，但因数据安全事件造成的损失不受此限。
（3）因不可抗力导致服务中断的，受影响一方不承担违约责任，但应及时通知对方，乙方应尽快恢复服务。

第十一条 转包与分包
乙方不得将本合同项下服务转包；门店设备上门安装如需委托第三方，应事先取得甲方书面同意。经同意委托的，乙方应对第三方的行为负责，第三方人员进入门店应遵守甲方的门店管理规定。

第十二条 合同解除
（1）一方严重违约，经守约方书面通知后15日内未改正的，守约方有权解除本合同。
（2）连续两个月月可用率低于98%的，视为乙方严重违约。
（3）因乙方违约解除合同的，乙方应退还甲方已付但未使用期间的订阅费，并配合完成数据交还。
（4）合同终止或到期后，乙方应为甲方保留30日的只读访问权限，供甲方查询和导出历史数据。

第十三条 争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商不成的，提交杭州仲裁委员会仲裁。

第十四条 通知
双方指定的联系人及联系方式见本合同签署页。与本合同有关的通知应以书面形式送达对方联系人，电子邮件发出即视为送达；联系人或联系方式变更的，应提前3个工作日书面通知对方。

第十五条 其他
本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：杭州洁衣坊洗涤服务连锁有限公司
授权代表：
乙方（盖章）：上海云澜零售科技有限公司
授权代表：
签订日期：2026年6月　日
"""

# ---------------------------------------------------------------- z04 (txt, 1. / 1.1)
Z04 = """宜州市妇女儿童权益服务系统运行维护服务合同
（政府采购 竞争性磋商）

项目编号：YZCG-2026-C031
采购人（甲方）：宜州市妇女联合会
供应商（乙方）：宜州数智信息技术有限公司

根据《中华人民共和国政府采购法》及其实施条例、本项目竞争性磋商文件、乙方响应文件和成交通知书，甲乙双方就宜州市妇女儿童权益服务系统（以下简称“本系统”）运行维护服务，订立本合同。

1. 服务范围
1.1 本系统包括妇女维权热线坐席子系统、来访来信登记、个案跟踪、法律援助转介、心理咨询预约、反家庭暴力告诫信息报送等模块，部署于甲方机房及市政务云。
1.2 乙方提供的服务包括：应用系统及数据库日常运维、坐席子系统技术支持、安全巡检与漏洞修复、数据备份与恢复演练、系统小版本优化，以及派驻运维工程师一名在甲方办公场所驻场。
1.3 服务期为一个服务年度，自2026年3月1日起至2027年2月28日止。
1.4 乙方应在服务期开始前完成与上一服务商的交接，接收系统账号、文档和运维记录，并在交接完成后向甲方提交系统现状评估报告。
1.5 本系统相关硬件设备的维修及第三方商业软件的原厂服务不在本合同服务范围内，但乙方应协助甲方联系原厂并跟踪处理进度。

2. 服务费用
2.1 本合同服务费总额为人民币叁拾捌万陆仟元整（¥386,000），为包干价，明细如下：
  服务项目｜金额（元）
  应用系统及数据库运维｜218,000
  坐席子系统技术支持｜64,000
  安全巡检与漏洞修复｜58,000
  驻场运维工程师｜46,000
  合计｜386,000
2.2 服务期内乙方不得以任何理由要求增加费用。因甲方新增功能需求产生的开发工作，另行按政府采购程序办理。
2.3 服务费包括乙方人员的工资、社会保险、差旅、交通、通讯、工具及税费等全部费用。

3. 支付方式
3.1 服务费按季度支付，每季度96,500元。每季度结束后，乙方提交季度运维报告，经甲方验收确认后15个工作日内支付该季度服务费。
3.2 本合同不设预付款。乙方应在每次请款时提供合法有效的发票。

4. 服务要求
4.1 乙方应保障本系统正常运行，及时响应甲方的服务请求，尽快排除故障；发现安全隐患的，应及时处置并向甲方报告。
4.2 驻场工程师在甲方工作日工作时间内驻场；非工作时间由乙方安排人员通过电话提供支持。
4.3 乙方每月对本系统进行一次巡检，每季度进行一次数据备份恢复演练，并形成书面记录。
4.4 “三八”妇女节、“六一”儿童节及重大宣传活动期间为热线来电高峰，乙方应安排专人值守，并在活动前完成系统检查。
4.5 乙方变更驻场工程师的，应提前10个工作日书面告知甲方，新任人员的资历不得低于响应文件承诺。
4.6 服务期满或合同解除时，乙方应向甲方或甲方指定的新服务商完整移交系统账号、运维文档、配置清单和未完成事项，并配合完成交接。
4.7 乙方应建立服务台账，记录每一次服务请求的提出时间、处理人员、处理过程和结果，台账每月报甲方备查。
4.8 乙方对本系统进行变更（含补丁安装、配置调整、版本升级）前，应提交变更方案并经甲方同意，变更前做好数据备份，变更后验证系统功能正常。
4.9 乙方驻场工程师应具备三年以上系统运维经验并持有相关资格证书，遵守甲方的工作纪律。

5. 服务考核与验收
5.1 每季度结束后，甲方依据以下标准对乙方提交的季度运维报告进行验收：巡检记录完整；发现的中高危漏洞全部完成修复或经甲方同意采取替代措施；备份恢复演练成功并有记录；甲方提出的服务请求均已处理并有处理记录。
5.2 验收不合格的，乙方应在10个工作日内整改；整改完成并经甲方确认前，甲方暂缓支付该季度服务费。
5.3 服务期满时，甲方对全年服务进行总体评价，评价结果作为乙方履约记录报送财政部门。
5.4 季度运维报告应包括：系统运行情况、巡检和漏洞修复情况、备份恢复演练记录、服务请求处理台账、存在的问题及改进建议。

6. 数据安全
6.1 本系统存储的求助人信息、个案记录、通话录音等数据属于甲方所有，其中大量涉及妇女儿童个人信息和敏感个人信息。乙方仅可为履行本合同访问上述数据，不得复制、留存、对外提供或用于其他任何目的。
6.2 乙方应落实以下安全措施：运维人员实名登记并签署安全承诺书；所有运维操作通过甲方堡垒机进行并全程审计；不得将任何数据导出至个人设备或互联网存储；发现安全漏洞应立即报告甲方。
6.3 发生数据泄露、篡改、丢失等安全事件的，乙方应在2小时内报告甲方并配合调查处置；因乙方原因造成安全事件的，乙方承担全部法律责任并赔偿甲方因此遭受的损失。
6.4 乙方人员离岗时，应交回全部账号和门禁权限；甲方有权要求乙方更换不适合接触敏感个人信息的人员。
6.5 服务期满或合同解除后，乙方应删除其因履行本合同可能持有的任何甲方数据，并向甲方书面确认。

7. 保密
7.1 乙方及其人员对履行本合同中知悉的求助人隐私、个案情况及甲方工作秘密负有保密义务，不得以任何形式泄露。保密义务不因合同期满或解除而终止。

8. 知识产权
8.1 乙方在服务期内为本系统编写的脚本、补丁、优化代码及运维文档，其知识产权归甲方所有，乙方应在每季度验收时一并提交。

9. 转包与分包
9.1 乙方不得转包或分包本合同项下的任何服务。

10. 违约责任
10.1 乙方未按本合同约定提供服务的，甲方有权要求乙方限期整改。
10.2 乙方违反本合同第6条、第7条约定的，应依法承担赔偿责任。
10.3 甲方无正当理由逾期支付服务费的，应按照中国人民银行同期贷款市场报价利率向乙方支付逾期利息。
10.4 因不可抗力不能履行合同的，根据不可抗力的影响部分或全部免除责任，但受影响一方应及时通知对方并提供证明。

11. 合同解除
11.1 乙方严重违约，或连续两个季度验收不合格的，甲方有权书面通知乙方解除本合同，并按实际服务期间结算费用。
11.2 乙方违反第6条造成数据泄露的，甲方有权立即解除本合同。
11.3 合同解除的，乙方应按第4.6条完成交接。

12. 合同期满
12.1 服务期届满，本合同自然终止，不自动续期；后续运维服务由甲方依法重新组织采购。

13. 法律适用与争议解决
13.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商不成的，向甲方所在地人民法院提起诉讼。
13.2 争议处理期间，除有争议的部分外，双方应继续履行本合同。

14. 其他
14.1 竞争性磋商文件、乙方响应文件和成交通知书为本合同的组成部分，与本合同具有同等法律效力。
14.2 本合同一式五份，甲方三份，乙方一份，报政府采购监督管理部门备案一份，自双方签字盖章之日起生效。
14.3 本合同未尽事宜，由双方协商签订补充协议，补充协议与本合同具有同等效力。

甲方（盖章）：宜州市妇女联合会　　　乙方（盖章）：宜州数智信息技术有限公司
经办人：　　　　　　　　　　　　　　授权代表：
签订日期：2026年2月　日
"""

# ---------------------------------------------------------------- z05 (md, ## 第X条 + 1.1, supplier's template)
Z05 = """# 简企ERP软件许可及实施服务合同

> 简企云标准合同文本 V4.0（2026版）

**合同编号**：JQY-2026-TJ-0583

**甲方（用户）**：天津福顺麻花食品有限公司

**乙方（许可方）**：北京简企云软件有限公司

甲方为传统麻花及糕点生产企业，拥有两个生产车间、一个成品库及覆盖华北地区的经销商网络。甲方拟引入乙方“简企ERP”软件并进行定制开发。双方依据乙方标准合同文本，订立本合同。

## 第一条 合同标的

1.1 乙方向甲方许可使用简企ERP软件V8的财务、采购、库存、生产、质量追溯、销售六个模块，授权用户数为30个，许可方式为永久许可。

1.2 乙方按甲方需求进行定制开发，内容包括：原料（面粉、油脂、白砂糖）批次追溯；油炸工序温度及称重设备数据采集对接；经销商在线订货小程序；月末成本分摊报表。

1.3 乙方提供系统安装、基础数据初始化、上线支持及用户培训。

1.4 本合同附件包括《报价单》《需求说明书》《实施计划》，附件与本合同具有同等效力；附件与正文不一致的，以正文为准。

## 第二条 合同价款

2.1 合同价款明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 简企ERP软件许可（6模块，30用户，永久） | 420,000 |
| 2 | 定制开发 | 265,000 |
| 3 | 实施服务 | 95,000 |
| 4 | 培训 | 20,000 |
| | 合计 | 800,000 |

2.2 上述价款不含甲方服务器、数据库及网络设备，该等软硬件由甲方自行采购并承担费用。

2.3 合同价款为含税价，乙方按国家规定开具增值税专用发票。

## 第三条 付款方式

3.1 合同签订后5个工作日内，甲方支付合同总价的60%，即480,000元。乙方收到该笔款项后启动项目。

3.2 系统上线后10个工作日内，甲方支付合同总价的35%，即280,000元。

3.3 系统上线满三个月后，甲方支付剩余5%，即40,000元。

3.4 甲方逾期付款的，每逾期一日按逾期金额的千分之一向乙方支付违约金；逾期超过15日的，乙方有权暂停实施服务，工期相应顺延。

## 第四条 项目实施

4.1 乙方应在收到首期款后120日内完成系统上线。因甲方需求变更、数据准备不及时或配合不到位造成延误的，工期相应顺延。

4.2 因乙方原因逾期上线的，每逾期一日，乙方按合同总价的万分之二向甲方支付违约金，违约金累计不超过合同总价的3%。

4.3 定制开发需求以双方确认的《需求说明书》为准。需求说明书确认后甲方提出的变更，按乙方人天单价另行收费。

4.4 甲方应指定项目负责人，按乙方要求及时提供基础数据、确认业务流程，并安排关键用户参加培训。

4.5 乙方实施顾问按实施计划到甲方现场工作，计划以外的支持以远程方式提供。甲方要求增加现场人天的，按乙方人天单价1,800元/人天另行结算。

4.6 上线前，甲方应完成期初库存盘点和期初余额核对，并对初始化数据的准确性负责。

## 第五条 验收

5.1 系统安装完成并上线运行后，即视为甲方验收合格。

5.2 甲方在上线后7日内未提出书面异议的，视为对全部交付成果无异议。

## 第六条 免费维护期与服务

6.1 乙方自系统上线之日起提供六个月免费维护，包括缺陷修复、远程技术支持和补丁升级。

6.2 维护期内故障分级：一级故障（系统无法登录或无法开具销售单）乙方在8小时内响应；二级故障在2个工作日内响应；其他问题在乙方下一版本中统一处理。

6.4 以下情形不属于免费维护范围：甲方或第三方修改程序、操作不当、服务器或网络故障、病毒或黑客攻击导致的问题，以及甲方新增的需求。

6.3 乙方将尽力按上述时限响应，但对响应或修复超时不承担扣款、赔偿或违约责任。

## 第七条 维护期满后的服务

7.1 免费维护期满后，甲方如需继续获得技术支持和升级服务，应与乙方签订年度维护服务协议，年度维护费按乙方届时公布的服务价格标准执行。

7.2 未签订年度维护服务协议的，乙方不再提供任何技术支持，甲方亦不得使用升级版本。

## 第八条 知识产权

8.1 简企ERP软件及其文档的知识产权归乙方所有。

8.2 乙方根据本合同为甲方定制开发的程序、小程序、报表及相关源代码和文档，知识产权均归乙方所有。甲方在本合同约定的用户数范围内享有非独占、不可转让的使用权，不得自行或委托第三方修改、反编译，亦不得向第三方提供。

8.3 乙方有权将定制开发成果纳入其标准产品，向其他客户提供。

8.4 甲方不得删除或修改软件中的版权标识，不得将软件安装于授权范围以外的计算机。

## 第九条 数据

9.1 甲方在系统中录入和产生的业务数据归甲方所有，乙方仅在为甲方提供实施和维护服务所必需的范围内使用。

9.2 乙方实施人员访问甲方系统应使用甲方分配的账号，遵守甲方的信息安全管理制度，不得拷贝、外传甲方数据；乙方发现数据泄露或损毁等安全事件的，应在24小时内通知甲方并协助处置。因乙方人员过错造成甲方数据泄露或损毁的，乙方承担相应赔偿责任。

## 第十条 保密

10.1 双方对在合作中知悉的对方商业秘密和技术信息负有保密义务，未经对方书面同意不得向第三方披露，保密期限至合同终止后三年。

## 第十一条 责任限制

11.1 乙方在本合同项下的全部赔偿责任（含违约金）累计不超过合同总价的20%。

11.2 乙方不对甲方的利润损失、商誉损失、数据恢复费用等间接损失承担责任。

11.3 因甲方提供的数据不准确、甲方擅自修改系统或使用不当造成的损失，由甲方自行承担。

## 第十二条 分包

12.1 乙方可将定制开发、现场实施中的部分工作委托其合作伙伴完成，委托前书面通知甲方即可，无需取得甲方同意。乙方对合作伙伴的工作成果负责。

## 第十三条 合同解除

13.1 一方严重违约，经对方书面催告后30日内仍未纠正的，守约方可以解除本合同。

13.2 因甲方原因解除合同的，甲方已付款项不予退还。

13.3 合同解除后，甲方应停止使用软件并删除全部安装副本，但甲方已付清全部软件许可费的除外。

## 第十四条 争议解决

14.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商不成的，提交北京仲裁委员会仲裁。

## 第十五条 其他

15.1 本合同为乙方标准文本，双方确认已充分理解全部条款。

15.2 本合同自双方盖章之日起生效，一式两份，双方各执一份。

15.3 甲方对本合同条款有修改意见的，应以补充协议形式另行约定；补充协议未经乙方盖章的，不发生效力。

15.4 双方以本合同首部所列地址为送达地址，一方变更地址的，应提前书面通知对方。

**甲方**（盖章）：天津福顺麻花食品有限公司　　授权代表：

**乙方**（盖章）：北京简企云软件有限公司　　授权代表：

签订日期：2026年7月　日
"""

# ---------------------------------------------------------------- e01 (pdf, Article N / N.N, price rows)
E01 = """T:Software Licence and Services Agreement - ReliefForge Relief Modelling Suite
P:Agreement No. TRS-CN-2026-014
P:This Agreement is made on ____ 2026 between:
P:(1) Chaozhou Jinqi Woodcarving Art Co., Ltd., a company incorporated in the People's Republic of China with its registered office at 18 Fengchun Road, Xiangqiao District, Chaozhou, Guangdong (the "Buyer"); and
P:(2) Tammio Relief Systems Oy, a company incorporated in Finland with its registered office at Ulko-Tammio, 49460 Hamina, Finland (the "Vendor").
H:Recitals
P:(A) The Buyer produces gilded wood relief panels, screens and shrine carvings in the Chaozhou tradition. It wishes to scan its master carvers' models, refine them as digital relief models and rough-cut them on CNC routers.
P:(B) The Vendor develops and licenses the ReliefForge suite for relief modelling and tool-path generation and has agreed to supply perpetual licences, installation, customisation and training on the terms below.
P:(C) At the Buyer's request, all prices in this Agreement are stated and payable in Chinese yuan (CNY).
H:Article 1 Definitions
P:1.1 "Software" means ReliefForge Studio, the ReliefForge CAM module and the ScanBridge plug-in, in object code, with their documentation and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the tool-path presets, the layered-depth templates for Chaozhou multi-layer openwork carving, the border-motif macro library and any other material the Vendor creates specifically for the Buyer under Article 3.
P:1.3 "Final Acceptance" means the Buyer's written acceptance certificate issued under Article 6.
P:1.4 "Severity 1 Fault" means a fault that prevents all Studio seats from opening or saving models, or prevents the CAM module from producing tool-paths.
P:1.5 "Business Day" means a banking day in Chaozhou.
H:Article 2 Licence
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, non-transferable licence to install and use the Software on six Studio workstations and two CAM workstations at the Buyer's premises in Chaozhou for its own business, including work carried out for the Buyer's customers.
P:2.2 The Buyer may move a licence to replacement hardware on notice to the Vendor. Licence keys are issued within five Business Days after delivery of the Software.
P:2.3 The licence survives any termination of this Agreement, except termination by the Vendor because the Buyer has not paid the licence fees.
H:Article 3 Services
P:3.1 The Vendor shall install and configure the Software on the Buyer's workstations, connect the ScanBridge plug-in to the Buyer's two structured-light scanners, and configure post-processors for the Buyer's three CNC routers.
P:3.2 The Vendor shall develop the Custom Deliverables described in Annex 1, working with the Buyer's master carvers to capture the depth layering, undercut limits and tool sizes used in the Buyer's workshop.
P:3.3 The Vendor shall provide eight days of on-site training for up to ten designers and two CNC operators, in Chinese through an interpreter engaged by the Vendor.
H:Article 4 Price
P:4.1 The total Contract Price is CNY 590,000, inclusive of applicable taxes, travel and interpreter costs, made up as follows:
TB:Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:ReliefForge Studio perpetual licence|6|58,000|348,000
TB:ReliefForge CAM module perpetual licence|2|46,000|92,000
TB:ScanBridge plug-in perpetual licence|1|38,000|38,000
TB:Licence Subtotal| | |478,000
TB:Installation and configuration|1|36,000|36,000
TB:Custom Deliverables|1|54,000|54,000
TB:Training|1|22,000|22,000
TB:Contract Price| | |590,000
P:4.2 The Contract Price is fixed. No other charge is payable for the scope of this Agreement.
H:Article 5 Payment
P:5.1 The Buyer shall pay 20% of the Contract Price (CNY 118,000) within 15 days after signature, against the Vendor's invoice.
P:5.2 The Buyer shall pay 45% of the Contract Price (CNY 265,500) within 15 days after the Vendor has installed the Software on all workstations and the parties have signed an installation note. The installation note is not acceptance.
P:5.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 206,500) within 15 days after Final Acceptance.
H:Article 6 Delivery and Acceptance
P:6.1 The Vendor shall complete installation within 30 days, and deliver the Custom Deliverables within 75 days, after signature.
P:6.2 Acceptance tests are run by the Buyer with the Vendor's assistance. The Software and the Custom Deliverables pass when: (a) all eight seats open, edit and save relief models of at least 45 million polygons; (b) three reference panels chosen by the Buyer are scanned, modelled and rough-cut on the Buyer's CNC routers with a deviation from the approved model of no more than 0.2 mm; (c) the Custom Deliverables reproduce the depth layering agreed in Annex 1 on the reference panels; and (d) no Severity 1 Fault occurs during ten consecutive working days of production use after these tests.
P:6.3 When the criteria are met, the Buyer issues the Final Acceptance certificate within five Business Days. If a test fails, the Vendor corrects the fault and the test is repeated at the Vendor's cost.
P:6.4 Installation, delivery of licence keys or use of the Software in production does not by itself constitute acceptance.
H:Article 7 Warranty and Support
P:7.1 The Vendor warrants that the Software and the Custom Deliverables will conform to their documentation and to Annex 1 for 24 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor corrects defects, supplies all updates and new versions, and provides remote support free of charge.
P:7.2 Support levels during the Warranty Period and any paid support year: Severity 1 Fault - response within 2 hours during the Buyer's working hours (08:00 to 20:00 China Standard Time) and a workaround by the end of the next Business Day; Severity 2 Fault (a single seat or function impaired) - response within one Business Day; other requests - response within three Business Days.
P:7.3 For every full hour by which the Vendor exceeds the Severity 1 response time, the Vendor shall credit CNY 600 against the next payment or support invoice, or pay that amount to the Buyer if no invoice is due.
P:7.4 After the Warranty Period the Buyer may order annual support covering updates, new versions and the support levels of Article 7.2. The annual support fee is 11% of the Licence Subtotal, that is CNY 52,580 per support year, and is fixed for the first three support years after the Warranty Period. Each support year is ordered by a separate purchase order; support does not renew automatically.
H:Article 8 Intellectual Property
P:8.1 The Vendor retains all intellectual property rights in the Software.
P:8.2 The Custom Deliverables belong to the Buyer on payment. The Vendor assigns to the Buyer all rights in them and delivers them in editable form. The Buyer may use, modify and license them to others without restriction, and the Vendor shall not supply them to any other customer.
P:8.3 Relief models, scans, drawings and designs created by the Buyer's staff with the Software belong to the Buyer.
H:Article 9 Buyer Data and Security
P:9.1 Scans, relief models, drawings and customer orders of the Buyer ("Buyer Data") belong to the Buyer. The Vendor may access Buyer Data only when the Buyer grants access for a support case, and only to resolve that case.
P:9.2 The Vendor shall keep any Buyer Data it receives on encrypted storage, restrict access to named support engineers, delete it within 30 days after the support case is closed, and not transfer it to any other person.
P:9.3 The Vendor shall notify the Buyer within 24 hours of becoming aware of any loss of, or unauthorised access to, Buyer Data, cooperate in containing it, and bear the loss caused to the Buyer by any such incident attributable to the Vendor.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information received from the other party, including the Buyer's designs, pricing and customer lists and the Vendor's source code and product plans, and shall use it only for this Agreement. This obligation continues for three years after the end of this Agreement.
H:Article 11 Delay
P:11.1 If the Vendor fails to complete installation or to deliver the Custom Deliverables by the dates in Article 6.1, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price.
P:11.2 If the delay exceeds 45 days, the Buyer may terminate this Agreement under Article 13.
H:Article 12 Liability
P:12.1 Each party's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to liability for personal injury, fraud, wilful misconduct, infringement of third-party rights, or breach of Articles 9 and 10.
H:Article 13 Termination
P:13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.
P:13.2 If the Buyer terminates under Article 13.1 before Final Acceptance, the Vendor shall refund all amounts paid, against the return or deletion of the Software.
H:Article 14 Subcontracting and Assignment
P:14.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent. The interpreter referred to in Article 3.3 is approved by the signature of this Agreement. The Vendor remains responsible for the acts of any subcontractor.
H:Article 15 Governing Law and Disputes
P:15.1 This Agreement is governed by the laws of Finland, excluding its conflict-of-law rules and the United Nations Convention on Contracts for the International Sale of Goods.
P:15.2 Any dispute arising out of this Agreement shall be finally settled by arbitration under the Arbitration Rules of the Finland Chamber of Commerce by a sole arbitrator. The seat of arbitration is Helsinki and the language of the arbitration is English.
H:Article 16 General
P:16.1 This Agreement, with Annex 1, is the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties. This Agreement is signed in English in two originals.
H:Annex 1 Custom Deliverables
Tool-path presets for camphor wood and teak; five-layer depth templates for openwork panels; a border-motif macro library.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""

# ---------------------------------------------------------------- e02 (md, Order Form Part A + General Terms Part B)
E02 = """# Lundey Ticketing Cloud - Order Form and General Terms

**Order Form No.** LT-OF-2026-0317

## Part A - Order Form

| Field | Details |
|---|---|
| Customer | Tai'an Daiding Cableway Co., Ltd., 9 Hongmen Road, Tai'an, Shandong, People's Republic of China |
| Provider | Lundey Ticketing ehf., Lundey, 104 Reykjavik, Iceland |
| Order Date | the date of the last signature below |
| Subscription Term | three Subscription Years from the Go-Live Date |
| Currency | CNY, at the Customer's request |

**A1. Services.** The Provider will provide the Lundey Ticketing Cloud platform for the Customer's three passenger cableways on Mount Tai: online and on-site ticket sales, timed-entry booking, real-name verification of visitors, control of the turnstiles at the lower and upper stations, group and travel-agency accounts, refunds, and daily settlement reports. The platform is used by up to 48 named sales and finance users and by visitors through the Customer's mini-program.

**A2. Set-up and integration.** The Provider will configure the platform for the three lines, integrate 26 turnstiles and 14 ticket windows, connect two payment gateways and the real-name identity check service used by the scenic area, and link the platform to the scenic area's combined pass system.

**A3. Fees.**

| Item | Basis | Amount (CNY) |
|---|---|---|
| Platform subscription | per Subscription Year | 210,000 |
| Subscription fees for the Subscription Term | three Subscription Years | 630,000 |
| Set-up and integration | one-time | 150,000 |
| Total Contract Value | | 780,000 |

Transaction fees charged by the payment gateways are paid by the Customer directly to the gateways and are not part of the Total Contract Value.

**A4. Invoicing.** Invoice 1, for the set-up and integration fee together with the subscription fee for the first Subscription Year (CNY 360,000), is issued on the Order Date and is payable within 15 days, before set-up work begins. The subscription fee for each later Subscription Year is invoiced 30 days before that Subscription Year starts and is payable before it starts.

**A5. Go-Live.** The target Go-Live Date is 90 days after the Order Date. If Go-Live Acceptance is not achieved by the target date for reasons attributable to the Provider, the Provider will pay the Customer CNY 800 for each day of delay.

**A6. Go-Live Acceptance.** Go-Live Acceptance is given by a certificate signed by the Customer after the following tests pass: (a) every turnstile admits a valid ticket within 1.5 seconds and rejects invalid, used and wrong-line tickets; (b) online sales, refunds and travel-agency orders reconcile with the payment gateways' statements for seven consecutive days of parallel operation; (c) the real-name check blocks tickets whose holder does not match the identity document; and (d) the daily settlement report agrees with the Customer's finance system. Configuration or use of the platform for live sales does not by itself constitute Go-Live Acceptance.

**A7. Training and project plan.** Two days of on-site training for ticket-office, finance and operations staff are included in the set-up fee. Within ten days after the Order Date the Provider will propose a project plan with milestones for configuration, integration, testing and parallel operation; each party names a project manager.

**A8. Order of precedence.** This Order Form and the General Terms in Part B form one contract. If they conflict, this Order Form prevails.

Signed for the Customer: ____________________  Signed for the Provider: ____________________

## Part B - General Terms

**B1. Definitions.** "Subscription Year" means each successive period of 365 days starting on the Go-Live Date or on its anniversary. "Customer Data" means all data entered into or generated by the platform for the Customer, including visitor identity data, bookings, transactions and turnstile records. "Go-Live Date" means the date of Go-Live Acceptance.

**B2. Provision of the Services.** The Provider will provide the platform in accordance with this contract and applicable law, will host it in a data centre in mainland China operated by a cloud provider approved under B8, and will keep the platform's certification under the Multi-Level Protection Scheme at level 3 throughout the Subscription Term.

**B3. Service levels.**

3.1 The platform will be available for at least 99.95% of each calendar month, excluding maintenance windows agreed with the Customer in advance and scheduled outside operating hours of the cableways.

3.2 Priority 1 incidents (ticket sales or turnstile control unavailable at any station) are responded to within 30 minutes at any time and restored within 2 hours. Priority 2 incidents (a function degraded, sales continuing) are responded to within 2 hours and resolved within one Business Day. Other requests are handled within three Business Days.

3.3 If monthly availability falls below the level in 3.1, the Provider will credit 5% of the monthly share of the subscription fee for each started 0.1 percentage point of shortfall, up to half of that monthly share. For every hour by which a Priority 1 restoration exceeds 2 hours, the Provider will credit a further CNY 1,000. Credits are set off against the next invoice or paid on request.

**B4. Customer Data and security.**

4.1 Customer Data belongs to the Customer. The Provider may use it only to provide the Services to the Customer and for no other purpose.

4.2 The Provider will encrypt visitor identity data in transit and at rest, restrict access to named personnel with multi-factor authentication, keep access logs for at least six months, comply with the Personal Information Protection Law and the Data Security Law of the PRC, and keep Customer Data in mainland China.

4.3 The Provider will notify the Customer within 12 hours of becoming aware of a security incident affecting Customer Data, take all reasonable steps to contain it, and bear the costs and losses caused to the Customer by any incident attributable to the Provider or its sub-processors.

4.4 On expiry or termination, the Provider will return all Customer Data in a usable format within 30 days and then delete it.

4.5 The Provider will not transfer Customer Data outside mainland China and will not allow access to it from outside mainland China without the Customer's prior written consent.

**B5. Confidentiality.** Each party will keep confidential the other party's non-public information, including pricing, visitor numbers and technical documentation, and use it only for this contract. This duty continues for three years after the contract ends.

**B6. Intellectual property.** The Provider keeps all rights in the platform. Configurations, ticket layouts, integration mappings and reports made specifically for the Customer belong to the Customer, which may use and modify them freely and give them to a successor provider.

**B7. Payment.** Invoices are payable in CNY within 15 days. Late payments bear interest at the loan prime rate published by the National Interbank Funding Center.

**B8. Sub-processors and subcontractors.** The Provider will not engage any sub-processor or subcontractor for the Services without the Customer's prior written consent. The hosting provider named in the Provider's proposal is approved by signature of the Order Form.

**B9. Limitation of liability.** Each party's total liability arising out of or in connection with this contract is limited to the fees paid or payable by the Customer in the six months preceding the event giving rise to the claim. Neither party is liable for indirect or consequential loss. The limitation does not apply to the Customer's payment obligations or to liability for fraud or wilful misconduct.

**B10. Term and termination.**

10.1 The contract ends at the end of the last Subscription Year. Any renewal requires a new Order Form signed by both parties.

10.2 Either party may terminate the contract by written notice if the other party commits a material breach and does not remedy it within 30 days after notice. If the Customer terminates for the Provider's breach, the Provider refunds the prepaid subscription fee for the remaining period.

10.3 The Provider may suspend the Services only if an undisputed invoice remains unpaid 30 days after a written reminder.

**B11. Governing law and jurisdiction.** This contract is governed by the laws of Iceland. The District Court of Reykjavik has exclusive jurisdiction over any dispute arising out of or in connection with it.

**B12. Customer responsibilities.** The Customer will provide network connections at both stations of each line, access to the turnstile controllers and to the scenic area's pass system, and test tickets and test identity documents for the acceptance tests. The Customer is responsible for the accuracy of the prices and opening hours it enters into the platform.

**B13. Changes to the platform.** The Provider may improve the platform from time to time, but will not remove or materially reduce any function used by the Customer during the Subscription Term. Changes affecting turnstiles or the ticket office are announced at least 14 days in advance and are deployed outside operating hours.

**B14. Publicity.** Neither party will use the other's name or logo in marketing material without prior written approval.

**B15. Assignment.** Neither party may assign this contract without the other party's prior written consent, except to a successor of its entire business that accepts all of its obligations.

**B16. General.** Neither party is liable for failure caused by events beyond its reasonable control. Notices are given in writing to the addresses in Part A. This contract is the entire agreement of the parties on its subject and may be changed only in writing signed by both parties.
"""

# ---------------------------------------------------------------- e03 (docx, Section N / N.N, Word price table)
E03 = """T:Supply and Installation Contract - Cold-Store Temperature Monitoring System
P:Contract No. LY-PUR-2026-066
P:Buyer: Jinxiang Lvyuan Garlic Storage Co., Ltd., Xinglong Industrial Park, Jinxiang County, Jining, Shandong, People's Republic of China (the "Buyer").
P:Supplier: Vipava Sense d.o.o., Tovarniska cesta 12, 5270 Ajdovscina, Slovenia (the "Supplier").
P:Background: The Buyer stores fresh garlic bulbs and garlic sprouts in eighteen cold rooms held between -3 and 0 degrees Celsius. Small temperature swings cause sprouting, mould and weight loss, and the present manual thermometer rounds are not adequate. The Buyer invited offers for a wireless monitoring system, and the Supplier's offer was selected. This contract is on the Buyer's standard terms. At the Buyer's request all prices are stated and paid in CNY.
H:Section 1 Definitions
P:1.1 "System" means the sensors, gateways, monitoring software and the customisations listed in Section 3, installed and working at the Buyer's site.
P:1.2 "Final Acceptance" means the Buyer's signed certificate under Section 6.
P:1.3 "Severity 1 Fault" means a failure that stops monitoring or alarms for one or more cold rooms.
P:1.4 "Site" means the Buyer's storage complex in Xinglong Industrial Park, Jinxiang County.
H:Section 2 Scope of Supply
P:2.1 The Supplier shall supply, install, calibrate and commission the System in the Buyer's eighteen cold rooms, the two pre-cooling rooms and the packing hall.
P:2.2 The Supplier shall customise the monitoring dashboards for the Buyer's storage zones and integrate the alarm outputs with the control cabinets of the refrigeration plant, so that a high-temperature alarm also appears on the refrigeration operator's panel.
P:2.3 The Supplier shall train the Buyer's storage supervisors and maintenance electricians, in Chinese, for two days on site, covering daily use of the dashboards, alarm handling, battery replacement and recalibration with a reference thermometer.
P:2.4 The Supplier shall carry out all installation work in the cold rooms while they are in operation, in short shifts agreed with the storage manager, without opening doors for longer than the storage manager allows and without damage to insulation panels. Cable entries through insulated walls shall be sealed to the Buyer's standard.
H:Section 3 Price
P:3.1 The Contract Price is CNY 542,000, including VAT, delivery to site, customs clearance, installation and all other costs, itemised as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor|180|1,150|207,000
TB:2|LoRa gateway with 4G backup|12|6,800|81,600
TB:3|CO2 sensor|16|3,200|51,200
TB:4|Monitoring software, perpetual on-premise licence|1|96,000|96,000
TB:|Hardware and Licence Subtotal|||435,800
TB:5|Installation and calibration|1|58,400|58,400
TB:6|Dashboard customisation and refrigeration alarm integration|1|41,800|41,800
TB:7|Training|1|6,000|6,000
TB:|Contract Price|||542,000
P:3.2 The Contract Price is fixed and includes all import duties and charges for bringing the equipment to the site. No price adjustment for exchange-rate changes applies.
P:3.3 The Supplier shall provide, free of charge, a hand-held reference thermometer with a valid calibration certificate and a spare-battery kit for the sensors, for use by the Buyer's maintenance staff.
H:Section 4 Payment
P:4.1 10% of the Contract Price (CNY 54,200) is paid within 15 days after signature, against an advance-payment bank guarantee of the same amount issued by a bank in mainland China.
P:4.2 55% of the Contract Price (CNY 298,100) is paid within 15 days after installation is complete and confirmed in an installation record. The installation record is not acceptance.
P:4.3 35% of the Contract Price (CNY 189,700) is paid within 15 days after Final Acceptance.
P:4.4 The Supplier shall issue a valid invoice for each payment. Payments are made by bank transfer in CNY.
H:Section 5 Delivery
P:5.1 The Supplier shall deliver all equipment to the site within 60 days and complete installation within 80 days after signature, in time for the main garlic harvest intake.
P:5.2 Title and risk in the equipment pass to the Buyer on delivery to the site, without prejudice to acceptance.
P:5.3 The Supplier is responsible for export formalities, transport, import clearance and packaging suitable for sea and road transport. Sensors shall be delivered with individual calibration certificates.
H:Section 6 Acceptance
P:6.1 After installation, the System runs in trial operation for 14 days. Final Acceptance requires that: (a) every sensor reads within 0.3 degrees Celsius of a calibrated reference thermometer at two test points; (b) no sensor misses more than two scheduled readings on any day of the trial; (c) a simulated high-temperature condition raises an alarm on the dashboard, by SMS to the duty supervisor and on the refrigeration panel within 2 minutes; (d) data are retained and exportable for each cold room; and (e) the as-built documentation, calibration certificates and user manuals in Chinese are delivered.
P:6.2 If the criteria are met, the Buyer signs the Final Acceptance certificate within five working days. Otherwise the Supplier corrects the defects at its cost and the trial operation is repeated.
P:6.3 Delivery, installation or the Buyer's use of the System during the trial is not acceptance.
H:Section 7 Warranty and After-Sales Service
P:7.1 The warranty period is 36 months from Final Acceptance. During the warranty period the Supplier repairs or replaces defective equipment, replaces sensor batteries that fail early, and supplies software updates, free of charge.
P:7.2 Service levels: for a Severity 1 Fault the Supplier responds remotely within 1 hour and, if remote repair fails, a technician of its service partner arrives on site within 8 hours; other faults are responded to within one working day.
P:7.3 For each hour of delay in the Severity 1 response or on-site arrival, the Supplier pays the Buyer CNY 500, which the Buyer may deduct from any amount due.
P:7.4 The Supplier shall keep spare sensors and gateways of the installed types, or compatible successors, available for purchase for at least eight years after Final Acceptance.
P:7.5 After the warranty period, the Supplier shall offer annual maintenance at no more than 7% of the Hardware and Licence Subtotal per year (CNY 30,506), fixed for the first three maintenance years. Maintenance is ordered each year in writing by the Buyer and does not renew automatically.
H:Section 8 Data
P:8.1 Temperature, humidity and gas records and all other data collected by the System belong to the Buyer. The Supplier may use them only to perform this contract and shall not use them for any other purpose, including statistics or product development.
P:8.2 The System is installed on the Buyer's own server. The Supplier shall protect the gateways and software with unique passwords, encrypted communication and current security patches, shall access the System remotely only with the Buyer's approval for each session, and shall not copy data off site.
P:8.3 The Supplier shall notify the Buyer within 12 hours of any security incident affecting the System or its data and shall be liable for the losses caused to the Buyer by any incident attributable to the Supplier.
H:Section 9 Confidentiality
P:9.1 The Supplier shall keep confidential the Buyer's stock levels, storage plans, customer information and all other non-public information received under this contract, and shall not disclose it without the Buyer's written consent. This obligation survives the end of the contract.
H:Section 10 Intellectual Property
P:10.1 The customised dashboards, alarm mappings and integration configuration made for the Buyer belong to the Buyer, which may use, modify and hand them to any third party.
P:10.2 The Supplier warrants that the software licence and the equipment do not infringe third-party rights and shall indemnify the Buyer against any such claim.
P:10.3 The monitoring software licence is perpetual, is not limited by the number of sensors connected, and may be moved to a replacement server of the Buyer.
H:Section 11 Delay and Liability
P:11.1 If the Supplier fails to complete installation by the date in Section 5.1, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:11.2 The Supplier's total liability under this contract is limited to twice the Contract Price, except for liability for personal injury, fraud, wilful misconduct and breach of Sections 8 and 9, which is not limited.
H:Section 12 Subcontracting
P:12.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The on-site service partner referred to in Section 7.2 shall be named and approved in writing before installation begins.
H:Section 13 Termination
P:13.1 The Buyer may terminate this contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after notice, or if the delay under Section 11.1 exceeds 30 days.
P:13.2 On termination under Section 13.1 before Final Acceptance, the Supplier shall refund the amounts paid and remove its equipment at its own cost, unless the Buyer chooses to keep the equipment already installed at the unit prices in Section 3.
H:Section 14 Governing Law and Disputes
P:14.1 This contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Jining Arbitration Commission for arbitration in Jining.
H:Section 15 General
P:15.1 Neither party is liable for a delay caused by force majeure, provided it notifies the other party promptly and resumes performance as soon as possible.
P:15.2 Notices shall be in writing and delivered by courier or e-mail to the addresses above.
P:15.3 This contract is made in English and Chinese; both versions have equal force. It enters into force on signature by both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

# ---------------------------------------------------------------- e04 (md, numbered clauses, Schedules)
E04 = """# Managed Endpoint Services Agreement

**Agreement reference:** SVM-MES-CN-0042

**Between**

1. **Zhuji Datang Hengxin Hosiery Machinery Co., Ltd.**, a company incorporated in the People's Republic of China, of 66 Wazhan Road, Datang Subdistrict, Zhuji, Zhejiang (the **Customer**); and
2. **Sure Valley Managed IT S.a r.l.**, a company incorporated in Luxembourg, of 14 Route de Larochette, L-9202 Diekirch, Grand Duchy of Luxembourg (the **Provider**).

**Background.** The Customer designs and builds computerised sock-knitting machines and runs about 420 laptops, desktops and engineering workstations across its offices, design centre, assembly halls and after-sales team. It wishes to hand the day-to-day management of these endpoints to a specialist provider. The Provider offers managed endpoint services to manufacturers in Europe and Asia. At the Customer's request, all charges are stated and paid in CNY.

## 1. Definitions

1.1 **Endpoint** means a laptop, desktop or workstation of the Customer enrolled in the Services, as listed in the endpoint register kept under clause 3.3.

1.2 **Service Commencement Date** means the date of Onboarding Acceptance under clause 4.

1.3 **Initial Term** means 36 months from the Service Commencement Date.

1.4 **Customer Data** means all data of the Customer, its employees and its customers that the Provider receives, accesses or processes in performing the Services, including machine designs stored on Endpoints.

1.5 **Service Credits** means the amounts set out in Schedule 1.

## 2. Services

2.1 The Provider shall provide, for every Endpoint: a service desk in Chinese and English; device enrolment, imaging and configuration; deployment of operating-system and application updates; software distribution from the Customer's approved catalogue; hardware fault diagnosis and coordination of manufacturer warranty repairs; asset tracking; and secure wiping of devices at end of life.

2.2 The Provider shall provide on-site support at the Customer's premises in Datang on working days, with a technician present at least three days each week.

2.3 The Provider shall report monthly on tickets, update status of the Endpoints and the service levels achieved, and shall meet the Customer's IT manager each quarter to review the report and agree improvements.

2.4 The Provider's staff working at the Customer's premises shall follow the Customer's site rules, including the safety rules of the assembly halls, and wear the identification issued by the Customer. The Customer may require the replacement of any member of staff who does not follow those rules.

## 3. Customer responsibilities

3.1 The Customer shall give the Provider administrative access to its device-management console and a workspace at its premises.

3.2 The Customer shall approve changes to the software catalogue and decide which updates are deployed to engineering workstations that run machine-control programming tools.

3.3 The Customer shall keep, with the Provider, an up-to-date register of Endpoints. Endpoints added or removed during the month are charged pro rata under Schedule 2.

3.4 The Customer may add or remove up to 60 Endpoints in total during the Initial Term at the unit price in Schedule 2. Larger changes are agreed in writing.

## 4. Onboarding and acceptance

4.1 The Provider shall complete onboarding within 60 days after signature. Onboarding comprises enrolment of all Endpoints, a baseline update report, set-up of the service desk and agreed runbooks.

4.2 Onboarding Acceptance is given by the Customer in writing when: (a) at least 410 of the Endpoints in the register are enrolled and reporting; (b) the baseline report shows the update level of every enrolled Endpoint; (c) twenty test tickets across all priorities have been handled within the target times of Schedule 1; and (d) runbooks for imaging, new-starter set-up and leaver wiping have been approved by the Customer.

4.3 If Onboarding Acceptance is delayed beyond the 60 days for reasons attributable to the Provider, the Provider shall pay CNY 1,000 for each day of delay.

4.4 The start of live service desk operation before the criteria are met is not Onboarding Acceptance.

4.5 During onboarding the Provider shall not change the configuration of engineering workstations used for machine-control programming without the Customer's approval, so that the Customer's production of knitting-machine software is not interrupted.

## 5. Service levels and Service Credits

5.1 The Provider shall meet the response and restoration targets in Schedule 1.

5.2 If a target is missed, the Provider shall grant the Service Credits in Schedule 1, deducted from the next monthly invoice.

## 6. Charges and payment

6.1 The charges are set out in Schedule 2. The onboarding charge is invoiced after Onboarding Acceptance. The monthly charges are invoiced monthly in arrears from the Service Commencement Date.

6.2 Invoices are payable within 30 days. No charge is payable in advance.

6.3 The charges are fixed for the Initial Term. They include all travel, tools and licences for the Provider's own management software; software licences for the Endpoints themselves remain the Customer's responsibility.

## 7. Customer Data

7.1 Customer Data remains the property of the Customer. The Provider shall use Customer Data only for the purpose of providing the Services and shall not sell it or use it for any other purpose.

## 8. Confidentiality

8.1 Each party shall keep confidential all information of the other party that is marked confidential or is confidential by its nature, including the Customer's machine designs, prices and customer lists and the Provider's tools and methods, and shall not disclose it to any third party except to its employees and advisers who need to know it.

8.2 This clause does not apply to information that is public or was lawfully known to the receiving party before disclosure, and continues for three years after this Agreement ends.

## 9. Intellectual property

9.1 The Provider keeps all rights in its own tools, scripts and methods existing before this Agreement.

9.2 Images, configuration profiles, scripts and runbooks prepared specifically for the Customer belong to the Customer, which may use and modify them freely and give them to any successor provider.

## 10. Subcontracting

10.1 The Provider may subcontract any part of the Services, including the on-site support in Datang, to its affiliates or to third-party service companies, provided that it informs the Customer in writing before the subcontractor starts work. The Provider remains responsible for its subcontractors.

## 11. Liability

11.1 Each party's total liability under this Agreement is limited to one and a half times the total charges payable for the Initial Term.

11.2 Neither party is liable for loss of profit or indirect loss. Nothing in this Agreement limits liability for death or personal injury caused by negligence, or for fraud.

## 12. Term and termination

12.1 This Agreement starts on signature and continues until the end of the Initial Term. It may be extended only by written agreement of both parties.

12.2 Neither party may terminate this Agreement before the end of the Initial Term. The Customer's remedies for any failure of the Services are the Service Credits under Schedule 1 and a claim for damages subject to clause 11.

12.3 On expiry, the Provider shall hand over the endpoint register, the Customer's images, profiles and runbooks, and all administrative credentials, and shall provide reasonable transition assistance for up to 30 days, including a joint walkthrough of open tickets with the Customer or its new provider.

## 13. Governing law and disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the Shanghai Arbitration Commission for arbitration in Shanghai in accordance with its rules in force at the time.

## 14. General

14.1 Neither party may assign this Agreement without the other's written consent. Amendments must be in writing and signed by both parties.

14.2 Neither party is liable for a failure caused by events beyond its reasonable control, provided it notifies the other party promptly and resumes performance as soon as possible.

14.3 Notices shall be in writing and sent to the addresses above, with a copy by e-mail to the other party's contract manager.

14.4 This Agreement is made in English and Chinese. Both versions are equally authentic.

Signed for the Customer: ____________________

Signed for the Provider: ____________________

## Schedule 1 - Priorities, targets and Service Credits

| Priority | Description | Response | Restoration | Service Credit per missed target |
|---|---|---|---|---|
| P1 | Ten or more Endpoints, or any design-centre workstation group, unusable | 30 minutes | 6 hours | 2% of the monthly charge |
| P2 | A single Endpoint unusable or a key application failing for one user | 2 hours | next working day | CNY 200 |
| P3 | Requests, questions and minor faults | 8 working hours | 3 working days | none |

Service Credits in any month are limited to 20% of that month's monthly charge. Response and restoration times for P1 run around the clock; for P2 and P3 they run during working hours (08:00 to 18:00 China Standard Time, Monday to Saturday, excluding public holidays in the PRC).

## Schedule 2 - Charges

| Item | Basis | Amount (CNY) |
|---|---|---|
| Managed endpoint service | 420 Endpoints x CNY 68 per Endpoint per month | 28,560 per month |
| Monthly charges for the Initial Term | 36 months | 1,028,160 |
| Onboarding (one-time) | after Onboarding Acceptance | 46,000 |
| Total charges for the Initial Term | | 1,074,160 |
"""

# ---------------------------------------------------------------- e05 (txt, upper-case headings, a Schedule)
E05 = """ENTERPRISE CREDIT DATA API SUBSCRIPTION AGREEMENT

Agreement No.: RCA-GY-2026-08

PARTIES

Guiyang Yunling Big Data Exchange Co., Ltd., a company incorporated in the People's Republic of China, with its registered office at 28 Lincheng East Road, Guanshanhu District, Guiyang, Guizhou ("Customer"); and

Ronnskar Credit Analytics Oy, a company incorporated in Finland, with its registered office on the island of Ronnskar, Porvoo archipelago, Finland ("Vendor").

BACKGROUND

A. Customer operates a data trading venue and offers its members, mainly banks, guarantee companies and supply-chain finance platforms, due-diligence services on Chinese enterprises.

B. Vendor operates an application programming interface (the "API") that returns, for an enterprise identified by name or unified social credit code, a consolidated credit profile: registration status, shareholders, court enforcement records, tax rating, administrative penalties and Vendor's own risk score.

C. Customer wishes to subscribe to the API and to have Vendor build an adapter linking the API to Customer's member portal. At Customer's request all fees are stated and paid in CNY.

1. DEFINITIONS

1.1 "Subscription Year" means each successive period of 365 days starting on the Service Start Date or on its anniversary.

1.2 "Service Start Date" means the date of Integration Acceptance under clause 4.

1.3 "Customer Data" means the queries submitted by Customer, including the enterprise names and codes queried and the identity of the requesting member, the results delivered to Customer, and any other data Customer provides to Vendor.

1.4 "Adapter" means the software component linking the API to Customer's member portal, described in the Schedule.

2. SERVICES

2.1 Vendor shall make the API available to Customer from the Service Start Date for the Subscription Term, with the query allowance stated in the Schedule.

2.2 Vendor shall design, build, test and deliver the Adapter and document its interfaces.

2.3 Vendor shall host the API for Customer in a data centre in mainland China and serve Customer's queries from there.

3. TERM AND RENEWAL

3.1 The Subscription Term is two Subscription Years from the Service Start Date.

3.2 At the end of the Subscription Term this Agreement renews automatically for successive Subscription Years at the same Subscription Fee and on the same terms, unless either party gives written notice of non-renewal at least 60 days before the end of the current Subscription Year.

4. INTEGRATION AND ACCEPTANCE

4.1 Vendor shall deliver the Adapter for testing within 45 days after signature.

4.2 Integration Acceptance is given by Customer in writing when: (a) 2,000 test queries from Customer's list return complete profiles for every enterprise found in the public registration system; (b) the average response time of the API under 50 concurrent queries is below 800 milliseconds; (c) query and billing records in the Adapter reconcile with Vendor's usage report; and (d) source code and documentation of the Adapter have been delivered.

4.3 If Integration Acceptance is not achieved within 60 days after signature for reasons attributable to Vendor, Vendor shall pay liquidated damages of 0.1% of the Total Contract Value for each day of delay, up to 10% of the Total Contract Value.

4.4 Test use of the API before the criteria are met is not Integration Acceptance.

5. FEES AND PAYMENT

5.1 The fees are set out in the Schedule.

5.2 The onboarding fee and the Subscription Fee for the first Subscription Year are invoiced on the Service Start Date. The Subscription Fee for the second Subscription Year, and for any renewal year, is invoiced on the first day of that Subscription Year. Overage charges are invoiced quarterly in arrears.

5.3 Invoices are payable within 30 days of receipt by bank transfer in CNY.

6. SERVICE LEVELS

6.1 The API shall be available at least 99.95% of each calendar month, measured at Vendor's gateway and excluding maintenance announced five working days in advance and carried out between 00:00 and 05:00 China Standard Time.

6.2 Priority 1 incidents (the API unavailable or returning errors for most queries) shall be responded to within 30 minutes at any time of day and restored within 3 hours. Priority 2 incidents (degraded response or a data source missing) shall be responded to within 2 hours and resolved within two working days.

6.3 For each month in which availability is below the level in 6.1, Vendor shall credit 5% of one twelfth of the annual Subscription Fee for each 0.1 percentage point of shortfall or part of it, up to half of that amount. Each hour by which a Priority 1 restoration exceeds 3 hours gives a further credit of CNY 800.

7. CUSTOMER DATA

7.1 As between the parties, Customer Data belongs to Customer.

7.2 Customer grants Vendor a non-exclusive, perpetual and royalty-free right to retain Customer Data and use it in aggregated and de-identified form to calibrate and improve Vendor's credit-scoring models and to compile market statistics that Vendor may publish or sell. This right survives expiry or termination of this Agreement.

7.3 Subject to clause 7.2, Vendor shall use Customer Data only to provide the Services.

8. DATA SECURITY

8.1 Vendor shall protect Customer Data against unauthorised access, loss and alteration by appropriate technical and organisational measures, including encryption in transit and at rest, role-based access with multi-factor authentication, logging of all administrative access and annual penetration testing, and shall comply with the Personal Information Protection Law and the Data Security Law of the PRC.

8.2 Vendor shall notify Customer within 12 hours after becoming aware of any security incident affecting Customer Data, cooperate with Customer and the competent authorities, and bear the costs and losses caused to Customer by any incident attributable to Vendor or its subcontractors.

9. USE RESTRICTIONS

9.1 Customer may use results returned by the API to provide due-diligence services to its members and may store results for its members' records. Customer shall not offer the API itself to third parties as a raw data feed.

9.2 Customer shall use the API in accordance with the laws of the PRC on personal information and credit reporting, and shall require its members to use results only for lawful due-diligence purposes.

9.3 Customer may change the list of members authorised to use the service through the Adapter at any time without charge.

10. SUPPORT AND REPORTING

10.1 Vendor shall provide a technical support line in Chinese and English and a named technical contact for Customer.

10.2 Vendor shall send Customer a monthly report on query volumes by member, availability achieved, incidents and credits due.

10.3 Vendor shall give Customer at least 30 days' notice of any change to the fields or format of the API response, and shall keep the previous version available for at least 90 days after the change.

10.4 Customer shall name a technical contact, keep its API credentials in its own systems only, and tell Vendor promptly if it suspects that credentials have been misused.

11. INTELLECTUAL PROPERTY

11.1 Vendor retains all rights in the API, its databases and its risk score.

11.2 The Adapter, including its source code, belongs to Customer on payment of the onboarding fee. Customer may use, modify and license the Adapter freely.

12. SUBCONTRACTING

12.1 Vendor shall not subcontract the Services or the development of the Adapter, and shall not engage a new hosting provider, without Customer's prior written consent.

13. LIABILITY

13.1 Each party's total liability under this Agreement is limited to twice the Total Contract Value.

13.2 Neither party is liable for indirect loss. The limits in this clause do not apply to fraud, wilful misconduct or Vendor's liability under clause 8.2.

14. TERMINATION

14.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after receiving notice of it.

14.2 Customer may also terminate by written notice if availability is below 99.5% in two consecutive months.

14.3 On termination for Vendor's breach, Vendor shall refund the Subscription Fee paid for the period after termination.

15. GOVERNING LAW AND DISPUTES

15.1 This Agreement is governed by the laws of the People's Republic of China.

15.2 Disputes shall be submitted to the Guiyang Arbitration Commission for arbitration in Guiyang.

16. GENERAL

16.1 Notices shall be in writing and sent to the addresses above.

16.2 Neither party is liable for a failure caused by events beyond its reasonable control, provided it notifies the other party promptly and resumes performance as soon as possible.

16.3 Neither party may assign this Agreement without the other party's written consent.

16.4 This Agreement may be amended only in writing signed by both parties. It is executed in English and Chinese, both equally authentic.

SIGNATURES

For Customer: ____________________

For Vendor: ____________________

SCHEDULE - FEES AND QUERY ALLOWANCE

Item                                   Basis                                     Amount (CNY)
Subscription Fee                       per Subscription Year, 400,000 queries    186,000
Subscription Fees for the Term          two Subscription Years                    372,000
Onboarding and Adapter (one-time)       invoiced on the Service Start Date        24,000
Total Contract Value                                                             396,000
Overage                                 CNY 0.42 per query above the allowance    not included

Query allowance: unused queries do not carry over to the next Subscription Year. Queries that return an error or no result are not counted.

Adapter scope: REST connector between the API and Customer's member portal; caching of results for 30 days; member-level usage accounting; monthly usage and billing reports; Chinese user documentation.
"""

# ---------------------------------------------------------------- files
FILES = {  # key -> (file name, format, source)
    "h337z01": ("h337z01_geohazard_monitoring_platform_gov.pdf", "pdf", Z01),
    "h337z02": ("h337z02_paper_mill_rewinder_control_retrofit.docx", "docx", Z02),
    "h337z03": ("h337z03_dry_cleaning_chain_member_saas.txt", "txt", Z03),
    "h337z04": ("h337z04_womens_federation_rights_system_om.txt", "txt", Z04),
    "h337z05": ("h337z05_mahua_factory_erp_supplier_template.md", "md", Z05),
    "h337e01": ("h337e01_woodcarving_relief_modelling_licences.pdf", "pdf", E01),
    "h337e02": ("h337e02_cableway_ticketing_saas_order_form.md", "md", E02),
    "h337e03": ("h337e03_garlic_cold_store_temperature_sensors.docx", "docx", E03),
    "h337e04": ("h337e04_sock_machine_maker_managed_endpoints.md", "md", E04),
    "h337e05": ("h337e05_data_exchange_credit_check_api.txt", "txt", E05),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]

# Per contract: terms in TERM_KEYS order, extra, category, plus facts used only for the checks below
# (fee base, forum outside mainland, price items, payment shares).
L = {}
L["h337z01"] = dict(
    category="hardware",
    terms=[99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 36, 8, False, True, False,
           "PRC", "goods_or_licence"],
    sla=True, ld_stated=True, capped=True, deemed=False, value=2300000,
    base=1803200, forum_outside=False,
    items=[924000, 223200, 96000, 192000, 368000, 276800, 198000, 22000], shares=[20, 45, 35],
    rules=[])
L["h337z02"] = dict(
    category="hardware",
    terms=[None, 0.25, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 18, 26, False, True, False,
           "PRC", "goods_or_licence"],
    sla=True, ld_stated=True, capped=True, deemed=False, value=1500000,
    base=1260000, forum_outside=False,
    items=[286000, 624000, 148000, 92000, 110000, 138000, 84000, 18000], shares=[10, 35, 50, 5],
    rules=["CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"])
L["h337z03"] = dict(
    category="cloud",
    terms=[99.5, 0.25, True, "buyer", True, False, True, 500 / 578000 * 100, 150, None, True, None, None, None,
           True, True, False, "PRC", "service"],
    sla=True, ld_stated=True, capped=None, deemed=False, value=578000,
    base=None, forum_outside=False,
    items=[3 * 40 * 3600, 3 * 26000, 68000], shares=None,
    rules=["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"])
L["h337z04"] = dict(
    category="services",
    terms=[None, None, False, "buyer", True, True, True, None, None, None, True, None, None, None, False, True,
           False, "PRC", "service"],
    sla=False, ld_stated=False, capped=None, deemed=False, value=386000,
    base=None, forum_outside=False,
    items=[218000, 64000, 58000, 46000], shares=None,
    rules=["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"])
L["h337z05"] = dict(
    category="software",
    terms=[None, 8, False, "supplier", True, True, True, 0.02, 20, 60, False, False, 6, None, False, True, True,
           "PRC", "goods_or_licence"],
    sla=True, ld_stated=True, capped=False, deemed=True, value=800000,
    base=420000, forum_outside=False,
    items=[420000, 265000, 95000, 20000], shares=[60, 35, 5],
    rules=["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
           "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-SUBCONTRACT", "CR-WARRANTY"])
L["h337e01"] = dict(
    category="software",
    terms=[None, 2, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 24, 11, False, True, False,
           "Finland", "goods_or_licence"],
    sla=True, ld_stated=True, capped=True, deemed=False, value=590000,
    base=478000, forum_outside=True,
    items=[348000, 92000, 38000, 36000, 54000, 22000], shares=[20, 45, 35],
    rules=["CR-GOVERNING-LAW"])
L["h337e02"] = dict(
    category="cloud",
    terms=[99.95, 0.5, True, "buyer", True, True, True, 800 / 780000 * 100, round(6 / 36 * 100, 4),
           360000 / 780000 * 100, True, None, None, None, False, True, False, "Iceland", "service"],
    sla=True, ld_stated=True, capped=None, deemed=False, value=780000,
    base=None, forum_outside=True,
    items=[3 * 210000, 150000], shares=None,
    rules=["CR-GOVERNING-LAW", "CR-LIABILITY-CAP", "CR-PREPAYMENT"])
L["h337e03"] = dict(
    category="hardware",
    terms=[None, 1, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 36, 7, False, True, False,
           "PRC", "goods_or_licence"],
    sla=True, ld_stated=True, capped=True, deemed=False, value=542000,
    base=435800, forum_outside=False,
    items=[207000, 81600, 51200, 96000, 58400, 41800, 6000], shares=[10, 55, 35],
    rules=[])
L["h337e04"] = dict(
    category="services",
    terms=[None, 0.5, True, "buyer", False, True, True, 1000 / 1074160 * 100, 150, None, True, None, None, None,
           False, False, True, "PRC", "service"],
    sla=True, ld_stated=True, capped=None, deemed=False, value=1074160,
    base=None, forum_outside=False,
    items=[36 * 420 * 68, 46000], shares=None,
    rules=["CR-DATA-SECURITY", "CR-SUBCONTRACT", "CR-TERMINATION"])
L["h337e05"] = dict(
    category="cloud",
    terms=[99.95, 0.5, True, "buyer", True, False, False, 0.1, 200, None, True, None, None, None, False, True,
           False, "PRC", "service"],
    sla=True, ld_stated=True, capped=None, deemed=False, value=396000,
    base=None, forum_outside=False,
    items=[2 * 186000, 24000], shares=None,
    rules=["CR-CONFIDENTIALITY", "CR-DATA-OWNERSHIP"])

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco(d):
    """Policy §4: horizon 5 years from acceptance; fee for every post-warranty year (pro rata); None if no fee."""
    t = dict(zip(TERM_KEYS, d["terms"]))
    if t["contract_kind"] != "goods_or_licence" or t["post_warranty_fee_pct"] is None or not d["capped"]:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = t["post_warranty_fee_pct"] / 100 * d["base"] * years
    return d["value"] + fees, fees / (d["value"] + fees) * 100


def policy_rules(d):
    """My own reading of policy.md §3 applied to the labels (a cross-check of the hand-written lists)."""
    t = dict(zip(TERM_KEYS, d["terms"]))
    goods = t["contract_kind"] == "goods_or_licence"
    r = set()
    if not d["sla"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
    if d["sla"] and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if not t["buyer_owns_data"]:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not d["ld_stated"]:
        r.add("CR-LD-MISSING")
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
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
        if t["post_warranty_fee_pct"] is None or not d["capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        x = tco(d)
        if x is not None and x[1] > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or d["forum_outside"]:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(x in HIGH for x in rules):
        return "high"
    if any(x not in LOW for x in rules):
        return "medium"
    return "low"


def label(key):
    name, _, _ = FILES[key]
    d = L[key]
    extra = {"sla_clause": d["sla"], "ld_stated": d["ld_stated"]}
    if d["terms"][-1] == "goods_or_licence":
        extra["post_warranty_fee_capped"] = d["capped"]
    extra["acceptance_deemed_on_delivery"] = d["deemed"]
    extra["contract_value"] = d["value"]
    return {"file": name, "language": "zh" if "z" in key[4:] else "en", "category": d["category"],
            "expected_terms": dict(zip(TERM_KEYS, d["terms"])), "expected_extra": extra,
            "expected_rules": sorted(d["rules"])}


# ---------------------------------------------------------------- threshold figures (raw text and normalised copy)
PCT = r"\s*(?:%|％|per\s*cent|percent)"
NB = r"(?<![\d.])"          # not preceded by a digit or a decimal point
ZH = "〇零一二三四五六七八九十百千两"
FORBIDDEN = [
    ("availability 99.9", NB + r"99\.9(?!\d)"),
    ("P1 4 hours", NB + r"4\s*(?:个\s*)?(?:小时|hours?\b|hrs?\b|h\b)"),
    ("P1 四小时", r"(?<![" + ZH + r"])四\s*(?:个\s*)?小时"),
    ("P1 four hours", r"\bfour[\s-]+hours?\b"),
    ("P1 240 minutes", NB + r"240\s*(?:分钟|minutes?\b)"),
    ("LD 0.05 %", NB + r"0\.05" + PCT),
    ("LD 万分之五", r"万分之五"),
    ("cap 100 %", NB + r"100" + PCT),
    ("cap 百分之百", r"百分之(?:一)?百"),
    ("cap one hundred per cent", r"\bone\s+hundred\s+per\s*cent"),
    ("prepayment 30 %", NB + r"30" + PCT),
    ("prepayment 百分之三十", r"百分之三十"),
    ("prepayment 三成", r"三成"),
    ("prepayment thirty per cent", r"\bthirty\s+per\s*cent"),
    ("warranty 12 months", NB + r"12\s*(?:个\s*月|months?\b)"),
    ("warranty 十二个月", r"(?<![" + ZH + r"])十二\s*个\s*月"),
    ("warranty twelve months", r"\btwelve[\s-]+months?\b"),
    ("warranty one year", r"\b(?:one|1)[\s-]+years?\b"),
    ("warranty 一年", r"(?<![" + ZH.replace("第", "") + r"])一\s*年"),
    ("post-warranty 15 %", NB + r"15" + PCT),
    ("post-warranty 百分之十五", r"百分之十五"),
    ("post-warranty fifteen per cent", r"\bfifteen\s+per\s*cent"),
    ("TCO 40 %", NB + r"40" + PCT),
    ("TCO 百分之四十", r"百分之四十"),
    ("TCO 四成", r"四成"),
    ("TCO forty per cent", r"\bforty\s+per\s*cent"),
    ("horizon 5 years", NB + r"5\s*(?:年|years?\b)"),
    ("horizon 五年", r"(?<![" + ZH + r"])五\s*(?:个\s*)?年"),
    ("horizon five years", r"\bfive[\s-]+years?\b"),
    ("horizon 60 months", NB + r"60\s*(?:个\s*月|months?\b)"),
    ("horizon 六十个月", r"(?<![" + ZH + r"])六十\s*个\s*月"),
    ("horizon sixty months", r"\bsixty[\s-]+months?\b"),
]
FORBIDDEN = [(n, re.compile(p, re.I)) for n, p in FORBIDDEN]
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 个小时", "四小时", "4 hours", "four hours", "240分钟", "240 minutes", "0.05%",
            "0.05 per cent", "万分之五", "100%", "百分之百", "one hundred per cent", "30%", "30 %", "百分之三十", "三成",
            "thirty per cent", "12个月", "12 months", "十二个月", "twelve months", "one year", "one-year", "1 year", "一年",
            "第一年", "15%", "15 per cent", "百分之十五", "fifteen per cent", "40%", "百分之四十", "forty per cent", "5年",
            "五年", "5 years", "five years", "five-year", "60个月", "60 months", "六十个月", "sixty months"]
MUST_NOT_HIT = ["24小时", "二十四小时", "24 hours", "99.95%", "99.5%", "115%", "0.15%", "140%", "130%", "0.045元",
                "四十二个月", "二十二个月", "2025年", "二〇二五年", "十一年", "2026年12月31日", "14 days", "1.5倍",
                "0.1 percentage point", "35%", "45%", "150%", "2 hours", "48小时", "120日", "36 months", "three years",
                "in 2025 years", "3,600元"]


def hits(text):
    out = set()
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"(?<=[^\x00-\x7f])\s+|\s+(?=[^\x00-\x7f])", "", text)):
        for n, rx in FORBIDDEN:
            if rx.search(variant):
                out.add(n)
    return sorted(out)


def self_test():
    for s in MUST_HIT:
        assert hits(s), ("should hit", s)
    for s in MUST_NOT_HIT:
        assert not hits(s), ("should not hit", s, hits(s))


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
        return "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def main():
    self_test()
    built = {k: (n, f) for k, (n, f, _) in FILES.items() if f in ("docx", "pdf")}
    write({k: FILES[k][2] for k in built}, built, OUT, wrap_words=True)
    for k, (name, fmt, src) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    fired = set()
    print()
    print("%-10s %-4s %-8s %-7s %s" % ("key", "len", "size", "risk", "expected rules"))
    for k, (name, fmt, src) in FILES.items():
        d = L[k]
        lab = label(k)
        # hand-written rules == my policy reading of the labels
        assert sorted(d["rules"]) == policy_rules(d), (k, d["rules"], policy_rules(d))
        # sums
        assert sum(d["items"]) == d["value"], (k, sum(d["items"]), d["value"])
        if d["shares"]:
            assert sum(d["shares"]) == 100 and not {30, 40} & set(d["shares"]), k
        # off every threshold
        t = lab["expected_terms"]
        for key, thr in (("availability_pct", 99.9), ("p1_response_hours", 4), ("ld_rate_per_day_pct", 0.05),
                         ("liability_cap_pct", 100), ("prepayment_pct", 30), ("warranty_months", 12),
                         ("post_warranty_fee_pct", 15)):
            assert t[key] is None or abs(t[key] - thr) > 1e-6, (k, key)
        x = tco(d)
        if x is not None:
            assert abs(x[1] - 40) > 1e-6, k
        # built text: length and threshold figures
        text = read_back(OUT / name)
        bad = hits(text) + hits(src)
        assert not bad, (k, bad)
        zh = lab["language"] == "zh"
        n = len(text) if zh else len(text.split())
        assert (2800 <= n <= 3300) if zh else (1500 <= n <= 1700), (k, n)
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(
            json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        fired |= set(d["rules"])
        print("%-10s %-4s %-8s %-7s %s%s" % (k, "zh" if zh else "en", n, risk(d["rules"]),
                                             ", ".join(r[3:] for r in sorted(d["rules"])) or "(none)",
                                             "" if x is None else "  [TCO %.0f, share %.2f %%]" % x))
    assert fired == set(ALL_RULES), sorted(set(ALL_RULES) - fired)
    mix = sorted(risk(L[k]["rules"]) + ":" + str(len(L[k]["rules"])) for k in L)
    print("\nall 20 CR rules fire at least once;", mix)


if __name__ == "__main__":
    main()
