"""holdout329: ten ORDINARY draft contracts (5 zh, 5 en) written blind from policy.md / API.md, with their labels.

Run from this folder:  /work/main/.venv/bin/python -B make_files.py
Writes the .txt/.md files directly, the .docx/.pdf through ../word_pdf.py (write(..., wrap_words=True)), the .json
labels (one-space indent, no trailing newline), then reads every built file back and asserts: text length ranges, no
threshold figure in the raw or whitespace-normalised text, derived labels off every threshold, expected rules per
contract (from the labels, by policy.md) equal to the stated ones, every CR rule fired at least once, and the mix.
"""
import sys
sys.dont_write_bytecode = True
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------------------------------------------
# z01  自然资源和规划局 不动产登记信息平台 (政府采购 公开招标, buyer's paper)  .pdf  第X条 + 1.1
# ---------------------------------------------------------------------------------------------------------------
H329Z01 = r"""
T:不动产登记信息平台建设项目政府采购合同
P:合同编号：LZZG-2026-ZFCG-017
P:采购项目编号：LZCG2026-G-0213（采购方式：公开招标）
P:甲方（采购人）：澜州市自然资源和规划局
P:地址：澜州市滨江大道188号
P:乙方（中标供应商）：澜州汇图信息技术有限公司
P:地址：澜州市高新区创新路9号汇图大厦
P:根据《中华人民共和国政府采购法》及其实施条例、《中华人民共和国民法典》，以及本项目招标文件、乙方投标文件和中标通知书，甲乙双方就澜州市不动产登记信息平台建设项目达成一致，签订本合同。招标文件、投标文件、中标通知书、澄清文件及双方确认的需求规格说明书均为本合同的组成部分；上述文件与本合同正文不一致的，以本合同正文为准。
H:第一条 项目内容
P:1.1 乙方为甲方建设不动产登记信息平台，包括登记业务受理、审核登簿、缮证发证、电子证照、依申请查询、统计分析和运行监控等子系统，并提供平台软件许可、接口开发、历史数据整合迁移、部署实施和培训服务。
P:1.2 平台部署于澜州市政务云，由甲方提供计算、存储及网络资源。乙方提供的平台软件许可为永久许可，使用主体为甲方及其所属不动产登记中心和各区县登记分中心，用户数及服务器节点数不设上限。
P:1.3 接口开发包括与自然资源“一张图”、税务征管系统、公安人口信息库、住建网签备案系统、法院查封系统及辖区内十二家银行抵押登记系统的对接，接口清单及报文规范以需求规格说明书为准。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰零肆万元整（¥2,040,000.00），为含税固定总价，已包括软件许可、开发、迁移、实施、培训、差旅、税费以及质保期内全部服务的费用。分项价格如下：
TB:序号|项目|金额（元）
TB:1|不动产登记平台软件许可（含电子证照、依申请查询模块，永久许可）|1,180,000
TB:2|接口开发（一张图、税务、公安、网签、法院、银行抵押）|436,000
TB:3|历史登记数据整合迁移（约210万条登记簿记录及扫描件挂接）|318,000
TB:4|部署实施及培训|106,000
TB:合计||2,040,000
P:2.2 除本合同另有约定外，甲方无需向乙方支付任何其他费用。
H:第三条 付款方式
P:3.1 本合同签订且乙方向甲方提交金额相等的银行保函后15个工作日内，甲方支付合同总价的20%作为预付款，计人民币408,000元。
P:3.2 平台通过初步验收并转入试运行后15个工作日内，甲方支付合同总价的55%，计人民币1,122,000元。
P:3.3 平台通过最终验收后15个工作日内，甲方支付合同总价的25%，计人民币510,000元。
P:3.4 乙方应在每期付款前向甲方开具合法有效的增值税发票。因财政资金拨付程序导致付款延迟的，甲方应及时书面告知乙方，不视为甲方违约。
H:第四条 实施进度
P:4.1 乙方应在合同签订后90日内完成平台部署、接口联调和数据迁移，并书面申请初步验收；初步验收通过后进入试运行，试运行期不少于60日。
P:4.2 乙方应按甲方批准的实施计划开展工作，每周向甲方提交进度报告，重大问题应于发现当日报告。
H:第五条 验收
P:5.1 初步验收标准：（1）需求规格说明书所列功能全部实现，并经甲方逐项测试确认；（2）全部接口联调通过，连续10个工作日数据交换无错误；（3）迁移后的历史数据经全量比对，登簿信息、权利人信息和附件挂接均与源数据一致，发现的差错已全部更正；（4）在500个并发用户条件下，常用业务办理页面响应时间不超过2秒，综合查询不超过5秒。
P:5.2 最终验收标准：试运行期内未发生一级故障；第三方测评机构出具的网络安全等级保护第三级测评报告和商用密码应用安全性评估报告结论为符合或基本符合；技术文档、源代码、运维手册及培训资料已交付齐全。
P:5.3 甲方应在收到乙方验收申请后10个工作日内组织验收并出具书面意见。平台上线、试运行、甲方实际使用或甲方付款，均不视为验收合格。验收不合格的，乙方应在15日内完成整改并重新申请验收，由此产生的费用由乙方承担。
H:第六条 质量保证与运维
P:6.1 质保期为三十六个月，自最终验收合格之日起计算。质保期内，乙方免费提供软件缺陷修复、版本升级、接口适配、政策性功能调整和现场技术支持。
P:6.2 质保期满后，甲方如需乙方继续提供运维服务，年度运维服务费不超过软件许可费的8%，即每年不超过人民币94,400元，且自质保期满起三个服务年度内不得上调，具体以双方另行签订的运维合同为准。
P:6.3 质保期内，平台月度可用率不低于99.95%，经甲方同意的计划内维护时间不计入不可用时间。
P:6.4 故障分级及响应：一级故障（登记业务无法办理或登簿数据异常）30分钟内响应，2小时内到场，8小时内恢复；二级故障（部分功能或个别接口不可用）1小时内响应，当日解决；三级故障（一般性问题及咨询）2个工作日内解决。
P:6.5 乙方未达到6.3或6.4约定的，响应、到场或恢复每超时1小时，按人民币1,000元向甲方支付违约金；可用率每低于约定值0.01个百分点，按人民币2,000元支付违约金。上述款项甲方可从应付款项或履约保证金中直接扣除。
H:第七条 数据安全
P:7.1 平台中的不动产登记数据、业务办理数据、电子证照及系统日志均属于甲方。乙方仅可为履行本合同在甲方授权范围内访问，不得复制、留存、向任何第三方提供或用于本合同以外的任何目的。
P:7.2 乙方应按网络安全等级保护第三级的要求落实安全措施：运维操作须经甲方审批，并通过甲方堡垒机进行；数据迁移在甲方机房内完成，不得将数据带离甲方网络；测试使用的数据须经甲方脱敏处理。
P:7.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部赔偿责任，并承担由此引起的行政责任。
H:第八条 保密
P:8.1 乙方对履行本合同过程中知悉的甲方工作秘密、权利人个人信息、网络拓扑及安全配置负有保密义务，未经甲方书面同意不得向任何第三方披露。本条义务不因合同终止而解除。
H:第九条 知识产权
P:9.1 乙方为本项目定制开发的接口程序、迁移脚本、统计报表及其源代码和文档，知识产权归甲方所有，甲方可自行或委托第三方使用和修改。
P:9.2 平台标准软件的知识产权仍属乙方，乙方授予甲方永久、不可撤销的使用许可。乙方保证所交付的成果不侵犯任何第三方的合法权利，否则由乙方承担全部责任。
H:第十条 违约责任
P:10.1 乙方逾期完成部署或逾期具备验收条件的，每逾期一日，按合同总价的万分之八向甲方支付违约金；逾期超过30日的，甲方有权解除本合同。
P:10.2 甲方无正当理由逾期付款的，按逾期金额每日万分之二向乙方支付违约金。
P:10.3 违约金不足以弥补损失的，违约方还应赔偿对方的实际损失。
H:第十一条 分包
P:11.1 本项目不允许分包，乙方不得将本合同项下的任何工作转包或分包给第三方。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面催告后15日内仍未改正的，甲方有权书面通知解除本合同，并要求乙方退还已付款项、赔偿损失。
H:第十三条 法律适用与争议解决
P:13.1 本合同的订立、履行和解释适用中华人民共和国法律。
P:13.2 双方因本合同发生的争议应协商解决；协商不成的，任何一方可向甲方所在地人民法院提起诉讼。
H:第十四条 其他
P:14.1 本合同一式六份，甲方执四份，乙方执两份，自双方法定代表人或授权代表签字并加盖公章之日起生效。未尽事宜，双方可签订补充协议。
P:甲方（盖章）：澜州市自然资源和规划局　　　法定代表人或授权代表：__________
P:乙方（盖章）：澜州汇图信息技术有限公司　　法定代表人或授权代表：__________
P:签订日期：2026年　月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# z02  化纤厂 纺丝卷绕线控制系统改造, post-warranty 维保  .docx with a Word price table, 一、/（一）
# ---------------------------------------------------------------------------------------------------------------
H329Z02 = r"""
T:纺丝卷绕线控制系统改造合同
P:合同编号：HXHX-JG-2026-046
P:甲方（买方）：江北恒信化纤有限公司
P:乙方（卖方）：苏湖智控自动化工程有限公司
P:签订地点：江北市临港工业园
P:甲方三号纺丝车间六条涤纶长丝卷绕线的原控制系统已连续运行多年，部分驱动器及控制模块已停产，备件难以采购。经比选，甲方委托乙方对上述卷绕线的控制系统实施改造。为明确双方权利义务，经友好协商，订立本合同。
H:一、改造范围
P:（一）拆除六条卷绕线原有控制柜及驱动单元，安装新的PLC控制柜、卷绕头伺服驱动、张力及转速传感器、操作员触摸屏和工业以太网交换机，并完成动力及信号电缆敷设。
P:（二）提供纺丝工艺控制软件永久许可，实现卷绕速度、张力和成型角的闭环控制，以及断丝报警、自动落筒计数和丝饼批号追踪。
P:（三）将卷绕线控制系统与甲方现有DCS及生产执行系统对接，上传产量、断头次数、设备状态和报警记录。
P:（四）改造须利用甲方安排的计划停车窗口逐线进行，每条线的停车时间不超过72小时，不得影响其余生产线的正常运行。乙方施工人员进入生产区域前，须参加甲方组织的安全培训，并遵守车间洁净和防火要求。
H:二、合同价格
P:（一）合同总价为人民币2,550,000元（大写：贰佰伍拾伍万元整），含13%增值税、运输、保险、安装、调试及培训费用，为固定价格。明细如下：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|卷绕机PLC控制柜|6套|168,000|1,008,000
TB:2|卷绕头伺服驱动单元|48套|9,800|470,400
TB:3|张力及转速传感器|96只|2,150|206,400
TB:4|操作员触摸屏（HMI）|12台|11,600|139,200
TB:5|工业以太网交换机|8台|7,900|63,200
TB:6|纺丝工艺控制软件许可（永久）|1套|286,000|286,000
TB:|设备及软件小计|||2,173,200
TB:7|拆旧、安装及联调|1项|318,600|318,600
TB:8|工艺参数整定及操作培训|1项|58,200|58,200
TB:|合同总价|||2,550,000
P:（二）如甲方要求增加改造范围，增加部分按上表单价另行签订补充协议。
H:三、付款方式
P:（一）本合同生效后10个工作日内，甲方支付合同总价的20%，即510,000元，作为预付款。
P:（二）全部设备到达甲方现场并经甲方签收后10个工作日内，甲方支付合同总价的35%，即892,500元。到货签收仅确认货物的数量、型号和外观，不代表质量验收。
P:（三）六条卷绕线全部通过最终验收后15个工作日内，甲方支付合同总价的45%，即1,147,500元。
P:（四）乙方应在每次付款前开具等额增值税专用发票。
H:四、交货与实施
P:（一）乙方应在合同生效后45日内将全部设备运抵甲方现场，并在设备到货后75日内完成六条线的改造和单线验收。
P:（二）乙方应提前10日提交每条线的施工方案和停车计划，经甲方生产部批准后实施。施工期间乙方应遵守甲方的安全生产、动火作业和防静电管理规定。
P:（三）乙方应在改造前对原有控制程序和工艺参数进行备份，并在改造后按甲方工艺要求完成参数整定。
H:五、验收
P:（一）单线验收：每条线改造后连续满负荷运行168小时，卷绕速度、张力和成型角控制稳定，张力波动控制在设定值±3cN以内，断丝报警和落筒计数准确，上传至生产执行系统的数据与现场记录一致。
P:（二）最终验收：六条线全部通过单线验收，且在其后30日的稳定运行期内未发生一级故障，竣工图纸、程序备份、源程序及操作维护手册交付齐全，由甲方组织最终验收并出具书面验收报告。
P:（三）设备安装、试车、投料生产或甲方付款，均不视为验收合格。验收不合格的，乙方应在10日内整改并重新提交验收。
H:六、质量保证与售后服务
P:（一）质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费维修或更换故障设备及部件，并免费提供软件升级。
P:（二）故障响应：一级故障（整条卷绕线停机或多个锭位同时失控）乙方应在1小时内响应，6小时内到达现场；二级故障（单锭位故障或个别数据不上传）应在当日到场处理。乙方应在甲方厂区附近存放常用备件。
P:（三）乙方未按上述时限响应或到场的，每超时1小时向甲方支付违约金1,500元。
P:（四）质保期满后的维保服务：甲方可选择由乙方继续提供年度维保服务，年度维保费按设备及软件小计的17.5%计收，即每年380,310元，自质保期满起三个服务年度内按此标准执行。维保内容包括每季度巡检、故障部件更换（易损件除外）、软件维护及远程技术支持。
H:七、工控安全与数据
P:（一）卷绕线的运行数据、工艺配方、产量及质量数据均属于甲方，乙方不得复制、带离或向任何第三方提供，也不得用于本合同以外的任何目的。
P:（二）乙方应遵守甲方工控网络安全管理制度：控制网络与办公网络物理隔离；远程维护须经甲方逐次审批，通过甲方指定的安全接入设备进行并全程录屏；进入现场的移动存储介质须经甲方查毒登记。
P:（三）因乙方原因导致病毒侵入、数据泄露或工艺参数被篡改的，乙方应在2小时内报告甲方，立即采取补救措施，并承担由此造成的全部损失。
H:八、保密
P:（一）乙方对在履行本合同过程中获知的甲方工艺配方、产能数据、设备布置及其他商业信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务自本合同签订之日起至合同终止后三年止。
H:九、知识产权
P:（一）乙方为本项目编写的PLC控制程序、触摸屏组态画面、通信接口程序及其源程序的知识产权归甲方所有，甲方可自行修改或交由第三方维护。
P:（二）纺丝工艺控制软件的著作权属于乙方，甲方享有永久、不可撤销的使用许可。
H:十、违约责任
P:（一）乙方逾期完成改造的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
P:（二）因乙方原因导致停车时间超过约定的，乙方还应赔偿甲方的直接停产损失。
P:（三）乙方在本合同项下的累计赔偿责任以合同总价的两倍为限，但因乙方故意或重大过失造成的损失除外。
P:（四）甲方逾期付款的，每日按逾期金额的万分之二向乙方支付违约金。
H:十一、分包
P:（一）未经甲方书面同意，乙方不得将本合同项下的任何工作分包给第三方；经同意分包的，乙方仍对分包工作向甲方承担全部责任。
H:十二、合同解除
P:（一）乙方严重违约，且在甲方书面通知后10日内未予纠正的，甲方有权解除本合同，并要求乙方赔偿损失。
P:（二）合同解除后，乙方应在甲方通知的期限内撤离现场，并移交已完成部分的程序和资料。
H:十三、法律适用及争议解决
P:（一）本合同适用中华人民共和国法律。因本合同产生的争议，双方协商不成的，由甲方所在地人民法院管辖。
H:十四、其他
P:（一）本合同一式四份，双方各执两份，经双方签字盖章后生效。
P:甲方：江北恒信化纤有限公司（盖章）　　代表签字：__________
P:乙方：苏湖智控自动化工程有限公司（盖章）　　代表签字：__________
P:日期：2026年　月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# z03  连锁洗衣店 (35 家) 订单及会员 SaaS + 实施  .txt  第X条 + （1）
# ---------------------------------------------------------------------------------------------------------------
H329Z03 = r"""洗衣门店订单及会员管理系统SaaS服务合同

合同编号：JX-YS-2026-035
甲方：洁晓生活服务（成都）有限公司
住所：成都市武侯区玉林南路66号
乙方：成都云衫软件科技有限公司
住所：成都市高新区天府三街288号

鉴于：甲方在成都、德阳两地经营35家直营洗衣门店及1个中央洗涤工厂，需要一套统一的收衣开单、衣物流转、会员储值和营销管理系统；乙方拥有“衫云”洗护行业SaaS平台，并具备相应的实施能力。双方根据《中华人民共和国民法典》，经平等协商，订立本合同。

第一条 服务内容
（1）乙方向甲方35家门店及总部开通“衫云”平台订阅服务，功能包括：收衣开单与价目管理、衣物条码及挂衣位管理、中央工厂流转追踪、取衣短信及小程序通知、会员储值与积分、优惠券与营销活动、经营报表和门店业绩看板。
（2）乙方为甲方提供一次性实施服务：门店及工厂业务流程配置、历史会员资料与储值余额迁移、与门店收银设备及甲方微信小程序对接、店长及店员培训。
（3）平台由乙方在中国境内的云服务器上运行和维护，甲方通过浏览器、门店终端和小程序使用，无需自行采购服务器。
（4）订阅期内乙方提供的平台版本升级不另行收费。
（5）乙方应为甲方提供7×24小时服务热线及在线工单系统。

第二条 服务期限
（1）订阅服务期为三个服务年度，首个服务年度自上线验收合格之日起算。
（2）服务期满前30日内任何一方未书面提出不续约的，本合同自动续期一个服务年度，续期次数不限。续期时乙方有权按其当期价格政策调整订阅费，调价幅度不超过上一服务年度订阅费的10%，并应在续期前15日书面通知甲方。

第三条 费用
（1）费用明细如下：
门店订阅费：35家 × 6,800元/服务年度 = 238,000元/服务年度
总部管理端及中央工厂模块：42,000元/服务年度
订阅费小计：280,000元/服务年度，三个服务年度合计840,000元
一次性实施费：126,000元
合同总额：966,000元
（2）取衣通知短信按实际发送量另行结算，每条0.045元，不计入合同总额。
（3）以上价格均含6%增值税。
（4）除本合同约定的费用外，乙方不得以任何名义向甲方或甲方门店收取其他费用。

第四条 付款
（1）每个服务年度的订阅费，由甲方在该服务年度开始前10个工作日内支付。
（2）实施费在上线验收合格后15个工作日内一次性支付。
（3）乙方应在收款前开具增值税专用发票；发票不合格的，甲方有权顺延付款。

第五条 实施与上线
（1）乙方应在合同签订后60日内完成全部门店和中央工厂的配置、数据迁移和设备对接，具备上线验收条件。
（2）乙方应为本项目指定专职实施顾问，在实施期间每周向甲方提交进度报告。
（3）甲方应指定项目对接人，按乙方的数据模板提供门店、价目、会员及储值余额资料，并安排门店人员参加培训。
（4）乙方逾期具备上线验收条件的，每逾期一日向甲方支付违约金800元。

第六条 上线验收
（1）验收标准：①35家门店及中央工厂均可正常开单、流转和取衣；②迁移后的会员数量、储值余额和积分与甲方原系统导出数据逐户核对一致；③收银设备及小程序支付对账连续7日无差错；④每日18:00至21:00高峰时段，门店开单操作响应时间不超过2秒。
（2）甲方应在乙方提交验收申请后7个工作日内组织验收并出具书面验收单。系统试用或门店开始营业使用，均不视为验收合格。
（3）验收未通过的，乙方应在10日内整改并重新申请验收。
（4）验收时甲方可抽取不少于五家门店进行现场测试，乙方应派员在场。

第七条 服务水平
（1）平台月度可用率不低于99.5%。可用率＝（当月总分钟数－不可用分钟数）÷当月总分钟数；经甲方同意的计划维护时间不计入不可用时间，计划维护应安排在0:00至6:00之间。
（2）故障响应：一级故障（三家以上门店无法开单或收款）30分钟内响应、2小时内恢复；二级故障（单店或单项功能异常）2小时内响应、当日恢复；一般咨询在工作时间内1个工作日内答复。
（3）未达到上述服务水平的，按以下标准抵扣订阅费：当月可用率低于99.5%但不低于99%的，抵扣当月订阅费的5%；低于99%的，抵扣当月订阅费的10%；一级故障恢复每超时1小时，另抵扣500元。抵扣金额在下一期订阅费中扣减，服务期满时有余额的由乙方退还。
（4）乙方应在每月5日前向甲方提供上月服务报告，列明可用率、故障记录、处理时长及应抵扣金额。

第八条 数据
（1）甲方的会员信息、订单、储值及交易数据属于甲方。
（2）乙方可对平台内的订单及会员数据进行去标识化处理，用于编制洗护行业经营分析报告、改进乙方产品以及向其他客户提供行业对标服务；该等去标识化数据及分析成果归乙方所有，本合同终止后乙方仍可继续使用。
（3）数据安全：乙方应按网络安全等级保护第二级的要求运行平台，会员手机号、住址等个人信息须加密存储，乙方员工访问甲方数据须经授权并留存操作日志。发生数据泄露的，乙方应在48小时内通知甲方并采取补救措施，因乙方原因造成的损失由乙方承担。
（4）合同终止后30日内，乙方应向甲方提供全部数据的完整导出文件，并在甲方确认后删除平台中的甲方数据。

第九条 保密
（1）双方对在合作中获知的对方商业信息、价格及经营数据负有保密义务，未经对方书面同意不得向第三方披露。保密义务在本合同终止后三年内继续有效。
（2）乙方员工及其合作方人员接触甲方资料的，乙方应确保其承担同等保密义务。

第十条 知识产权
（1）“衫云”平台软件及其升级版本的知识产权归乙方所有。
（2）乙方为甲方定制开发的小程序页面、专属报表和收银对接程序的知识产权归甲方所有，甲方可自行使用、修改或交由第三方维护。

第十一条 责任限制
（1）乙方在本合同项下的累计赔偿责任不超过合同总额的1.5倍；因乙方故意、重大过失或违反第八条第（3）项造成的损失，不受此限。

第十二条 分包
（1）取衣通知短信由乙方通过基础电信运营商发送；除此之外，乙方将本合同项下任何工作交由第三方完成的，须事先取得甲方书面同意。

第十三条 合同解除
（1）任何一方严重违约，经守约方书面催告后15日内仍未纠正的，守约方有权书面通知解除本合同。因乙方原因解除的，乙方应退还未使用服务期间的订阅费。
（2）服务期满或合同解除后，乙方应配合甲方完成数据迁出，配合期不少于30日，期间平台对甲方保持只读访问。

第十四条 法律适用与争议解决
（1）本合同适用中华人民共和国法律。
（2）因本合同引起的争议，双方应友好协商；协商不成的，提交成都仲裁委员会仲裁，仲裁裁决是终局的。

第十五条 其他
（1）本合同一式两份，双方各执一份，自双方盖章之日起生效。
（2）本合同附件：门店清单、功能清单、数据迁移方案。
（3）本合同未尽事宜，双方可另行签订补充协议，补充协议与本合同具有同等效力。

甲方（盖章）：洁晓生活服务（成都）有限公司      授权代表：__________
乙方（盖章）：成都云衫软件科技有限公司          授权代表：__________
签订日期：2026年  月  日
"""

# ---------------------------------------------------------------------------------------------------------------
# z04  市统计局 统计数据采集处理系统 年度运维 (政府采购 竞争性磋商)  .txt  1. / 1.1
# ---------------------------------------------------------------------------------------------------------------
H329Z04 = r"""临川市统计局统计数据采集处理系统运维服务合同

项目名称：统计数据采集处理系统运维服务
项目编号：LCZC2025-C-0871（采购方式：竞争性磋商）
甲方（采购人）：临川市统计局
乙方（成交供应商）：临川数联信息技术服务有限公司

根据《中华人民共和国政府采购法》《中华人民共和国统计法》和本项目磋商文件、乙方响应文件及成交通知书，甲乙双方就统计数据采集处理系统运维服务事项订立本合同。

1. 服务范围
1.1 运维对象：统计联网直报数据采集系统、数据处理与审核系统、统计数据库、统计分析与发布系统，以及部署上述系统的服务器、存储、网络和安全设备（设备清单见附件一）。
1.2 服务内容：系统日常监控与故障处理、软件巡检与性能优化、数据库及中间件维护、数据备份与恢复演练、月报和年报集中上报期的应急保障、安全加固及网络安全等级保护测评配合。
1.3 乙方派驻运维工程师两名常驻甲方机房，工作日8:30至17:30在岗；集中上报期内，乙方应按甲方通知延长在岗时间并安排夜间值守。
1.4 乙方应建立运维工单管理制度，对所有报障、处理过程和结果进行登记，甲方可随时查阅。
1.5 乙方驻场人员须具备数据库或系统运维相关资格证书，名单与响应文件一致；更换人员须提前10个工作日征得甲方书面同意，且替换人员能力不低于原人员。

2. 服务期限
2.1 服务期自2026年1月1日起至2026年12月31日止，为一个服务年度。
2.2 服务期满本合同即行终止，不自动续期。甲方如需继续采购运维服务，依政府采购程序另行确定供应商。
2.3 服务期内如遇经济普查、人口普查等重大调查任务，乙方应按甲方要求增派不少于两名技术人员，所需费用已包含在集中上报期应急保障费用中。

3. 合同价款
3.1 合同总价为人民币718,000元，为包干价，含税费及乙方人员的全部费用。分项如下：
（1）驻场运维服务：396,000元；
（2）软件系统巡检及性能优化：118,000元；
（3）数据库及中间件维护：87,000元；
（4）集中上报期应急保障：64,000元；
（5）安全加固及等级保护测评配合：53,000元。
3.2 本合同不设预付款。服务费按季度支付：每季度结束后，经甲方季度考核合格，甲方在15个工作日内支付当季服务费179,500元（合同总价的25%）。
3.3 季度考核不合格的，甲方可按考核办法扣减当季服务费，并书面说明理由。
3.4 服务期内乙方人员的差旅、通讯、加班等费用均已包含在合同总价中，甲方不另行支付。

4. 进场与交接
4.1 乙方应在合同签订后5个工作日内派员进场，15日内完成资产梳理、账号交接并提交运维方案，运维方案经甲方批准后执行。
4.2 乙方逾期进场或逾期提交运维方案的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
4.3 服务期满或合同解除时，乙方应在10个工作日内向甲方或甲方指定的后续服务商完成交接，移交全部账号、文档和运维记录，并配合完成不少于15日的过渡期。

5. 服务水平
5.1 故障分级：
（1）一级故障：联网直报系统整体中断，或集中上报期内统计数据库不可用。乙方应在接报后6小时内响应并到场处置，处置完成后2个工作日内提交故障报告。
（2）二级故障：部分专业报表无法上报、审核功能异常或单台服务器故障。乙方应在接报后8小时内处置。
（3）三级故障：一般性问题及使用咨询，乙方应在3个工作日内解决。
5.2 乙方每月进行一次全面巡检，每季度进行一次备份恢复演练，并在次月5日前提交巡检报告和演练记录。
5.3 乙方未按5.1约定时限响应或处置的，每超时1小时扣减服务费500元；因乙方原因导致数据丢失的，除恢复数据外，另按实际损失赔偿。
5.4 乙方应在每年统计年报开网前15日，对采集系统进行专项检查和压力测试，并提交检查报告。
5.5 乙方应每日检查数据备份作业执行情况，备份失败的应在当日重新执行并向甲方报告。

6. 考核与验收
6.1 季度考核内容：巡检报告和演练记录按时提交；故障工单全部闭环；当季无因乙方原因造成的数据丢失或泄露；一级故障超时不超过1次。考核得分满分100分，85分（含）以上为合格。
6.2 服务期满前15日内，乙方应提交年度运维总结、资产台账、配置文档及运维知识库，甲方据此组织年度验收，验收合格后出具书面验收意见。年度验收不合格的，乙方应在10日内整改。
6.3 甲方组织季度考核时，可邀请各专业统计处室参与评分。

7. 数据安全
7.1 统计调查对象报送的原始资料、统计数据库中的数据及系统日志均属于甲方。乙方不得复制、留存或向任何第三方提供，不得用于本合同以外的任何目的。
7.2 乙方人员须签署保密承诺，运维操作一律通过甲方堡垒机进行并全程审计；严禁使用未经甲方登记的移动存储介质；远程运维须事先经甲方批准。
7.3 发生数据泄露、篡改或丢失事件的，乙方应在1小时内报告甲方，并配合开展调查处置；因乙方原因造成的，乙方承担全部法律责任和赔偿责任。
7.4 乙方应配合甲方开展网络安全检查、等级保护测评和数据安全风险评估，对发现的问题在甲方规定的期限内完成整改。

8. 保密
8.1 乙方应遵守《中华人民共和国统计法》关于统计资料保密的规定，对在服务中知悉的统计调查对象信息、未公布的统计数据及甲方网络配置严格保密。
8.2 未公布的统计数据在甲方正式发布前不得以任何形式泄露。本条义务在合同终止后继续有效。
8.3 乙方人员离场时应交回全部门禁卡、账号和资料，并签署离场保密承诺。

9. 知识产权
9.1 乙方在运维过程中为甲方编写的脚本、优化程序、配置文档和运维知识库，知识产权归甲方所有，甲方可自行使用、修改或交由后续服务商使用。
9.2 乙方保证其提供的工具软件不侵犯第三方知识产权，否则由乙方承担全部责任。

10. 分包
10.1 乙方可将机房空调、UPS等基础设施巡检，以及等级保护测评配合中的辅助性工作，分包给具备相应能力的第三方，但应在分包前5个工作日书面告知甲方。乙方对分包方的工作向甲方承担全部责任。

11. 违约与解除
11.1 乙方严重违约，或季度考核连续两次不合格的，甲方有权书面通知解除本合同，并按实际服务期间结算费用。
11.2 甲方逾期付款的，按逾期金额每日万分之二向乙方支付违约金。
11.3 因乙方原因造成统计数据泄露或严重影响统计数据按期上报的，甲方有权立即解除合同，并追究乙方责任。

12. 法律适用与争议解决
12.1 本合同适用中华人民共和国法律。
12.2 争议协商不成的，提交临川仲裁委员会仲裁。
12.3 仲裁期间，除争议事项外，双方应继续履行本合同其他条款。

13. 其他
13.1 本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。
13.2 附件：一、运维设备清单；二、季度考核办法；三、乙方驻场人员名单。
13.3 本合同未尽事宜，按政府采购相关规定及磋商文件执行。

甲方（盖章）：临川市统计局                法定代表人或授权代表：__________
乙方（盖章）：临川数联信息技术服务有限公司  法定代表人或授权代表：__________
日期：2025年  月  日
"""

# ---------------------------------------------------------------------------------------------------------------
# z05  酱菜厂 QMS licence + custom development, supplier's own template (many problems)  .md  ## 第X条 + 1.1
# ---------------------------------------------------------------------------------------------------------------
H329Z05 = r"""# 智质QMS质量管理系统软件许可及定制开发合同

（杭州智质软件有限公司标准合同文本 ZZ-QMS-V4.0）

**甲方（用户）**：川南老坛酱园食品有限公司
**乙方（供应商）**：杭州智质软件有限公司

甲方为满足食品安全追溯及质量管理的需要，向乙方购买智质QMS质量管理系统软件许可及相关定制开发服务。双方经协商一致，签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供智质QMS质量管理系统标准版软件许可，包括来料检验、过程检验、成品检验、批次追溯和不合格品管理模块，永久许可，并发用户数50个。

1.2 乙方根据甲方需求进行定制开发，内容包括：腌制发酵过程监控（盐度、酸度、温度及亚硝酸盐检测记录）、原料批次至坛池编号的正反向追溯、检验报告模板，以及与甲方ERP系统的物料和批次接口。

1.3 乙方负责系统在甲方服务器上的安装部署、基础数据初始化和用户培训。

1.4 软件运行环境要求见附件，甲方应自行准备服务器、数据库及操作系统。

## 第二条 合同价款

2.1 本合同总价为人民币1,116,000元（含税），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | QMS标准版软件许可（五个模块，永久许可，50个并发用户） | 760,000 |
| 2 | 定制开发（发酵过程监控、坛池追溯、检验报告模板、ERP接口） | 262,000 |
| 3 | 安装部署、数据初始化及培训 | 94,000 |
| | **合计** | **1,116,000** |

2.2 甲方需求变更导致工作量增加的，双方另行协商费用。

2.3 合同价款不含甲方服务器、数据库许可及第三方软件费用。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的50%，即558,000元。

3.2 系统安装部署完成后5个工作日内，甲方向乙方支付合同总价的剩余50%，即558,000元。

3.3 甲方逾期付款的，每逾期一日，按应付未付款项的千分之一向乙方支付违约金；逾期超过15日的，乙方有权暂停实施及维护服务。

## 第四条 交付

4.1 乙方在收到甲方首笔款项后120日内完成软件安装部署及定制功能上线。

4.2 乙方将根据项目实际情况尽力按计划交付。因需求变更、甲方配合不及时、甲方服务器或网络环境不具备条件等原因导致延期的，交付期限相应顺延。

4.3 甲方应指定项目联系人，及时提供业务资料、检验标准和测试数据，并确认需求说明书。

4.4 乙方交付内容包括：软件安装程序、用户手册、管理员手册及培训课件。

4.5 甲方应为乙方实施人员提供必要的办公条件和网络环境。

## 第五条 验收

5.1 系统在甲方服务器安装部署完成，且乙方完成用户培训后，即视为甲方验收合格。

5.2 甲方在安装部署完成后提出的问题，由乙方在免费维护期内按第六条处理，不影响验收结论及付款。

5.3 甲方应在安装部署完成后及时组织使用人员上线使用；甲方延迟使用的，不影响验收及付款。

## 第六条 免费维护

6.1 免费维护期为六个月，自系统安装部署完成之日起计算。免费维护期内，乙方提供软件缺陷修复和远程技术支持。

6.2 故障响应：紧急故障（系统无法登录或检验数据无法保存）乙方在接到甲方通知后10小时内响应；一般故障在3个工作日内响应；功能咨询通过在线客服处理。

6.3 乙方将尽力在合理时间内解决故障，但乙方不因响应或解决时间超出上述时限而承担任何扣款、赔偿或违约金。

6.4 因甲方擅自修改系统配置、服务器故障或第三方软件原因引起的问题，不属于免费维护范围。

6.5 免费维护期内，乙方每月提供不超过8人时的远程需求咨询，超出部分按每人天3,800元另行收费。

## 第七条 维护服务

7.1 免费维护期满后，甲方应向乙方购买年度维护服务，年度维护费按软件许可费的25%计收，即每年190,000元，于每个维护年度开始前支付。

7.2 年度维护服务内容包括：软件缺陷修复、标准版本升级、远程技术支持及每季度一次的系统健康检查。定制功能的修改和新增需求另行收费。

7.3 甲方未购买年度维护服务的，乙方不再提供任何技术支持和版本升级。

7.4 甲方逾期支付维护费的，乙方有权暂停服务；恢复服务时，甲方应补缴暂停期间的维护费。

## 第八条 知识产权

8.1 QMS软件以及乙方为甲方定制开发的全部功能模块、接口程序、报告模板、源代码及相关文档的知识产权均归乙方所有。

8.2 甲方在本合同约定范围内享有非独占、不可转让的使用权，不得对软件及定制成果进行修改、反编译，或交由第三方维护。

8.3 乙方有权将定制开发成果整合进其标准产品，向其他客户提供。

8.4 甲方如需获得定制开发成果的源代码，须另行向乙方购买源代码授权，价格由双方协商。

## 第九条 数据安全

9.1 甲方的质量检验数据、配方及供应商数据属于甲方。乙方仅为提供实施和维护服务访问上述数据，不得用于其他目的。

9.2 乙方远程维护须事先取得甲方同意，并使用甲方分配的VPN账号，操作完毕后及时退出；乙方人员应遵守甲方的信息安全管理制度，不得将甲方数据下载至乙方设备。

9.3 因乙方原因造成甲方数据泄露或损毁的，乙方应及时通知甲方，协助恢复，并承担相应的赔偿责任。

9.4 甲方应自行负责数据备份；因甲方未备份造成的数据损失，乙方不承担责任。

## 第十条 保密

10.1 双方对在合作中获知的对方技术信息和商业信息负有保密义务，未经对方书面同意不得向第三方披露，本条在合同终止后两年内继续有效。

10.2 乙方有权在其宣传材料和客户名单中使用甲方名称及商标。

## 第十一条 责任限制

11.1 乙方在本合同项下的全部赔偿责任，无论基于违约、侵权或其他原因，以合同总价的20%为限。

11.2 乙方在任何情况下均不承担甲方的间接损失、利润损失、停产损失或数据恢复费用。

11.3 甲方因使用本软件引起的第三方索赔，由甲方自行承担。

## 第十二条 合同解除

12.1 一方严重违约，经对方书面催告后30日内仍未纠正的，对方有权书面通知解除本合同。

12.2 合同解除后，已交付的软件许可费不予退还。

12.3 甲方单方解除合同的，应支付乙方已完成工作的全部费用。

## 第十三条 争议解决

13.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商不成的，提交杭州仲裁委员会仲裁。

13.2 仲裁期间，双方应继续履行无争议部分的义务。

## 第十四条 其他

14.1 本合同一式两份，双方各执一份，自双方盖章之日起生效。

14.2 本合同为乙方标准合同文本，双方对条款的修改以补充协议为准。

14.3 本合同附件包括：软件功能清单、定制开发需求说明书、运行环境要求。

甲方（盖章）：川南老坛酱园食品有限公司　　授权代表：__________

乙方（盖章）：杭州智质软件有限公司　　授权代表：__________

日期：2026年　月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# e01  Hangzhou silk-umbrella studio, painting-layout software, perpetual licences; Finnish vendor (Santahamina)
#      .pdf  Article N / N.N, price table printed as rows
# ---------------------------------------------------------------------------------------------------------------
H329E01 = r"""
T:SOFTWARE LICENCE AND CUSTOMISATION AGREEMENT
P:Agreement No. SDS-CN-2026-014
P:This Software Licence and Customisation Agreement (the "Agreement") is made between:
P:(1) Hangzhou Xiyu Silk Umbrella Studio Co., Ltd., a company incorporated in the People's Republic of China with its registered office at No. 37 Hemu Lane, Gongshu District, Hangzhou, Zhejiang Province (the "Customer"); and
P:(2) Saaristo Design Systems Oy, a company incorporated in Finland with its registered office at Santahamina Island, 00860 Helsinki, Finland (the "Vendor").
P:Background: The Customer designs and hand-paints silk umbrellas and parasols and wishes to lay out its painted motifs digitally on the ribbed canopy before the silk is cut. The Vendor publishes Canopy Layout Studio, a desktop application for arranging artwork on curved and segmented surfaces. The Customer has chosen to buy perpetual licences and a set of umbrella-specific templates adapted to its own frames.
H:Article 1 Definitions
P:1.1 "Software" means Canopy Layout Studio version 8 and the add-on modules listed in Article 3, in object code, with their user documentation.
P:1.2 "Custom Templates" means the Rib Template Pack developed by the Vendor for the Customer under this Agreement: parametric canopy templates for the Customer's eight frame families (16, 18, 20, 24 and 28 ribs), seam allowances, and the print-out and cutting-plan layouts.
P:1.3 "Final Acceptance" means the Customer's written confirmation under Article 6.3.
P:1.4 "Business Day" means a working day in the People's Republic of China.
H:Article 2 Scope
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software on fourteen workstations at the Customer's premises in Hangzhou, for the Customer's own business.
P:2.2 The Vendor shall develop, deliver and install the Custom Templates, install the Software on the Customer's workstations, and train the Customer's designers and cutting-room staff.
P:2.3 The Software runs locally on the Customer's workstations. No Customer artwork is uploaded to the Vendor's systems as part of normal use.
H:Article 3 Price
P:3.1 At the Customer's request all prices are stated and paid in Chinese yuan (CNY). The prices are fixed and include all taxes, travel and expenses of the Vendor.
TB:Item|Description|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Canopy Layout Studio 8, perpetual seat licence|14|23,500|329,000
TB:2|Pattern Library module, perpetual site licence|1|46,000|46,000
TB:3|Colour Separation Export module, perpetual site licence|1|38,000|38,000
TB:|Licence subtotal|||413,000
TB:4|Custom Templates (Rib Template Pack) development|1|96,000|96,000
TB:5|Installation and training (three days on site)|1|27,000|27,000
TB:|Contract Price|||536,000
H:Article 4 Payment
P:4.1 The Customer shall pay 10% of the Contract Price (CNY 53,600) within twenty Business Days after signature of this Agreement and receipt of the Vendor's invoice.
P:4.2 The Customer shall pay 55% of the Contract Price (CNY 294,800) within twenty Business Days after the Software and the Custom Templates have been installed on all fourteen workstations and the installation report has been signed. Signing the installation report does not mean acceptance.
P:4.3 The Customer shall pay the remaining 35% of the Contract Price (CNY 187,600) within twenty Business Days after Final Acceptance.
P:4.4 Payments are made by bank transfer to the account named in the Vendor's invoice. Each party bears its own bank charges.
H:Article 5 Delivery and Delay
P:5.1 The Vendor shall deliver and install the Software and the Custom Templates within seventy days after signature.
P:5.2 If the Vendor fails to complete installation by the date in Article 5.1, or fails to make the Software and Custom Templates ready for Final Acceptance within one hundred days after signature, the Vendor shall pay the Customer delay damages of CNY 400 for each day of delay.
P:5.3 Delay damages do not release the Vendor from its obligation to complete the work.
H:Article 6 Acceptance
P:6.1 After installation the Customer shall test the Software and the Custom Templates for twenty Business Days against the acceptance test plan attached as Annex 2.
P:6.2 The acceptance criteria are: (a) each of the eight frame families can be laid out from the Custom Templates, and the printed cutting plan of every panel matches a physical test canopy within 1 mm at the seams; (b) colour separation files open without error in the Customer's printing workshop software; (c) a layout of 400 motifs can be opened and saved on a standard workstation in less than ten seconds; and (d) all documentation and the template source files have been delivered.
P:6.3 If all criteria are met, the Customer shall sign a Final Acceptance certificate within five Business Days. If not, the Vendor shall correct the defects within ten Business Days and the test shall be repeated. Installation, training, use in production or any payment shall not be treated as acceptance.
H:Article 7 Warranty
P:7.1 The Vendor warrants that the Software and the Custom Templates will conform to their documentation and to Article 6.2 for eighteen months from Final Acceptance (the "Warranty Period").
P:7.2 During the Warranty Period the Vendor shall correct defects, provide new releases of the Software and adapt the Custom Templates to Software updates free of charge.
H:Article 8 Support After the Warranty Period
P:8.1 After the Warranty Period the Customer may order annual support from the Vendor for successive Support Years. The annual support fee is 11% of the licence subtotal, i.e. CNY 45,430 per Support Year, and this fee is fixed for the first three Support Years after the Warranty Period.
P:8.2 Each Support Year is ordered by a separate purchase order. Support does not renew automatically.
P:8.3 Support covers defect correction, new releases, remote assistance and the adaptation of the Custom Templates to new releases.
H:Article 9 Service Levels
P:9.1 During the Warranty Period and any Support Year the Vendor shall provide support by telephone, e-mail and remote session from 08:00 to 20:00 China Standard Time on Business Days.
P:9.2 Severity 1 (the Software cannot start or cannot print or export on all workstations): response within 2 hours, workaround within 1 Business Day. Severity 2 (a module or a template family does not work): response within 1 Business Day, correction within 5 Business Days. Severity 3 (other questions): response within 2 Business Days.
P:9.3 For each hour by which a Severity 1 response is late, the Vendor shall credit the Customer CNY 500, deducted from the next payment or refunded.
H:Article 10 Customer Data and Security
P:10.1 The Customer's designs, motifs, colour files and layout files ("Customer Data") belong to the Customer. The Vendor may access Customer Data only to perform support and only as needed for that purpose.
P:10.2 Remote sessions are opened only by the Customer, are supervised by the Customer's staff and are closed at the end of each session. The Vendor shall not copy Customer Data to its own systems unless the Customer agrees in writing for a specific defect, in which case the copy is encrypted, used only to correct that defect and deleted within ten days.
P:10.3 The Vendor shall keep its support tools free from malicious code and shall notify the Customer within 24 hours of becoming aware of any unauthorised access to, or loss of, Customer Data in its hands. The Vendor is liable for losses caused by such an incident attributable to the Vendor.
H:Article 11 Confidentiality
P:11.1 Each party shall keep confidential the other party's non-public information received under this Agreement, including the Customer's unpublished designs and prices and the Vendor's source code, and shall not disclose it to third parties without the other party's prior written consent.
P:11.2 This obligation continues for three years after the end of this Agreement and does not apply to information that is public or must be disclosed by law.
H:Article 12 Intellectual Property
P:12.1 The Software remains the property of the Vendor and its licensors.
P:12.2 The Custom Templates, including their source files, belong to the Customer on payment of the Contract Price. The Customer may use, modify, copy and license them freely, including to other designers or suppliers working for it.
P:12.3 The Vendor warrants that the Software and the Custom Templates do not infringe the rights of any third party and shall defend and indemnify the Customer against any such claim.
H:Article 13 Liability
P:13.1 Each party's total liability under this Agreement is limited to 150% of the Contract Price.
P:13.2 The limit does not apply to liability for personal injury, wilful misconduct or gross negligence, breach of Articles 10 and 11, or the indemnity in Article 12.3.
H:Article 14 Subcontracting
P:14.1 The Vendor shall not subcontract any part of the work without the Customer's prior written consent. The Vendor remains responsible for any approved subcontractor.
H:Article 15 Termination
P:15.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after written notice.
P:15.2 The Customer may also terminate if delay damages under Article 5.2 have accrued for more than sixty days.
P:15.3 On termination for the Vendor's breach before Final Acceptance, the Vendor shall refund all amounts paid and the Customer shall uninstall the Software.
H:Article 16 Governing Law and Disputes
P:16.1 This Agreement is governed by the laws of Finland, excluding its conflict-of-laws rules and the United Nations Convention on Contracts for the International Sale of Goods.
P:16.2 Any dispute arising from this Agreement shall be finally settled by arbitration under the Arbitration Rules of the Finland Arbitration Institute. The seat of arbitration is Helsinki and the language is English.
H:Article 17 General
P:17.1 This Agreement, with Annex 1 (technical specification) and Annex 2 (acceptance test plan), is the entire agreement between the parties and may only be amended in writing signed by both parties.
P:17.2 This Agreement is made in English in two originals, one for each party, and takes effect on signature by both parties.
P:For the Customer: Hangzhou Xiyu Silk Umbrella Studio Co., Ltd.   Name: ______________   Title: ______________   Date: ______________
P:For the Vendor: Saaristo Design Systems Oy   Name: ______________   Title: ______________   Date: ______________
"""

# ---------------------------------------------------------------------------------------------------------------
# e02  Wudang mountain shuttle-bus operator, ticketing SaaS, Order Form + General Terms; Icelandic vendor (Grímsey)
#      .md  Part A Order Form + Part B General Terms, fee table
# ---------------------------------------------------------------------------------------------------------------
H329E02 = r"""# ORDER FORM No. GT-2026-0412

**Under the Grimsey Ticketing General Terms (v5.2), attached as Part B**

## Part A: Order Form

### A1. Parties

- **Customer:** Shiyan Wudangshan Scenic Shuttle Transport Co., Ltd., No. 8 Taihe Road, Wudangshan Tourism Economic Zone, Shiyan, Hubei Province, People's Republic of China.
- **Provider:** Heimskaut Ticketing ehf., Sandvík, 611 Grímsey, Iceland.

### A2. Services

The Provider will make its Heimskaut cloud ticketing platform available to the Customer for the scenic-area shuttle-bus network on Wudang Mountain: online and counter ticket sales, timed boarding slots, QR-code tickets, gate validation at 24 boarding points, real-time seat availability by route, refunds, and daily settlement reports. The platform is hosted for the Customer in a mainland China cloud region.

Onboarding covers the configuration of the Customer's 11 routes, fare rules and passenger categories, integration with the scenic area's WeChat mini-program and the park's entry-ticket system, loading of the timetables, and training of counter and dispatch staff.

The Provider will also supply a dashboard for the dispatch centre showing the number of passengers waiting at each boarding point and the position of the buses reported by the Customer's vehicle-tracking system.

### A3. Subscription Term

The Subscription Term is two Subscription Years. The first Subscription Year starts on the Go-Live Date (A6).

### A4. Fees

At the Customer's request all fees are quoted, invoiced and paid in Chinese yuan (CNY), inclusive of VAT.

| Item | Basis | Fee (CNY) |
|---|---|---|
| Platform subscription (ticketing engine, sales channels, reports) | per Subscription Year | 186,000 |
| Gate validation connectivity, 24 boarding points × CNY 2,900 | per Subscription Year | 69,600 |
| **Subscription Fee** | per Subscription Year | **255,600** |
| Subscription Fees for the Subscription Term (2 Subscription Years) | | 511,200 |
| Onboarding (one-time) | fixed | 58,000 |
| **Total Order Value** | | **569,200** |

The Subscription Fee includes up to 1,200,000 tickets per Subscription Year. Tickets above that volume are charged at CNY 0.02 per ticket, invoiced at the end of the Subscription Year.

### A5. Invoicing and Payment

1. The Subscription Fee for each Subscription Year is invoiced at the start of that Subscription Year and is payable within 30 days of the invoice.
2. The Onboarding fee is invoiced after Go-Live Acceptance and is payable within 30 days of the invoice. Nothing is payable before the Go-Live Date.

### A6. Go-Live and Acceptance

1. The Provider shall make the platform ready for Go-Live Acceptance within 75 days after signature of this Order Form.
2. Go-Live Acceptance tests: (a) sale, refund and rebooking of test tickets in every passenger category on every sales channel; (b) validation of test tickets at all 24 boarding points, including offline validation and later synchronisation; (c) settlement report agreeing with the payment-channel statements for three consecutive test days; (d) a load test of 3,000 ticket sales within ten minutes without errors.
3. When all tests are passed the Customer signs a Go-Live Acceptance certificate; the date of signature is the Go-Live Date. Trial sales or use of the platform by the Customer before that signature are not acceptance.
4. If the platform is not ready for Go-Live Acceptance on time, the Provider shall pay the Customer CNY 350 for each day of delay.

### A7. Renewal

After the Subscription Term this Order Form renews automatically for further Subscription Years unless either party gives notice of non-renewal at least 60 days before the end of the current Subscription Year. For each renewal Subscription Year the Provider may increase the Subscription Fee by up to 8% over the fee of the previous Subscription Year by notice given before the renewal.

### A8. Order of Precedence

Part A prevails over Part B where they differ.

Signed for the Customer: ______________  Signed for the Provider: ______________  Date: ______________

## Part B: General Terms

### 1. Service Levels

1.1 The platform will be available at least 99.95% of the time in each calendar month, excluding maintenance announced at least 48 hours in advance and performed between 00:30 and 05:30 China Standard Time.

1.2 Incidents are handled by priority:

| Priority | Description | Response | Restoration target |
|---|---|---|---|
| Priority 1 | Ticket sales or gate validation unavailable on a route or more | 30 minutes | 2 hours |
| Priority 2 | A sales channel, report or single gate impaired | 2 hours | 1 Business Day |
| Priority 3 | Questions and minor defects | 1 Business Day | next release |

1.3 If availability in a month is below the level in 1.1, the Customer receives a service credit of 5% of one-twelfth of the Subscription Fee for each 0.1 percentage point of shortfall, up to 50% of that monthly amount. Each late Priority 1 response earns a credit of CNY 1,000. Credits are set off against the next invoice or paid at the end of the Subscription Term.

### 2. Passenger Data

2.1 Passenger names, identity document numbers, phone numbers, ticket and journey records ("Passenger Data") belong to the Customer. The Provider processes Passenger Data only on the Customer's instructions and only to provide the services.

2.2 The Provider shall store Passenger Data only in the mainland China cloud region, keep it encrypted in storage and in transit, restrict access to named staff with multi-factor authentication, log all access, and maintain a Multi-Level Protection Scheme level 3 filing for the platform.

2.3 The Provider shall notify the Customer within 24 hours of any security incident affecting Passenger Data, assist with the notifications required by law, and bear the losses, fines and costs that the incident causes where the Provider is at fault.

2.4 At the end of the Subscription Term the Provider shall return all Passenger Data in a standard format and then delete it.

2.5 The Provider shall comply with the Personal Information Protection Law, the Data Security Law and the Cybersecurity Law of the People's Republic of China, and shall not transfer Passenger Data outside mainland China.

### 3. Confidentiality

3.1 Each party shall protect the other's confidential information with reasonable care, use it only for this contract and not disclose it to third parties, except to its professional advisers or as required by law. This obligation survives for three years after the end of the contract.

### 4. Intellectual Property

4.1 The platform and its documentation remain the Provider's property.

4.2 The Customer's configurations, fare tables, route maps, timetables and the mini-program pages made for the Customer belong to the Customer, which may use, modify and license them freely, also after the end of the contract.

### 5. Subprocessors and Subcontractors

5.1 The Provider shall not engage any subprocessor or subcontractor for the services without the Customer's prior written consent. The Provider remains liable for any approved subprocessor or subcontractor.

### 6. Suspension and Termination

6.1 Either party may terminate the Order Form by written notice if the other party commits a material breach and fails to cure it within 30 days after written notice.

6.2 On termination for the Provider's breach, the Provider refunds the prepaid Subscription Fee for the remaining part of the Subscription Year.

6.3 The Provider may suspend access only for amounts more than 60 days overdue, after two written reminders.

6.4 On expiry or termination the Provider shall keep the platform available in read-only mode for 30 days so that the Customer can export its records.

### 7. Limitation of Liability

7.1 Each party's total aggregate liability arising out of or in connection with the contract is limited to the fees paid by the Customer in the six months before the event giving rise to the claim.

7.2 Neither party is liable for loss of profit or indirect loss. The limits do not apply to fraud or wilful misconduct.

### 8. Governing Law and Jurisdiction

8.1 The contract is governed by the laws of Iceland.

8.2 The District Court of Reykjavík has exclusive jurisdiction over any dispute arising from the contract.

### 9. General

9.1 Notices must be in writing and sent to the addresses in Part A, with a copy by e-mail.

9.2 Neither party may assign the contract without the other's written consent.

9.3 The Provider may update these General Terms by publishing a new version; an update applies to the Customer only after the Customer has accepted it in writing.

9.4 If any provision is found invalid, the rest of the contract remains in force.

9.5 Neither party is liable for a failure caused by events beyond its reasonable control, such as natural disasters, epidemics or government orders, provided it notifies the other party promptly and resumes performance as soon as possible.

### 10. Customer Responsibilities

10.1 The Customer shall provide the route data, fare rules, timetables and the contact persons needed for onboarding, and shall make its counter staff available for training.

10.2 The Customer is responsible for the gate hardware, its network connection at each boarding point and the accuracy of the fare rules it approves.

### 11. Changes to the Service

11.1 The Provider may improve the platform from time to time. It shall not remove a function that the Customer uses under this Order Form without the Customer's written agreement, and it shall announce any change to the user interface at least 14 days before release.
"""

# ---------------------------------------------------------------------------------------------------------------
# e03  Heilongjiang rice farm, paddy water-level sensors, buyer's paper; Maltese integrator (Selmunett)
#      .docx with a Word price table, Section N / N.N
# ---------------------------------------------------------------------------------------------------------------
H329E03 = r"""
T:Supply and Installation Contract for Paddy Water-Level Monitoring
P:Contract No. BHNC-WL-2026-07
P:Buyer: Heilongjiang Beihuang Black Soil Rice Farm Co., Ltd., Farm Headquarters, Jiansanjiang, Fujin, Heilongjiang Province, People's Republic of China (the "Buyer").
P:Supplier: Selmun Agri-Sensing Ltd., Selmunett (St Paul's Islands), Malta, acting in China through its registered representative office in Harbin (the "Supplier").
P:Whereas the Buyer cultivates about 6,400 hectares of irrigated paddy and wishes to monitor water levels and control the irrigation gates of its main blocks remotely, and the Supplier has offered to supply, install and commission a water-level monitoring system, the parties agree as follows. This Contract is the Buyer's standard form for equipment purchases.
H:Section 1 Definitions and Scope
P:1.1 "System" means the sensors, gateways, solar power kits, gate controllers and monitoring platform listed in Section 2, installed and configured as described in the technical specification (Annex A).
P:1.2 "Final Acceptance" means the Buyer's written acceptance under Section 6.4.
P:1.3 The Supplier shall supply 320 ultrasonic water-level sensors for the paddy plots, 16 LoRa gateways with solar power kits, 48 irrigation gate controllers on the main and branch canals, and a perpetual licence of its monitoring platform, to be installed on the Buyer's server at the farm headquarters.
P:1.4 The Supplier shall also install and calibrate all devices, build the dashboards and alert rules described in Annex A for the Buyer's nine production teams, and train the Buyer's irrigation staff.
P:1.5 The System must operate between minus 35 °C in storage and plus 45 °C in operation, and the field devices must be rated at least IP67.
H:Section 2 Contract Price
P:2.1 At the Buyer's request the Contract Price is stated and paid in Chinese yuan (CNY). It is a fixed price including VAT, customs duties, transport to the farm, insurance, installation, calibration and training.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Ultrasonic water-level sensor with mounting pole|320|1,450|464,000
TB:2|LoRa gateway|16|8,600|137,600
TB:3|Solar power kit for gateway|16|2,300|36,800
TB:4|Irrigation gate controller with actuator|48|5,200|249,600
TB:5|Monitoring platform, perpetual licence|1|168,000|168,000
TB:|Hardware and licence subtotal|||1,056,000
TB:6|Installation and calibration|1|124,000|124,000
TB:7|Dashboards and alert rules (customised)|1|58,000|58,000
TB:8|Training|1|12,000|12,000
TB:|Contract Price|||1,250,000
H:Section 3 Payment
P:3.1 An advance of 10% of the Contract Price (CNY 125,000) is payable within 15 working days after the Supplier provides an advance-payment bank guarantee of the same amount from a bank in mainland China.
P:3.2 65% of the Contract Price (CNY 812,500) is payable within 20 working days after all equipment has been delivered and installed and the Buyer has signed the installation certificate. The installation certificate confirms quantities and installation only and is not acceptance.
P:3.3 The balance of 25% (CNY 312,500) is payable within 20 working days after Final Acceptance.
P:3.4 The Supplier shall issue a valid VAT invoice before each payment.
H:Section 4 Delivery and Installation
P:4.1 The Supplier shall deliver all equipment to the farm headquarters by 20 April 2026 and complete installation before the paddy fields are flooded, by 15 May 2026.
P:4.2 For each day by which delivery or installation is late, the Supplier shall pay delay damages of 0.08% of the Contract Price. The total of such damages shall not exceed 10% of the Contract Price; when that total is reached the Buyer may terminate under Section 13.
P:4.3 The Supplier shall coordinate field work with the Buyer's production teams and shall not drive machinery on planted plots.
H:Section 5 Service Levels during the Warranty Period
P:5.1 The Supplier shall operate a hotline from 07:00 to 21:00 Beijing time, seven days a week, from May to September, and on working days in the other months.
TB:Severity|Description|Response|On-site attendance
TB:Severity 1|More than 20 sensors or any gateway offline, or a gate controller fails to open or close, during the irrigation season|1 hour|24 hours
TB:Severity 2|Individual sensor faults, data gaps, dashboard errors|8 hours|3 days
TB:Severity 3|Questions and minor issues|2 working days|as agreed
P:5.2 For each hour by which a Severity 1 response or on-site attendance is late, the Supplier shall pay CNY 800, deducted from the balance payment or from the warranty guarantee.
H:Section 6 Inspection and Acceptance
P:6.1 On delivery the parties shall count and inspect the equipment against the packing lists. Damaged items shall be replaced within ten days at the Supplier's cost.
P:6.2 After installation the System shall run for thirty consecutive days during the irrigation season (the "Trial Run").
P:6.3 Acceptance criteria: (a) every sensor reading checked by the Buyer against a staff gauge at 32 sample plots is within ±1 cm; (b) no gateway is offline for more than two hours in total during the Trial Run; (c) every gate controller opens and closes on remote command within 60 seconds in a test of each unit; (d) alerts for high and low water levels reach the responsible team leader's phone within three minutes; (e) the dashboards in Annex A are complete and the documentation has been delivered.
P:6.4 When all criteria are met the Buyer shall sign a Final Acceptance certificate within seven working days. Installation, use of the System during the Trial Run or any payment shall not be regarded as acceptance. If criteria are not met, the Supplier shall correct the defects and the Trial Run shall be repeated for the affected part.
H:Section 7 Warranty and Support
P:7.1 The Supplier warrants the System for 36 months from Final Acceptance. During this period the Supplier shall repair or replace defective equipment free of charge, including batteries and solar panels, and provide software updates.
P:7.2 After the warranty the Buyer may purchase annual support. The annual support fee shall not exceed 7% of the hardware and licence subtotal (CNY 73,920) and shall stay at that level for the first two support years. Support is ordered each time by a separate written order and does not renew automatically.
H:Section 8 Data and Security
P:8.1 All water-level, gate and weather data collected by the System, and all reports produced from it, belong to the Buyer. The Supplier shall not use the data for any purpose other than performing this Contract and shall not transfer it outside the Buyer's network.
P:8.2 The monitoring platform is installed on the Buyer's server. Remote access by the Supplier is allowed only through the Buyer's VPN, with a separate approval by the Buyer's IT officer for each session; all sessions are logged. Default passwords on every device shall be changed before the Trial Run and the LoRa network shall use encrypted keys unique to the Buyer.
P:8.3 The Supplier shall report any suspected security incident to the Buyer within 12 hours and shall bear the losses caused by incidents attributable to the Supplier or its staff.
H:Section 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party in connection with this Contract, including the Buyer's field maps, yields and prices, and shall not disclose it to any third party without prior written consent. This obligation continues for three years after termination or expiry.
H:Section 10 Intellectual Property
P:10.1 The dashboards, alert rules, configuration files and reports made for the Buyer under this Contract belong to the Buyer, which may use, modify and hand them to any third party.
P:10.2 The platform software and device firmware remain the Supplier's property and are licensed to the Buyer perpetually for use with the System.
H:Section 11 Liability
P:11.1 The Supplier is liable for all direct losses caused by its breach of this Contract, in addition to delay damages under Section 4.2 and payments under Section 5.2.
H:Section 12 Subcontracting
P:12.1 The Supplier shall not subcontract any part of the installation or other work without the Buyer's prior written consent. The Supplier remains fully responsible for the work of any approved subcontractor.
H:Section 13 Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within fifteen days after written notice, or if the limit of delay damages in Section 4.2 is reached.
P:13.2 On termination under 13.1 the Supplier shall refund the amounts paid for the parts of the System that are not accepted and shall remove its equipment at its own cost.
H:Section 14 Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Any dispute shall be submitted to the Harbin Arbitration Commission for arbitration in Harbin in accordance with its rules. The award is final and binding on both parties.
H:Section 15 Miscellaneous
P:15.1 This Contract is made in Chinese and English in four originals, two for each party; both language versions have equal effect.
P:15.2 Annex A (technical specification) and Annex B (installation plan by production team) form part of this Contract.
P:Buyer: Heilongjiang Beihuang Black Soil Rice Farm Co., Ltd.   Authorised representative: ______________   Seal:
P:Supplier: Selmun Agri-Sensing Ltd.   Authorised representative: ______________
P:Date: ______________
"""

# ---------------------------------------------------------------------------------------------------------------
# e04  Foshan ceramics maker, managed backup and recovery service; Irish provider (Oileán Ghabhla)
#      .md  numbered clauses with Schedules: priority and charges tables
# ---------------------------------------------------------------------------------------------------------------
H329E04 = r"""# MANAGED BACKUP AND RECOVERY SERVICES AGREEMENT

**Agreement reference:** GBR-FS-2026-03

**Between**

**Foshan Nanzhuang Yaohua Ceramics Co., Ltd.**, a company established in the People's Republic of China, registered office at No. 12 Taoci Avenue, Nanzhuang Town, Chancheng District, Foshan, Guangdong Province ("**Customer**"); and

**Gabhla Resilience Services Limited**, a company incorporated in Ireland, registered office at An Caladh, Oileán Ghabhla, Co. Donegal, Ireland, providing the Services in China through its local operations team in Guangzhou ("**Provider**").

**Background.** Customer runs its ERP, kiln-control historian, design file servers and e-mail on servers at its Nanzhuang plant and its Sanshui warehouse. After a ransomware incident at a neighbouring company, Customer wants its data backed up daily, kept in an immutable copy off site, and recoverable on request. Provider offers a managed backup and recovery service operated by its own engineers.

## 1. Definitions

1.1 **Services** means the managed backup and recovery services described in clause 2 and the Schedules.

1.2 **Protected Server** means a physical or virtual server of Customer listed in the service inventory agreed during onboarding.

1.3 **Customer Data** means all data of Customer that is backed up, stored, replicated or restored by Provider, including backup images and catalogues.

1.4 **Service Start Date** means the date on which Customer signs the Service Acceptance certificate under clause 5.

1.5 **Initial Term** means 36 months from the Service Start Date.

## 2. Services

2.1 Provider shall back up all Protected Servers every day, keep daily restore points for 35 days and monthly restore points for 18 months, and replicate every backup to an immutable copy held in a separate data centre in Guangdong.

2.2 Provider shall monitor every backup job, investigate and re-run failed jobs, and report the status of all jobs to Customer each week.

2.3 Provider shall carry out a documented recovery test of a sample of Protected Servers chosen by Customer every quarter, and a full recovery exercise of the ERP system twice during the Initial Term, at dates agreed with Customer.

2.4 On request Provider shall restore files, databases or complete servers to Customer's systems in accordance with the priorities in Schedule 1.

## 3. Onboarding

3.1 Provider shall install its backup appliances at the Nanzhuang plant and the Sanshui warehouse, configure the backup policies for all Protected Servers, seed the initial backups and set up the immutable copy.

3.2 Provider shall complete onboarding and make the Services ready for Service Acceptance within 45 days after signature of this Agreement.

## 4. Charges and Payment

4.1 At Customer's request all charges are stated, invoiced and paid in Chinese yuan (CNY). The charges are set out in Schedule 2 and include VAT.

4.2 The Monthly Charge is invoiced monthly in arrears, starting with the month in which the Service Start Date falls (pro rata for a part month), and is payable within 30 days of invoice.

4.3 The Onboarding Charge is invoiced after Service Acceptance and is payable within 30 days of invoice. No charge is payable before the Service Start Date.

4.4 If the Services are not ready for Service Acceptance within the period in clause 3.2, Provider shall pay Customer CNY 1,500 for each day of delay, set off against the first invoices.

## 5. Service Acceptance

5.1 The Services are ready for Service Acceptance when: (a) every Protected Server in the inventory has completed a successful backup on seven consecutive days; (b) the immutable copy has been verified for all of those backups; (c) Provider has restored, in Customer's presence, one ERP database, one file share and one complete virtual server chosen by Customer, and Customer has confirmed that the restored systems work; and (d) the runbooks and the recovery plan described in clause 8 have been delivered.

5.2 Customer shall sign a Service Acceptance certificate within five working days after these conditions have been met, or give written reasons why they have not. Installation of appliances or the running of backups before that signature does not amount to acceptance.

## 6. Service Levels

6.1 Provider shall meet the response and recovery-start times in Schedule 1 for every request and incident.

6.2 If Provider misses a response or recovery-start time, Customer is entitled to the service credits in Schedule 1. Service credits are deducted from the next invoice.

6.3 Provider shall provide a monthly service report listing all backup jobs, failed jobs and their cause, all requests and incidents, and the credits due.

## 7. Customer Data and Security

7.1 Customer Data belongs to Customer. Provider shall process Customer Data only to perform the Services and on Customer's documented instructions, and shall not access the contents of backups except when Customer asks for a restore or a recovery test.

7.2 Provider shall keep all Customer Data in mainland China, encrypt it in transit and at rest with keys held in a key store to which Customer has joint control, limit access to named engineers with multi-factor authentication, and keep tamper-proof logs of all access for at least 18 months.

7.3 Provider shall notify Customer within 12 hours after becoming aware of any loss of, damage to or unauthorised access to Customer Data, shall take all reasonable steps to contain it, and is responsible for the losses and costs caused to Customer by any such incident attributable to Provider or its staff.

7.4 At the end of this Agreement Provider shall hand over the most recent full set of backups in a readable format and shall then securely erase all Customer Data, and confirm the erasure in writing.

## 8. Deliverables

8.1 The runbooks, the recovery plan and the backup-policy documentation prepared for Customer belong to Customer, which may use, change and give them to any other service provider.

8.2 Provider's backup software, appliances and tools remain Provider's property. The appliances are returned to Provider at the end of this Agreement.

## 9. Liability

9.1 Provider's total liability arising out of or in connection with this Agreement is limited to 150% of the total charges payable under this Agreement for the Initial Term.

9.2 The limit in clause 9.1 does not apply to liability for death or personal injury, fraud, or Provider's obligations under clause 7.3.

## 10. Subcontracting

10.1 Provider shall not subcontract any part of the Services without Customer's prior written consent. The data centre operator for the immutable copy named in the onboarding plan is approved by Customer's signature of that plan.

## 11. Term and Renewal

11.1 This Agreement starts on signature and continues until the end of the Initial Term.

11.2 This Agreement does not renew automatically. Any extension must be agreed in writing by both parties, including the charges for the extension.

## 12. Termination and Remedies

12.1 This Agreement may be terminated before the end of the Initial Term only by Provider under clause 12.2.

12.2 Provider may terminate this Agreement by written notice if Customer fails to pay an undisputed invoice within 60 days after a written reminder.

12.3 Customer's remedies for any failure or breach by Provider are the service credits in Schedule 1, the delay payment in clause 4.4 and damages within clause 9. Customer shall not be entitled to terminate this Agreement on account of any breach by Provider, however serious.

12.4 On expiry or termination Provider shall assist Customer in an orderly transfer of the Services to Customer or to a new provider for up to 60 days at the rates in Schedule 2.

## 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the Foshan Arbitration Commission for arbitration in Foshan. The award is final.

## 14. General

14.1 This Agreement, with its Schedules, is the entire agreement between the parties on its subject and may be changed only in writing signed by both parties.

14.2 Notices shall be given in writing to the addresses above.

Signed for Customer: ______________  Signed for Provider: ______________  Date: ______________

## Schedule 1: Priorities, Response and Service Credits

| Priority | Situation | Response | Recovery start | Service credit for each miss |
|---|---|---|---|---|
| P1 | Production system down; restore of a complete server or of the ERP database requested | 30 minutes | 2 hours | 5% of the Monthly Charge |
| P2 | Restore of files or a single database requested; failed backup of a Protected Server on two consecutive days | 2 hours | 8 hours | 2% of the Monthly Charge |
| P3 | Single failed job, reporting question, change request | 1 working day | as agreed | none |

Total credits in a month shall not exceed 25% of the Monthly Charge for that month.

## Schedule 2: Charges

| Item | Quantity | Unit charge (CNY per month) | Monthly Charge (CNY) |
|---|---|---|---|
| Protected Servers | 86 | 420 | 36,120 |
| Protected capacity (TB) | 120 | 180 | 21,600 |
| Immutable off-site copy (TB) | 120 | 95 | 11,400 |
| **Monthly Charge** | | | **69,120** |

| Charges over the Initial Term | CNY |
|---|---|
| Monthly Charge × 36 months | 2,488,320 |
| Onboarding Charge (one-time) | 72,000 |
| **Total charges for the Initial Term** | **2,560,320** |

Additional Protected Servers or capacity are charged at the unit charges above from the month in which they are added. Transition assistance under clause 12.4 is charged at CNY 3,600 per engineer day.
"""

# ---------------------------------------------------------------------------------------------------------------
# e05  Chongqing used-car platform, vehicle-history API subscription; Finnish vendor (Lonna)
#      .txt  upper-case headings, a Schedule
# ---------------------------------------------------------------------------------------------------------------
H329E05 = r"""VEHICLE HISTORY DATA API SUBSCRIPTION AGREEMENT

Reference: LVD-CQ-2026-09

THIS AGREEMENT is made between:

CHONGQING JIAOYUN USED CAR NETWORK TECHNOLOGY CO., LTD., a company established in the People's Republic of China, with its registered office at Floor 18, No. 99 Jinkai Avenue, Yubei District, Chongqing ("Customer"); and

LONNA VEHICLE DATA OY, a company incorporated in Finland, with its registered office at Lonna Island, 00190 Helsinki, Finland ("Vendor").

RECITALS

A. Customer operates an online marketplace and inspection network for used cars in south-west China. Dealers and private sellers list vehicles on the marketplace, and buyers expect a history report for each vehicle.

B. Vendor compiles vehicle-history data from licensed data partners in China (maintenance records, insurance claims, mileage readings and ownership transfers) and makes it available through an application programming interface (the "API").

C. Customer wishes to subscribe to the API so that its marketplace can show a history report for each listed vehicle, and Vendor is willing to provide the subscription on the terms below.

D. At Customer's request the prices in this Agreement are quoted in Chinese yuan.

1. DEFINITIONS

1.1 "Query" means one request to the API for one vehicle identification number ("VIN") that returns a history report.

1.2 "Query Data" means the VINs, listing identifiers, user identifiers and other data that Customer sends to the API, and the logs of Customer's Queries.

1.3 "Reports" means the vehicle-history reports returned by the API.

1.4 "Subscription Year" means the period beginning on the Activation Date, or on an anniversary of it, and ending on the day before the next anniversary.

1.5 "Activation Date" means the date on which Customer signs the Integration Acceptance certificate under clause 4.

2. THE SUBSCRIPTION

2.1 Vendor grants Customer, for the Term, a non-exclusive right to send Queries to the API and to display the Reports to users of Customer's marketplace, to print them for buyers, and to keep them in the listing records of the vehicles concerned.

2.2 The subscription includes 600,000 Queries in each Subscription Year. Queries above that number are charged as set out in the Schedule.

2.3 Vendor shall provide Customer with sandbox and production credentials, API documentation, a test VIN set and integration support by e-mail and video call during onboarding.

2.4 Vendor shall keep the content of the Reports current with the updates it receives from its data partners and shall correct an inaccurate Report without undue delay after Customer reports the inaccuracy with evidence.

2.5 Vendor shall inform Customer in advance of any change to the API that would require Customer to change its integration, and shall keep the previous API version available for at least 90 days after the change.

2.6 Customer shall send Queries only for vehicles listed or inspected on its marketplace, or for vehicles that a dealer or seller has asked Customer to evaluate. Customer shall not resell the Reports as a data product, shall not use the API to build a competing vehicle-history database, and shall show Vendor's source notice on each displayed Report.

3. AVAILABILITY AND SUPPORT

3.1 Vendor will use commercially reasonable efforts to keep the API available and to answer support requests promptly. Planned maintenance will be announced on Vendor's status page where practicable.

3.2 Support requests may be sent to Vendor's support mailbox at any time and will be handled by Vendor's support team in Helsinki and its partner desk in Shanghai.

3.3 Customer is responsible for its own systems, its internet connection and the caching of Reports on its side.

4. ONBOARDING AND INTEGRATION ACCEPTANCE

4.1 Vendor shall complete onboarding within 40 days after signature of this Agreement, so that Customer can start the Integration Acceptance tests.

4.2 Integration Acceptance tests: (a) Queries for the 500 VINs in the agreed test set return Reports in the documented format and field order; (b) the Reports for the 50 test vehicles whose history Customer already knows agree with Customer's records on mileage readings, recorded accidents and number of owners; (c) 2,000 Queries sent within ten minutes through the production credentials are answered without error and each within three seconds; (d) the error codes in the documentation are returned for invalid VINs.

4.3 When all tests are passed Customer shall sign an Integration Acceptance certificate within five working days. Use of the sandbox or of production credentials before that signature is not acceptance.

4.4 If Vendor has not made the API ready for the Integration Acceptance tests within the period in clause 4.1, Vendor shall pay Customer CNY 450 for each day of delay, set off against the next invoice.

5. FEES AND PAYMENT

5.1 At Customer's request all fees are quoted, invoiced and paid in Chinese yuan (CNY). Fees include VAT.

5.2 The Subscription Fee for each Subscription Year is invoiced on the first day of that Subscription Year and is payable within 30 days.

5.3 The Onboarding Fee is invoiced after Integration Acceptance and is payable within 30 days. No fee is payable before the Activation Date.

5.4 Overage Queries are invoiced quarterly in arrears.

5.5 If Customer disputes an invoice in good faith, it shall pay the undisputed part, and the parties shall settle the disputed part within 30 days.

6. QUERY DATA

6.1 Query Data belongs to Customer. Vendor shall use Query Data only to answer Customer's Queries and to invoice overage Queries, and shall not sell it, disclose it to data partners or use it for any other purpose.

6.2 At the end of the Term Vendor shall delete Query Data from its production systems.

7. CONFIDENTIALITY

7.1 Each party shall keep confidential any non-public business, technical or commercial information received from the other party under this Agreement, including the fees, and shall not disclose it to any third party without the other party's prior written consent, except to its employees and advisers who need to know it and are bound by similar duties.

7.2 This clause continues to apply for three years after the end of the Term.

8. INTELLECTUAL PROPERTY

8.1 The API, the database behind it and the Reports remain the property of Vendor and its data partners.

8.2 The integration code, field mappings and report display templates that Vendor develops for Customer during onboarding belong to Customer, which may use, modify and license them without restriction.

8.3 Vendor warrants that Customer's use of the API and the Reports in accordance with this Agreement does not infringe the rights of any third party, and shall indemnify Customer against claims alleging such infringement.

9. TERM AND RENEWAL

9.1 This Agreement starts on signature. The subscription runs for two Subscription Years from the Activation Date (the "Term").

9.2 The Agreement does not renew automatically. Any renewal requires a new written order signed by both parties.

10. LIABILITY

10.1 Each party's total liability under this Agreement is limited to twice the total fees payable for the Term.

10.2 Neither party is liable for indirect or consequential loss. The limits do not apply to fraud or wilful misconduct.

11. SUBCONTRACTING

11.1 Vendor may not subcontract the provision of the API, or any part of it, without Customer's prior written consent. Vendor's data partners are suppliers of data to Vendor and are not subcontractors for this purpose.

12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other party materially breaches it and fails to cure the breach within 30 days after written notice.

12.2 If Customer terminates under clause 12.1, Vendor shall refund the part of the Subscription Fee paid for the remainder of the Subscription Year.

12.3 Reports already displayed or stored in listing records before termination may be kept by Customer.

12.4 On expiry or termination, Customer shall stop sending Queries and Vendor shall deactivate Customer's credentials.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute arising out of this Agreement shall be submitted to the Chongqing Arbitration Commission for arbitration in Chongqing. The award is final and binding.

14. GENERAL

14.1 This Agreement, including the Schedule, is the entire agreement between the parties and may only be amended in writing signed by both parties.

14.2 Neither party may assign this Agreement without the other party's written consent.

14.3 Notices shall be sent in writing to the addresses above, with a copy by e-mail.

14.4 Neither party is liable for delay or failure caused by events beyond its reasonable control, provided that it notifies the other party promptly and takes reasonable steps to limit the effect.

14.5 If any provision of this Agreement is held invalid, the remaining provisions remain in force.

14.6 This Agreement is signed in two originals in English, one for each party.

SCHEDULE: FEES

Subscription Fee (600,000 Queries per Subscription Year): CNY 336,000 per Subscription Year
Subscription Fees for the Term (two Subscription Years): CNY 672,000
Onboarding Fee (one-time): CNY 44,000
Total fees for the Term: CNY 716,000
Overage Queries: CNY 0.45 per Query above 600,000 in a Subscription Year, not included in the total.

SIGNED for and on behalf of CHONGQING JIAOYUN USED CAR NETWORK TECHNOLOGY CO., LTD.
Name: ______________  Title: ______________  Date: ______________

SIGNED for and on behalf of LONNA VEHICLE DATA OY
Name: ______________  Title: ______________  Date: ______________
"""

# ---------------------------------------------------------------------------------------------------------------
# files, labels, checks
# ---------------------------------------------------------------------------------------------------------------
FILES = {  # key: (file name, format, source)
    "h329z01": ("h329z01_land_registry_information_platform.pdf", "pdf", H329Z01),
    "h329z02": ("h329z02_chemical_fibre_winding_line_control_retrofit.docx", "docx", H329Z02),
    "h329z03": ("h329z03_laundry_chain_order_membership_saas.txt", "txt", H329Z03),
    "h329z04": ("h329z04_statistics_bureau_data_system_annual_om.txt", "txt", H329Z04),
    "h329z05": ("h329z05_pickle_factory_qms_supplier_template.md", "md", H329Z05),
    "h329e01": ("h329e01_silk_umbrella_layout_software_perpetual_licences.pdf", "pdf", H329E01),
    "h329e02": ("h329e02_mountain_shuttle_ticketing_saas_order_form.md", "md", H329E02),
    "h329e03": ("h329e03_rice_farm_paddy_water_level_sensors.docx", "docx", H329E03),
    "h329e04": ("h329e04_ceramics_managed_backup_recovery_service.md", "md", H329E04),
    "h329e05": ("h329e05_used_car_vehicle_history_api_subscription.txt", "txt", H329E05),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]


def terms(avail, p1, remedy, ip, dsec, owns, conf, ld, cap, prepay, acc, final, warr, pwf, auto, term, sub, law, kind):
    return dict(zip(TERM_KEYS, [avail, p1, remedy, ip, dsec, owns, conf, ld, cap, prepay, acc, final, warr, pwf, auto,
                                term, sub, law, kind]))


G, S = "goods_or_licence", "service"
# key: (category, terms, extra (sla_clause, ld_stated, post_warranty_fee_capped or None, deemed, value),
#       meta (fee base for TCO, forum outside mainland), expected rules as I read policy.md, expected risk)
LABELS = {
    "h329z01": ("software",
                terms(99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 36, 8, False, True,
                      False, "PRC", G),
                (True, True, True, False, 2040000), (1180000, False), [], "low"),
    "h329z02": ("hardware",
                terms(None, 1, True, "buyer", True, True, True, 0.03, 200, 20, True, True, 24, 17.5, False, True,
                      False, "PRC", G),
                (True, True, True, False, 2550000), (2173200, False),
                ["CR-LD-LOW", "CR-POST-WARRANTY-FEE"], "high"),
    "h329z03": ("cloud",
                terms(99.5, 0.5, True, "buyer", True, False, True, 800 / 966000 * 100, 150, None, True, None, None,
                      None, True, True, False, "PRC", S),
                (True, True, None, False, 966000), (None, False),
                ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"], "medium"),
    "h329z04": ("services",
                terms(None, 6, True, "buyer", True, True, True, 0.1, None, None, True, None, None, None, False, True,
                      True, "PRC", S),
                (True, True, None, False, 718000), (None, False),
                ["CR-SLA-RESPONSE", "CR-SUBCONTRACT"], "medium"),
    "h329z05": ("software",
                terms(None, 10, False, "supplier", True, True, True, None, 20, 50, False, False, 6, 25, False, True,
                      None, "PRC", G),
                (True, False, True, True, 1116000), (760000, False),
                ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
                 "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
                "high"),
    "h329e01": ("software",
                terms(None, 2, True, "buyer", True, True, True, 400 / 536000 * 100, 150, 10, True, True, 18, 11, False,
                      True, False, "Finland", G),
                (True, True, True, False, 536000), (413000, True), ["CR-GOVERNING-LAW"], "low"),
    "h329e02": ("cloud",
                terms(99.95, 0.5, True, "buyer", True, True, True, 350 / 569200 * 100, 6 / 24 * 100, None, True, None,
                      None, None, True, True, False, "Iceland", S),
                (True, True, None, False, 569200), (None, True),
                ["CR-AUTO-RENEWAL", "CR-GOVERNING-LAW", "CR-LIABILITY-CAP"], "medium"),
    "h329e03": ("hardware",
                terms(None, 1, True, "buyer", True, True, True, 0.08, None, 10, True, True, 36, 7, False, True, False,
                      "PRC", G),
                (True, True, True, False, 1250000), (1056000, False), [], "low"),
    "h329e04": ("services",
                terms(None, 0.5, True, "buyer", True, True, False, 1500 / 2560320 * 100, 150, None, True, None, None,
                      None, False, False, False, "PRC", S),
                (True, True, None, False, 2560320), (None, False),
                ["CR-CONFIDENTIALITY", "CR-TERMINATION"], "medium"),
    "h329e05": ("cloud",
                terms(None, None, False, "buyer", False, True, True, 450 / 716000 * 100, 200, None, True, None, None,
                      None, False, True, False, "PRC", S),
                (False, True, None, False, 716000), (None, False),
                ["CR-DATA-SECURITY", "CR-SLA-MISSING", "CR-SLA-RESPONSE"], "high"),
}

SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high",
            "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high",
            "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium",
            "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low",
            "CR-TCO-SERVICE-SHARE": "medium"}


def tco_share(t, x, base):
    """policy §4: horizon 5 years from acceptance; post-warranty years = horizon - warranty years (pro rata)."""
    horizon = 5
    if t["contract_kind"] != G or t["warranty_months"] is None or t["post_warranty_fee_pct"] is None:
        return None
    years = max(0.0, horizon - t["warranty_months"] / 12)
    fees = base * t["post_warranty_fee_pct"] / 100 * years
    return fees / (x["contract_value"] + fees) * 100, fees


def rules_from_labels(t, x, forum_outside, base):
    r = []
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
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.append("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.append("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > 15):
            r.append("CR-POST-WARRANTY-FEE")
        ts = tco_share(t, x, base)
        if ts is not None and ts[0] > 40:
            r.append("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.append("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.append("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.append("CR-SUBCONTRACT")
    if (t["governing_law"] is not None and t["governing_law"] != "PRC") or forum_outside:
        r.append("CR-GOVERNING-LAW")
    return sorted(r)


def risk_of(rules):
    sev = {SEVERITY[r] for r in rules}
    return "high" if "high" in sev else ("medium" if "medium" in sev else "low")


def label_json(key):
    cat, t, (sla, lds, capped, deemed, value), _meta, rules, _risk = LABELS[key]
    name = FILES[key][0]
    extra = {"sla_clause": sla, "ld_stated": lds}
    if t["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    lab = {"file": name, "language": "zh" if key[4] == "z" else "en", "category": cat, "expected_terms": t,
           "expected_extra": extra, "expected_rules": sorted(rules)}
    return json.dumps(lab, ensure_ascii=False, indent=1)


# --- threshold scan -------------------------------------------------------------------------------------------
CN = "〇零一二三四五六七八九十百两"
DIGIT_PATTERNS = [  # applied to the raw text, a whitespace-collapsed copy and a whitespace-free copy
    ("availability 99.9", r"(?<![\d.])99\.9(?!\d)"),
    ("P1 4 hours", r"(?<![\d.])4(?:\.0+)?\s*-?\s*(?:hours?|hrs?|h(?![a-z])|个?小时)"),
    ("P1 四小时", r"(?<![%s])四个?小时" % CN),
    ("P1 240 minutes", r"(?<![\d.])240\s*-?\s*(?:minutes?|mins?|分钟)"),
    ("LD 0.05 %", r"(?<![\d.])0\.05(?!\d)\s*(?:%|per\s*cent)"),
    ("LD 万分之五", r"万分之五(?![十百])"),
    ("cap 100 %", r"(?<![\d.,])100(?:\.0+)?\s*(?:%|per\s*cent)"),
    ("cap 百分之百", r"百分之(?:一)?百(?![分])"),
    ("30 %", r"(?<![\d.,])30(?:\.0+)?\s*(?:%|per\s*cent)"),
    ("百分之三十", r"百分之三十(?![一二三四五六七八九])"),
    ("三成", r"三成"),
    ("40 %", r"(?<![\d.,])40(?:\.0+)?\s*(?:%|per\s*cent)"),
    ("百分之四十", r"百分之四十(?![一二三四五六七八九])"),
    ("15 %", r"(?<![\d.,])15(?:\.0+)?\s*(?:%|per\s*cent)"),
    ("百分之十五", r"(?<![%s])十五(?:%%|个百分点)|百分之十五" % CN),
    ("12 months", r"(?<![\d.,])12\s*-?\s*(?:months?|个月)"),
    ("十二个月", r"(?<![%s])十二个月" % CN),
    ("一年", r"(?<![%s\d])一年" % CN),
    ("五年", r"(?<![%s\d])五年" % CN),
    ("5 years", r"(?<![\d.,])5\s*-?\s*(?:years?|yrs?|年)"),
    ("60 months", r"(?<![\d.,])60\s*-?\s*(?:months?|个月)"),
    ("六十个月", r"(?<![%s])六十个月" % CN),
]
WORD_PATTERNS = [  # applied to the raw text and the whitespace-collapsed copy, case-insensitive
    ("one year", r"\b(?:one|a)[\s-]+year\b"),
    ("twelve months", r"\btwelve[\s-]+(?:calendar\s+)?months?\b"),
    ("four hours", r"\bfour[\s-]+hours?\b"),
    ("five years", r"\bfive[\s-]+years?\b"),
    ("sixty months", r"\bsixty[\s-]+months?\b"),
    ("two hundred and forty minutes", r"\btwo\s+hundred\s+(?:and\s+)?forty\s+minutes\b"),
    ("fifteen per cent", r"\bfifteen\s+per\s*cent"),
    ("thirty per cent", r"\bthirty\s+per\s*cent"),
    ("forty per cent", r"\bforty\s+per\s*cent"),
    ("hundred per cent", r"\bhundred\s+per\s*cent"),
    ("12 months spelled 12 consecutive months", r"(?<![\d.,])12\s+(?:consecutive|calendar|full)\s+months\b"),
]


def threshold_hits(text):
    hits = []
    collapsed = re.sub(r"\s+", " ", text)
    nospace = re.sub(r"\s+", "", text)
    for name, pat in DIGIT_PATTERNS:
        for variant in (text, collapsed, nospace):
            m = re.search(pat, variant, flags=re.I)
            if m:
                hits.append((name, variant[max(0, m.start() - 15):m.end() + 15]))
                break
    for name, pat in WORD_PATTERNS:
        for variant in (text, collapsed):
            m = re.search(pat, variant, flags=re.I)
            if m:
                hits.append((name, variant[max(0, m.start() - 15):m.end() + 15]))
                break
    return hits


MUST_HIT = ["4小时", "4 hours", "4-hour", "四小时", "四个小时", "240分钟", "240 minutes", "0.05%", "0.05 per cent",
            "万分之五", "100%", "100 %", "百分之百", "30%", "百分之三十", "三成", "40%", "百分之四十", "15%",
            "百分之十五", "12个月", "12 months", "12-month", "十二个月", "一年", "第一年", "one year", "one-year",
            "a year", "五年", "5 years", "5-year", "5年", "60 months", "六十个月", "99.9%", "99.9 %", "four hours",
            "twelve months", "five years", "sixty months", "fifteen per cent", "thirty per cent", "forty per cent",
            "one hundred per cent", "12 consecutive months", "4\nhours", "99.\n9%"]
MUST_NOT_HIT = ["24小时", "24 hours", "二十四小时", "99.95%", "99.99%", "99.5%", "115%", "0.15%", "四十二个月",
                "2025年", "2026年12月31日", "14 hours", "0.055%", "万分之五十", "十五年", "300%", "130%", "140%",
                "150%", "0.30%", "1.5倍", "二十五个月", "十一个月", "Subscription Year", "first Subscription Year",
                "25%", "45%", "55%", "35%", "36 months", "18 months", "二十四个月", "三十六个月", "six months",
                "24 boarding points", "2024年", "2,400,000", "14 seats"]


def self_test():
    for s in MUST_HIT:
        assert threshold_hits(s), ("regex misses", s)
    for s in MUST_NOT_HIT:
        assert not threshold_hits(s), ("regex false hit", s, threshold_hits(s))


# --- reading the built files back -----------------------------------------------------------------------------
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for table in d.tables:
            for row in table.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def size_of(key, text):
    return len(text) if key[4] == "z" else len(text.split())


def main():
    self_test()
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    built = {k: v for k, v in FILES.items() if v[1] in ("docx", "pdf")}
    write({k: v[2] for k, v in built.items()}, {k: (v[0], v[1]) for k, v in built.items()}, OUT, wrap_words=True)
    for key, (name, fmt, src) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(src.lstrip("\n"), encoding="utf-8")
            print("wrote", name)
        (OUT / (Path(name).stem + ".json")).write_text(label_json(key), encoding="utf-8")
        print("wrote", Path(name).stem + ".json")

    problems, fired, mix = [], set(), {}
    print()
    print("%-9s %-5s %-6s %-7s %s" % ("key", "fmt", "size", "risk", "expected rules"))
    for key, (name, fmt, src) in FILES.items():
        cat, t, (sla, lds, capped, deemed, value), (base, forum_out), rules, risk = LABELS[key]
        x = {"sla_clause": sla, "ld_stated": lds, "post_warranty_fee_capped": capped,
             "acceptance_deemed_on_delivery": deemed, "contract_value": value}
        text = read_back(OUT / name)
        size = size_of(key, text)
        lo, hi = (2800, 3300) if key[4] == "z" else (1500, 1700)
        if not lo <= size <= hi:
            problems.append("%s: length %d outside %d-%d" % (key, size, lo, hi))
        for hit in threshold_hits(src) + threshold_hits(text):
            problems.append("%s: threshold figure %s in %r" % (key, hit[0], hit[1]))
        derived = rules_from_labels(t, x, forum_out, base)
        if derived != sorted(rules):
            problems.append("%s: rules from labels %s != stated %s" % (key, derived, sorted(rules)))
        if risk_of(derived) != risk:
            problems.append("%s: risk %s != stated %s" % (key, risk_of(derived), risk))
        # derived labels off every threshold
        near = lambda v, th, eps: v is not None and abs(v - th) < eps
        for field, th, eps in (("availability_pct", 99.9, 0.01), ("p1_response_hours", 4, 0.25),
                               ("ld_rate_per_day_pct", 0.05, 0.005), ("liability_cap_pct", 100, 5),
                               ("prepayment_pct", 30, 2), ("warranty_months", 12, 1),
                               ("post_warranty_fee_pct", 15, 1)):
            if near(t[field], th, eps):
                problems.append("%s: %s %s sits on/near the threshold %s" % (key, field, t[field], th))
        ts = tco_share(t, x, base)
        if ts is not None and near(ts[0], 40, 1):
            problems.append("%s: TCO share %.2f near 40" % (key, ts[0]))
        if (key[4] == "z") != bool(re.search(r"[\u4e00-\u9fff]", text[:200])):
            problems.append("%s: language" % key)
        fired |= set(rules)
        n = len(rules)
        mix[key] = n
        extra = "" if ts is None else "  TCO share %.2f %% (post-warranty fees %.0f)" % ts
        print("%-9s %-5s %-6d %-7s %s%s" % (key, fmt, size, risk, ", ".join(sorted(rules)) or "(none)", extra))
    missing = sorted(set(SEVERITY) - fired)
    if missing:
        problems.append("rules never fired: %s" % missing)
    compliant = [k for k, n in mix.items() if n == 0]
    single_low = [k for k in mix if mix[k] == 1 and LABELS[k][5] == "low"]
    two_three = [k for k, n in mix.items() if 2 <= n <= 3]
    many = [k for k, n in mix.items() if n >= 8]
    if not (len(compliant) == 2 and len(single_low) == 1 and len(two_three) == 6 and many == ["h329z05"]):
        problems.append("mix: compliant %s, single low %s, 2-3 %s, many %s" % (compliant, single_low, two_three, many))
    print("\nall %d CR rules fired at least once: %s" % (len(SEVERITY), not missing))
    if problems:
        print("\nPROBLEMS:")
        for p in problems:
            print(" -", p)
    assert not problems, "%d problem(s)" % len(problems)
    print("all checks passed")


if __name__ == "__main__":
    main()
