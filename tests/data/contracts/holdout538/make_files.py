"""holdout538: builds the ten blind held-out drafts (txt/md written as is, docx/pdf via ../word_pdf.py), writes
their labels, derives every draft's expected rules from its labels (my own reading of policy.md section 3), checks
them against the design list, asserts full rule coverage, measures the read-back lengths and scans every built file
and every source for threshold figures. Run: /work/main/.venv/bin/python -B make_files.py
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:临江市气象局突发事件预警信息发布平台建设项目采购合同
P:合同编号：LJQX-ZFCG-2026-017
P:采购人（甲方）：临江市气象局
P:供应商（乙方）：华澜信息技术有限公司
P:鉴于甲方通过公开招标（项目编号：LJZFCG2026-0348）确定乙方为临江市突发事件预警信息发布平台建设项目的中标供应商，双方依据《中华人民共和国民法典》《中华人民共和国政府采购法》及招标文件、投标文件，经协商一致，订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供预警信息发布平台软件（含发布管理、审核签发、多渠道分发、效果评估四个模块）的永久使用许可，并完成以下定制开发：（1）与省级预警信息发布系统及市应急管理综合平台的数据接口；（2）面向乡镇、村（社区）的靶向发布模块；（3）预警发布指挥大屏。
P:1.2 乙方负责平台在甲方机房的安装部署，与短信、电子显示屏、应急广播、政务新媒体等发布渠道的联调，以及甲方业务和运维人员的培训。
H:第二条 合同价款
P:2.1 合同总价为人民币贰佰壹拾万零捌仟元整（¥2,108,000），明细如下：
TB:序号|项目|数量|金额（元）
TB:1|预警信息发布平台软件永久许可|1套|1,280,000
TB:2|定制开发（接口、靶向发布模块、指挥大屏）|1项|684,000
TB:3|部署实施及渠道联调|1项|118,000
TB:4|培训|1项|26,000
TB:合计|||2,108,000
P:2.2 合同总价为固定价格，已包含税费、差旅、第三方测评配合及乙方履行本合同所需的全部费用，甲方不再另行支付任何费用。
H:第三条 付款方式
P:3.1 合同签订且甲方收到乙方开具的合法发票后10个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台完成部署并通过初步验收后，甲方支付合同总价的45%。
P:3.3 试运行期满并通过最终验收后，甲方支付合同总价的35%。
P:3.4 上述款项按财政国库集中支付程序拨付，因财政审批造成的合理延迟不视为甲方违约。
H:第四条 交付期限
P:4.1 乙方应于合同签订之日起90日内完成部署及全部定制开发，并书面申请初步验收。
P:4.2 初步验收通过后进入为期60日的试运行，试运行期间乙方应安排工程师驻场保障。
P:4.3 乙方应指定项目经理1名，项目经理未经甲方同意不得更换；乙方应每两周向甲方提交项目进度报告，说明完成情况、存在问题及下一阶段计划。
P:4.4 甲方负责提供机房环境、网络接入和必要的配合人员，并协调省级系统、应急管理平台的接口对接。
H:第五条 验收
P:5.1 初步验收标准：（1）招标文件技术需求逐项实现；（2）一条预警信息从签发到短信、显示屏、应急广播各渠道送达不超过3分钟；（3）短信通道并发压力测试达到招标文件要求；（4）与省级系统、应急管理平台的接口数据一致；（5）第三方测评机构出具的安全测评报告无高危漏洞。
P:5.2 最终验收标准：试运行期间未发生一级故障，全部文档和源代码已移交，甲方组织专家按招标文件及本合同进行验收并出具书面验收意见。
P:5.3 平台上线、试运行或甲方付款均不视为验收合格。验收不合格的，乙方应在15日内整改并重新提交验收，费用由乙方承担。
H:第六条 质量保证与维护
P:6.1 质保期为三十六个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、安全补丁和技术支持。
P:6.2 质保期满后，甲方可委托乙方提供年度维护服务，年度维护费不超过平台软件许可费的8%（即每服务年度不超过¥102,400），且质保期满后前两个服务年度不得上调。
H:第七条 服务水平
P:7.1 平台月可用率不低于99.95%，计划内维护须提前3个工作日报甲方同意，且不得安排在汛期值守时段。
P:7.2 一级故障（平台无法发布预警或某一发布渠道全部中断）：30分钟内响应，2小时内到场，6小时内恢复；二级故障（部分功能异常）：2小时内响应，次日内处理完毕；三级故障：3个工作日内处理完毕。
P:7.3 乙方未达到上述要求的，一级故障每超时1小时扣减¥1,000，月可用率每低于承诺值0.01个百分点扣减¥2,000，扣款从履约保证金或维护费中抵扣。
H:第八条 知识产权
P:8.1 平台标准产品的知识产权归乙方所有，甲方享有永久、不可撤销的使用许可。
P:8.2 定制开发形成的程序、源代码、接口文档及其他成果的知识产权归甲方所有。乙方应在最终验收时移交完整源代码，甲方有权自行或委托第三方修改、使用和再许可。
H:第九条 数据安全
P:9.1 平台处理的预警信息、发布对象号码、操作日志等数据归甲方所有，乙方仅可为履行本合同使用，不得复制、留存或用于任何其他目的。
P:9.2 乙方远程运维须经甲方逐次审批并通过堡垒机进行，操作全程留痕。乙方应遵守《中华人民共和国数据安全法》《中华人民共和国个人信息保护法》及网络安全等级保护要求。
P:9.3 发生数据安全事件的，乙方应在2小时内报告甲方并立即采取处置措施；因乙方原因造成数据泄露、篡改或丢失的，乙方承担全部责任并赔偿甲方全部损失。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期完成验收整改的，每逾期一日，按合同总价的万分之三向甲方支付违约金，违约金总额不超过合同总价的10%。
P:10.2 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之二向乙方支付违约金。
P:10.3 乙方交付的平台不符合本合同约定的，应负责修复或更换，并赔偿甲方由此造成的损失。
P:10.4 乙方应在合同签订后5个工作日内向甲方提交合同总价5%的履约保证金，最终验收合格后无息退还。
H:第十一条 分包
P:乙方不得将本项目转包，也不得将本项目的任何部分分包给第三方。
H:第十二条 合同解除
P:乙方逾期超过30日，或有其他严重违约行为经甲方书面通知后15日内仍未纠正的，甲方有权书面解除本合同，乙方应退还甲方已付款项并承担违约责任。
H:第十三条 不可抗力
P:因不可抗力不能履行合同的，受影响一方应在3日内通知对方，并在15日内提供证明，双方可协商延期履行或解除合同。
H:第十四条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方应协商解决；协商不成的，任何一方可向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:15.1 本合同附件包括招标文件、投标文件、技术需求清单及中标通知书，与本合同具有同等效力。
P:15.2 本合同一式六份，甲方四份，乙方两份，自双方签字盖章之日起生效。
P:甲方（盖章）：临江市气象局　　法定代表人或授权代表：________　　日期：2026年3月　日
P:乙方（盖章）：华澜信息技术有限公司　　法定代表人或授权代表：________　　日期：2026年3月　日
"""

Z02 = """T:退火窑控制系统改造及维保合同
P:合同编号：YH-BL-2026-052
P:甲方（买方）：安州耀华玻璃有限公司
P:乙方（卖方）：北辰工控技术有限公司
P:甲方二号浮法玻璃生产线退火窑现有温控系统运行已久，备件停产、控温精度下降。经比选，甲方选定乙方承担退火窑控制系统改造及后续维保。双方依据《中华人民共和国民法典》，经平等协商，订立本合同。
H:一、改造范围
P:（一）乙方负责退火窑A、B、C、D、F区温控系统的设计、供货、安装、调试，包括主控PLC柜、分区温控执行机构（调节阀、风机变频器）、热电偶及温度变送器、操作员站和工程师站，以及退火曲线控制软件。
P:（二）乙方负责与甲方现有锡槽DCS、MES系统的数据通讯，实现退火温度曲线、风机频率、报警信息的上传。
P:（三）改造须利用甲方计划冷修停窑窗口完成切换，切换停窑时间不超过72小时，具体时间由甲方书面通知。
H:二、合同价格
P:（一）合同总价为人民币壹佰捌拾贰万壹仟元整（¥1,821,000），明细见下表：
TB:序号|名称|规格/数量|金额（元）
TB:1|主控PLC柜（含冗余CPU、I/O模块）|2套|536,000
TB:2|分区温控执行机构（调节阀、风机变频器）|1批|412,000
TB:3|热电偶及温度变送器|128支|211,200
TB:4|操作员站及工程师站|3台|96,000
TB:5|退火曲线控制软件许可|1套|358,000
TB:软硬件小计|||1,613,200
TB:6|安装调试及停窑切换|1项|186,000
TB:7|操作及维护培训|1项|21,800
TB:合计|||1,821,000
P:（二）上述价格为含税、含运输、保险、安装及调试的固定总价。
P:（三）合同总价已包含设计联络会、图纸资料、专用工具、随机备件及乙方技术人员在现场期间的全部食宿交通费用。
H:三、付款方式
P:（一）合同生效后10个工作日内，甲方支付合同总价的20%作为预付款。
P:（二）设备全部到货并安装完成后，甲方支付合同总价的55%。
P:（三）系统投入热态运行后，甲方支付合同总价的25%。
P:（四）乙方每次请款前应开具等额增值税专用发票。
H:四、交货与安装
P:（一）乙方应于合同生效后75日内将全部设备运抵甲方现场，并按甲方冷修计划完成安装。
P:（二）到货时双方共同开箱清点，清点记录仅证明数量和外观，不构成质量认可。
P:（三）乙方应在设备到货前提交电气原理图、柜体布置图、I/O清单及安装施工方案，经甲方生产部、设备部审核后方可施工。
P:（四）安装期间乙方人员应遵守甲方厂区安全管理制度，高温区域作业须办理作业票并配备防护用品，因乙方人员违章造成的事故由乙方负责。
P:（五）乙方应对退火窑原有控制线路及仪表进行标识和记录，拆除的旧设备由甲方回收处理。
H:五、投运与验收
P:（一）乙方完成安装和冷态调试后，配合甲方升温，系统投入热态运行。
P:（二）系统投入热态运行后，即视为甲方验收合格，双方签署投运确认单。
P:（三）投运后乙方应继续现场跟踪调试15日，协助甲方工艺人员优化退火曲线。
H:六、质量保证
P:（一）质保期为二十四个月，自系统投入热态运行之日起计算。
P:（二）质保期内，设备及软件出现非甲方原因的故障，乙方免费维修或更换，并承担往返运费。
P:（三）乙方保证所供设备为原厂全新正品，软件为正版许可。
H:七、维保服务
P:（一）质保期满后，乙方提供年度维保服务，年度维保费按软硬件小计的9%计取，即每服务年度¥145,188，质保期满后前三个服务年度固定不变。
P:（二）故障响应：一级故障（退火窑温控失效、主控PLC停机）乙方接报后8小时内响应并派工程师赶赴现场；二级故障24小时内响应；三级故障3个工作日内处理。
P:（三）乙方未按上述时限响应的，每超时1小时按¥1,500从当期维保费或质保金中扣减。
P:（四）维保期内乙方每季度对系统巡检一次，并提交巡检报告。
P:（五）乙方应提供不少于两年的常用备件清单及价格，并保证系统所用主要部件在投运后八年内能够供货。
H:八、知识产权
P:（一）退火曲线控制软件的著作权归乙方所有，甲方享有永久使用许可。
P:（二）乙方为本项目编写的PLC控制程序、组态画面、通讯程序及其源文件归甲方所有，乙方应在投运后10日内全部移交，甲方可自行修改和使用。
H:九、数据安全
P:（一）退火温度曲线、工艺参数、生产数据及系统日志归甲方所有，乙方不得复制、留存或向第三方提供。
P:（二）乙方远程维护须经甲方书面审批，通过甲方指定的工业防火墙和运维审计通道进行，维护结束后立即断开。
P:（三）发现数据泄露或网络安全事件的，乙方应在2小时内通知甲方并配合处置；因乙方原因造成数据泄露或生产数据损毁的，乙方承担全部赔偿责任。
H:十、保密
P:双方对在履行本合同中知悉的对方技术秘密、工艺参数和商业信息负有保密义务，未经对方书面同意不得向第三方披露。保密义务在合同终止后三年内继续有效。
H:十一、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的千分之一向甲方支付违约金，违约金累计不超过合同总价的10%。
P:（二）乙方所供设备不符合约定的，甲方有权要求更换，由此产生的费用及停产损失由乙方承担。
P:（三）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
P:（四）因乙方原因导致退火窑切换停窑时间超过约定时间的，每超过1小时乙方向甲方支付¥5,000，该款项从应付款项中扣除。
H:十二、分包
P:电缆敷设等辅助施工如需交由第三方完成，乙方应事先取得甲方书面同意，并对分包方的工作承担全部责任。
H:十三、合同解除
P:乙方逾期交货超过20日，或严重违约经甲方书面催告后10日内仍未改正的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
H:十四、争议解决
P:本合同适用中华人民共和国法律。发生争议协商不成的，提交安州仲裁委员会仲裁。
H:十五、培训与资料
P:（一）乙方应对甲方操作人员、仪表维护人员各进行不少于3天的现场培训，培训内容包括系统操作、退火曲线调整、常见故障处理和备件更换。
P:（二）乙方应在投运后10日内向甲方移交竣工图、设备说明书、程序备份、参数清单和维护手册各一套，纸质和电子版各一份。
H:十六、廉洁与变更
P:（一）乙方不得向甲方人员提供回扣、礼品、宴请或其他不正当利益，一经发现，甲方有权解除合同并要求乙方赔偿损失。
P:（二）本合同的变更须经双方协商一致并签订书面补充协议；补充协议与本合同具有同等效力，不一致的以补充协议为准。
P:（三）乙方应为现场施工人员购买意外伤害保险，并对其人员在甲方厂区内的安全负责。
P:（四）双方往来通知以书面形式送达本合同首页地址，紧急故障通知可先以电话告知，再以书面补充。
H:十七、其他
P:本合同一式四份，双方各执两份，经双方签字盖章后生效。
P:甲方：安州耀华玻璃有限公司（盖章）　　代表：________　　乙方：北辰工控技术有限公司（盖章）　　代表：________
P:签订日期：2026年4月　日
"""

Z03 = """验光及会员管理SaaS服务与实施合同

合同编号：MS-SaaS-2026-0219
客户（甲方）：明视连锁眼镜（杭州）有限公司
服务商（乙方）：睿瞳云科技有限公司

鉴于甲方在浙江省内经营60家眼镜门店，需要统一的验光档案、配镜订单和会员管理系统；乙方是提供眼镜零售行业云服务的企业。双方经协商，就乙方向甲方提供验光及会员管理SaaS服务和实施服务订立本合同。

1. 服务内容
1.1 乙方为甲方60家门店开通"睿瞳云"验光及会员管理SaaS服务，包括验光档案、配镜订单、镜片库存、会员积分、短信营销和总部报表功能。
1.2 乙方提供一次性实施服务：历史会员及验光数据迁移、门店电脑验光仪和综合验光仪的数据对接、总部定制报表、门店人员培训。
1.3 服务期自2026年3月1日起至2029年2月28日止，共三个服务年度。

2. 服务费用
2.1 合同总价为人民币壹佰壹拾柒万元整（¥1,170,000），明细如下：
    订阅费：60家门店 × ¥5,800/门店/服务年度 × 3个服务年度 = ¥1,044,000
    实施费（数据迁移、设备对接、定制报表、培训）：¥126,000
    合计：¥1,170,000
2.2 服务期内新增门店按每门店每服务年度¥5,800按实际开通月份折算，另行结算，不计入合同总价。

3. 付款
3.1 实施费在上线验收合格后15个工作日内一次性支付。
3.2 订阅费按季度结算，每季度结束后15个工作日内，甲方根据当季服务报告支付该季度订阅费。
3.3 甲方无需在服务开始前支付任何费用。

2.3 上述费用已包含乙方服务器、带宽、短信通道月度基础额度、系统升级和标准客户支持费用。短信超出基础额度部分按每条¥0.045另行结算。

4. 上线与验收
4.1 乙方应于2026年5月31日前完成全部门店上线。
4.2 上线验收标准：（1）历史会员及验光记录全部迁移且抽查500条无差错；（2）60家门店的验光设备数据可自动导入档案；（3）门店收银开单响应时间不超过2秒；（4）总部定制报表与甲方ERP核对一致；（5）门店人员培训考核完成。
4.3 门店开始使用系统或甲方支付款项，均不视为验收合格。验收不合格的，乙方应在10日内整改。
4.4 乙方未能按期完成上线验收的，每逾期一日向甲方支付违约金¥900。

4.5 实施期间乙方应指派实施经理1名，编制分批上线计划，原则上每批不超过10家门店，每批上线前应完成门店设备检查和人员培训，上线后3日内安排人员现场或远程值守。
4.6 甲方负责提供历史数据导出文件、门店网络环境和验光设备清单，并指定项目联系人。

5. 服务水平
5.1 系统月可用率不低于99.95%（经甲方同意的计划维护除外，计划维护只能安排在凌晨0点至6点）。
5.2 一级故障（全部或多数门店无法开单、无法查询验光档案）：30分钟内响应，3小时内恢复；二级故障：2小时内响应，次日内解决。
5.3 未达到月可用率承诺的，每低0.1个百分点（不足0.1个百分点按0.1个百分点计）减免当月订阅费的5%；一级故障响应超时的，每次减免当月订阅费的2%。减免在下季度付款时抵扣。

6. 数据
6.1 甲方上传和在系统中形成的会员信息、验光数据、订单数据（"甲方数据"）归甲方所有。
6.2 乙方有权对甲方数据进行去标识化处理，并将去标识化后的验光数据、消费数据用于乙方产品改进、行业分析报告和模型训练，该使用在服务期内及服务期满后均可进行，乙方无需另行支付费用。
6.3 乙方应采取加密存储、访问控制、操作日志审计等措施，系统部署于境内云平台并通过网络安全等级保护三级测评。
6.4 发生数据泄露等安全事件的，乙方应在24小时内通知甲方并采取补救措施；因乙方原因导致数据泄露的，乙方承担相应法律责任并赔偿甲方损失。
6.5 服务期满或合同解除后30日内，乙方应向甲方返还全部甲方数据并删除系统中的副本。

6.6 甲方可随时通过系统导出会员、验光和订单数据，乙方不得设置额外障碍或收取费用。

7. 知识产权
7.1 SaaS平台的知识产权归乙方所有。
7.2 乙方为甲方定制的报表、数据接口程序及其文档归甲方所有，甲方可自行修改使用或交由第三方使用。

7.3 乙方保证其提供的SaaS服务不侵犯第三方知识产权，因侵权引起的纠纷由乙方负责处理并承担全部费用。

8. 保密
双方对履行本合同中获悉的对方商业信息负有保密义务，保密期限至合同终止后三年。

9. 续期
9.1 服务期满前60日内任何一方未书面提出不续期的，本合同自动续期一个服务年度，此后亦同。
9.2 续期时乙方有权上调订阅费，上调幅度不超过上一服务年度订阅费的8%，乙方应提前30日书面通知甲方。

10. 违约与解除
10.1 任何一方严重违反本合同，经对方书面通知后20日内未纠正的，守约方有权解除合同。
10.2 乙方连续两个月未达到月可用率承诺的，甲方有权解除合同，并不承担任何违约责任。
10.3 乙方对本合同项下的累计赔偿责任以合同总价的150%为限，但数据泄露及故意违约造成的损失除外。

10.4 合同解除的，乙方应按6.5条返还甲方数据。

11. 分包
乙方不得将实施服务分包给第三方，确需分包的，须事先取得甲方书面同意。

12. 法律与争议
12.0 本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，提交上海仲裁委员会仲裁。

12.1 因不可抗力不能履行合同的，受影响一方应及时通知对方并在10日内提供证明，双方可协商延期履行、部分履行或解除合同。
12.2 本合同的变更须经双方协商一致并签订书面补充协议；补充协议与本合同具有同等效力，不一致的以补充协议为准。
12.3 乙方不得向甲方人员提供回扣、礼品、宴请或其他不正当利益，一经发现，甲方有权解除合同并要求乙方赔偿损失。

12.4 乙方应每季度向甲方提交服务报告，内容包括月可用率、故障记录、响应情况、服务费减免计算和系统版本更新说明。
12.5 乙方应在每次版本更新前5个工作日通知甲方，涉及门店操作流程变化的，应提供操作说明并安排线上培训。

12.6 乙方应为甲方提供专属客户成功经理，每季度与甲方召开服务回顾会议，会议纪要双方确认。

13. 通知
双方的通知应以书面形式发送至本合同载明的地址或双方确认的电子邮箱，电子邮件发出后视为送达。任何一方变更联系方式的，应提前5个工作日书面通知对方。

14. 其他
本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方：明视连锁眼镜（杭州）有限公司（盖章）　授权代表：________
乙方：睿瞳云科技有限公司（盖章）　授权代表：________
日期：2026年2月　日
"""

Z04 = """临川市图书馆自助借还系统运维服务合同

项目名称：临川市图书馆自助借还系统运维服务项目
采购方式：竞争性磋商（项目编号：LCTSG-CS-2025-061）
采购人（甲方）：临川市图书馆
服务商（乙方）：书联智能设备服务有限公司

根据竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就甲方自助借还系统运维服务事宜，订立本合同。

第一条 服务范围
（1）运维对象：甲方总馆及8个分馆的46台自助借还机、18套RFID安全门、6台自助办证机、2套24小时自助还书箱，以及RFID馆藏管理系统服务端软件。
（2）服务内容：驻场值守、日常巡检、故障维修、备品备件更换、软件升级、RFID标签转换技术支持及运维报告。
（3）服务期限：2026年1月1日至2026年12月31日。

第二条 服务费用
（1）合同总价为人民币肆拾贰万叁仟元整（¥423,000），包括：
    驻场工程师服务费：¥186,000
    设备巡检及维修服务费（46台借还机、18套安全门、6台办证机、2套还书箱）：¥142,600
    备品备件包干费：¥58,400
    软件升级及RFID标签转换支持费：¥36,000
（2）上述费用为包干价，包含人工、交通、备件、税费等全部费用，服务期内不作调整。
（3）服务期内如甲方新增自助设备，新增设备的运维费用按本合同单价标准另行协商，签订补充协议。

第三条 付款方式
（1）服务费按季度支付，每季度结束后，甲方依据第七条季度考核结果，在收到发票后15个工作日内支付该季度服务费（合同总价的四分之一），扣除考核扣款后结算。
（2）本合同不设预付款。

第四条 服务交接
（1）乙方应在2026年1月1日前完成与原服务商的交接，包括设备台账、备件库存、系统账号和运维文档的清点。
（2）乙方未能按期完成交接、导致驻场服务未按时开始的，每逾期一日向甲方支付违约金¥500。

第五条 服务要求
（1）驻场：乙方安排1名工程师在总馆驻场，开馆日9:00至21:00在岗，分馆故障按第六条时限到场处理。
（2）巡检：每月对全部设备巡检一次，每季度对安全门灵敏度、借还机读写准确性进行测试并记录。
（3）软件：及时安装馆藏管理系统补丁，版本升级须事先经甲方书面确认，并在闭馆时段实施。
（4）报告：每月5日前提交上月运维月报，每季度提交季度运维报告。
（5）人员：乙方驻场工程师应具备RFID设备维修经验，名单报甲方备案；更换驻场人员须提前10日书面告知并经甲方同意，新旧人员交接期不少于3个工作日。
（6）备件：乙方应在总馆存放借还机主板、读写器、触摸屏、安全门天线等常用备件，备件清单每季度报甲方核对，更换下来的旧件由甲方确认后处理。
（7）行为规范：乙方人员应遵守图书馆管理制度，维修作业应避开读者高峰时段。

第六条 故障响应
（1）一级故障（总馆或任一分馆的借还服务全部中断，或馆藏管理系统服务端故障）：乙方接报后30分钟内响应，2小时内到场，当日闭馆前恢复。
（2）二级故障（单台设备无法使用）：2小时内响应，次日开馆前修复或以备机替换。
（3）三级故障（不影响借还的一般问题）：3个工作日内处理。
（4）乙方未按时响应或修复的，一级故障每超时1小时扣减服务费¥500，二级故障每超时1日扣减¥200，从当季服务费中扣除。

第七条 考核与验收
（1）甲方每季度按磋商文件所附考核表对乙方服务进行考核，考核内容包括故障响应及修复时限、巡检记录、备件更换记录、读者投诉和月报质量。
（2）季度考核得分低于80分的，甲方可扣减当季服务费的5%；连续两个季度低于80分的，甲方有权解除合同。
（3）服务期满后，甲方组织年度验收，验收标准为：全年考核记录完整、设备台账与实物一致、全部运维文档已移交、无未关闭的一级故障。
（4）季度考核扣款与第六条故障扣款合并计算，季度扣款总额不超过当季服务费的10%。

第八条 数据安全
（1）读者身份信息、借阅记录、馆藏数据及系统日志归甲方所有，乙方仅能为履行运维服务在甲方现场查看，不得复制、导出或用于其他目的。
（2）乙方人员使用甲方分配的专用账号，不得使用移动存储介质；更换下来的设备存储部件由甲方留存或当场销毁。
（3）发生读者信息泄露等数据安全事件的，乙方应在2小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部法律责任和赔偿责任。

第九条 保密
乙方及其人员对服务中接触的读者信息、系统账号密码和甲方内部资料负有保密义务，保密义务在合同终止后继续有效。

第十条 知识产权
乙方在服务期内形成的运维文档、配置记录、脚本和报告归甲方所有，甲方可自由使用和修改。

第十一条 分包
乙方不得将本合同项下的服务转包或分包。

第十二条 合同解除
乙方严重违反本合同约定，经甲方书面通知后10日内仍未纠正的，甲方有权解除本合同，并按实际服务期结算费用。

第十三条 合同期满
本合同期满自动终止，不自动续期。甲方如需继续采购，将依法另行组织采购。

第十四条 服务交接
服务期满或合同解除时，乙方应配合甲方或新服务商完成交接，移交设备台账、备件库存、系统账号和运维文档，交接期不少于10日，交接期间乙方应继续保障服务。

第十五条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，协商不成的，向甲方所在地人民法院起诉。

第十六条 其他约定
（1）因不可抗力不能履行合同的，受影响一方应及时通知对方并在10日内提供证明，双方可协商延期履行、部分履行或解除合同。
（2）本合同的变更须经双方协商一致并签订书面补充协议；补充协议与本合同具有同等效力，不一致的以补充协议为准。
（3）乙方不得向甲方人员提供回扣、礼品、宴请或其他不正当利益，一经发现，甲方有权解除合同并要求乙方赔偿损失。
（4）乙方应为驻场人员缴纳社会保险并购买意外伤害保险，乙方人员在服务中发生的人身伤害由乙方负责。
（5）乙方应在服务期开始前向甲方提交运维服务方案，包括人员安排、巡检计划、备件清单、应急预案和考核自评办法，经甲方确认后执行。
（6）遇重大活动或阅读推广活动期间，乙方应根据甲方通知增派技术人员现场保障，增派人员费用已包含在合同总价中。
（7）乙方应按季度向甲方提交设备运行分析，提出设备更新或优化建议，供甲方决策参考。
（8）乙方应配合甲方做好读者满意度调查，对读者反映的设备问题在3个工作日内书面答复，并将处理结果纳入月报。

第十七条 其他
本合同一式四份，甲方执三份，乙方执一份，自双方签字盖章之日起生效。磋商文件、响应文件和成交通知书为本合同的组成部分。

甲方：临川市图书馆（盖章）　　代表：________
乙方：书联智能设备服务有限公司（盖章）　　代表：________
签订日期：2025年12月　日
"""

Z05 = """# 酿智发酵管理系统软件许可及定制开发合同

> 酿智软件标准合同文本 V3.0

合同编号：NZ-XS-2026-0087

甲方（用户）：鲁源酱油酿造有限公司

乙方（供方）：济南酿智软件有限公司

甲方拟建设酱油酿造发酵管理信息系统，乙方为酿造行业提供发酵管理软件。双方根据《中华人民共和国民法典》，经友好协商，签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供"酿智发酵管理系统"标准版软件的永久使用许可，模块包括：制曲管理、发酵罐在线监控、原料及批次追溯、质检管理、能耗统计。

1.2 乙方根据甲方需求进行定制开发，内容包括：与甲方发酵车间DCS系统的数据接口、与甲方ERP系统的物料接口、酱油工艺配方管理模块。

1.3 乙方负责系统安装部署、数据初始化和用户培训。

1.4 乙方提供的标准版软件功能以附件《功能清单》为准，清单以外的功能需求另行协商。

1.5 甲方负责提供服务器、操作系统、数据库及网络环境，并确保乙方实施人员能够进入发酵车间和中控室。

## 第二条 合同价款

| 序号 | 项目 | 数量 | 金额（元） |
|---|---|---|---|
| 1 | 酿智发酵管理系统标准版软件许可 | 1套 | 1,160,000 |
| 2 | 定制开发（DCS接口、ERP接口、配方管理模块） | 1项 | 236,000 |
| 3 | 安装实施及培训 | 1项 | 64,000 |
| | 合计 | | 1,460,000 |

合同总价为人民币壹佰肆拾陆万元整（¥1,460,000），含税。

## 第三条 付款方式

3.1 合同签订后5个工作日内，甲方支付合同总价的55%作为预付款，乙方收到预付款后开始工作。

3.2 系统上线运行后10个工作日内，甲方支付合同总价的35%。

3.3 系统验收合格后10个工作日内，甲方支付合同总价的10%。

## 第四条 交付

4.1 乙方在收到预付款后120日内完成系统安装和定制开发，并通知甲方上线。因甲方现场条件、需求变更或配合不及时造成的延误，交付期限相应顺延。

4.2 乙方实施人员进入甲方生产区域，应遵守甲方食品生产卫生和安全管理规定。

4.3 甲方应指定项目负责人，负责需求确认和验收组织。因甲方需求变更导致工作量增加的，乙方有权另行收取费用。

## 第五条 验收

5.1 系统上线运行满30日后，双方按附件《功能清单》逐项测试，功能全部实现且DCS接口数据与现场仪表读数一致的，即为验收合格，双方签署验收报告。

5.2 甲方应在乙方提交验收申请后10日内组织验收。

## 第六条 免费维护

6.1 自验收合格之日起，乙方提供六个月的免费维护服务，包括缺陷修复和远程技术支持。

6.2 维护期内乙方通过电话、远程方式提供技术支持，乙方将尽合理努力及时处理甲方提出的问题。

6.3 因甲方操作不当、擅自修改程序、硬件故障或第三方系统原因造成的问题，不属于免费维护范围，乙方可按人天收取服务费，每人天¥2,800。

6.4 乙方对定制开发部分的缺陷修复以验收时确认的需求说明为准。

## 第七条 后续维护

7.1 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订年度维护合同，年度维护费按软件许可费的22%计取，即每服务年度¥255,200。

7.2 维护期内乙方提供软件缺陷修复、版本升级和远程技术支持。

7.3 维护费在每个维护服务年度开始前一次性支付。乙方提供现场服务的，差旅费由甲方承担。

## 第八条 知识产权

8.1 本合同项下软件及乙方为甲方定制开发的接口程序、配方管理模块及相关文档的全部知识产权均归乙方所有。

8.2 甲方在本合同范围内享有上述定制成果的非独占使用权，未经乙方书面许可，不得修改、反向工程或提供给第三方使用。

## 第九条 数据

9.1 甲方在系统中录入和产生的生产数据归甲方所有。

9.2 乙方应对其接触的甲方数据采取访问控制、加密传输和操作日志记录等安全措施，未经甲方许可不得向第三方提供；因乙方原因导致甲方数据泄露的，乙方应及时通知甲方并承担相应的赔偿责任。

9.3 甲方同意，乙方可对甲方发酵工艺数据、质检数据进行脱敏处理后，用于乙方产品优化及行业工艺模型的研发，该使用不受合同期限限制。

## 第十条 保密

双方对在合作中获知的对方商业秘密和技术秘密负有保密义务，保密期限为合同终止后三年。

## 第十一条 违约责任

11.1 乙方逾期交付的，每逾期一日按合同总价的万分之二支付违约金，违约金总额不超过合同总价的5%。

11.2 甲方逾期付款的，每逾期一日按应付未付金额的千分之一支付违约金，且乙方有权暂停服务。

11.3 乙方在本合同项下承担的全部赔偿责任（含违约金）累计不超过合同总价的20%，乙方不承担甲方的间接损失、利润损失和停产损失。

11.4 因不可抗力导致不能履行合同的，双方互不承担违约责任。

## 第十二条 合同解除

12.1 任何一方严重违约，经对方书面催告后30日内仍未纠正的，守约方有权解除本合同。

12.2 合同解除后，乙方应就已完成部分向甲方交付相应成果，双方按已完成工作量结算。

12.3 本合同的变更须经双方协商一致并签订书面补充协议；补充协议与本合同具有同等效力，不一致的以补充协议为准。

12.4 甲方应按时支付维护费，未按时支付的，乙方有权暂停维护服务，直至甲方付清款项。

12.5 乙方有权在其宣传材料和客户名单中使用甲方名称及项目案例，甲方书面反对的除外。

12.6 本合同未尽事宜，以乙方官方网站公布的服务说明为准。

12.7 乙方可根据产品规划对标准版软件进行版本升级，升级后界面和功能可能发生变化，甲方应配合完成升级。

12.8 甲方向乙方提出的需求、问题和意见，乙方有权用于改进其产品，且不因此向甲方承担任何义务。

12.9 本合同项下的通知以电子邮件方式发出，发出即视为送达。

12.10 甲方人员应按乙方提供的操作手册使用系统，因甲方人员误操作造成的数据错误由甲方自行负责。

12.11 甲方应妥善保管系统账号和密码，因甲方账号管理不善造成的损失由甲方承担。

## 第十三条 争议解决

因本合同发生的争议，双方协商解决；协商不成的，任何一方可向乙方所在地人民法院起诉。

## 第十四条 其他

14.1 本合同附件《功能清单》《定制开发需求说明》为合同组成部分。

14.2 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：鲁源酱油酿造有限公司　　代表：________

乙方（盖章）：济南酿智软件有限公司　　代表：________

日期：2026年　月　日
"""

E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. KV-CN-2026-004
P:This Software Licence and Services Agreement (the "Agreement") is made on the date of the last signature below between:
P:(1) Kvitsøy Maritime Software AS, a company registered in Norway with its office at Strandkaien 12, 4005 Stavanger, Norway (the "Supplier"); and
P:(2) Dalian Haixing Ship Management Co., Ltd., a company incorporated in the People's Republic of China with its office in Zhongshan District, Dalian, Liaoning Province (the "Customer").
P:Recitals. (A) The Customer manages a fleet of 40 bulk carriers and product tankers and wishes to replace its planned-maintenance and inspection tools. (B) The Supplier develops and licenses the SeaPlan fleet maintenance software. (C) The parties wish to set out the terms on which the Supplier grants perpetual licences and performs implementation, training and support services.
H:Article 1 Definitions
P:1.1 "Software" means the SeaPlan Fleet Maintenance module, the SeaPlan Office Server and the SeaPlan Mobile Inspection application, in object code, with their documentation.
P:1.2 "Custom Deliverables" means the interfaces, report templates, data conversion scripts and configurations created by the Supplier specifically for the Customer under this Agreement.
P:1.3 "Final Acceptance" means the Customer's written confirmation under Article 6.3 that the system has passed the acceptance tests.
P:1.4 "Customer Data" means all vessel, crew, maintenance, inspection and spare-parts data entered into or generated by the Software.
H:Article 2 Licence
P:2.1 The Supplier grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software for the vessels and users listed in Schedule 1, at its offices in China and on board its managed vessels.
P:2.2 The Customer may make copies of the Software for backup, testing and disaster recovery. Additional vessels or users may be added at the unit prices in Schedule 1 for the first three Support Years after Final Acceptance.
H:Article 3 Prices
P:3.1 At the Customer's request all prices are stated and invoiced in Chinese yuan (CNY). The Contract Price is CNY 1,676,000, made up as follows:
TB:Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:SeaPlan Fleet Maintenance vessel licence|40 vessels|21,500|860,000
TB:SeaPlan Office Server licence|1|214,000|214,000
TB:SeaPlan Mobile Inspection user licence|60 users|2,900|174,000
TB:Licence Subtotal|||1,248,000
TB:Implementation and data migration|1 lot||386,000
TB:Training (Dalian office and two vessel visits)|1 lot||42,000
TB:Contract Price|||1,676,000
P:3.2 The Contract Price is fixed and includes all taxes, travel and expenses of the Supplier's personnel.
H:Article 4 Payment
P:4.1 20% of the Contract Price within 20 days after signature, against the Supplier's invoice.
P:4.2 45% of the Contract Price within 20 days after Go-Live, being the first day on which the Software is used in production for the whole fleet. Go-Live is not acceptance.
P:4.3 35% of the Contract Price within 20 days after Final Acceptance.
H:Article 5 Delivery and Implementation
P:5.1 The Supplier shall deliver the Software within 15 days after signature and complete the implementation so that the system is ready for acceptance testing within 150 days after signature.
P:5.2 Implementation includes installation on the Customer's servers in Dalian, configuration of the maintenance plans for all 40 vessels, migration of the maintenance history from the Customer's current spreadsheets and legacy database, interfaces to the Customer's purchasing system, and set-up of the mobile inspection application.
P:5.3 If the Supplier fails to have the system ready for acceptance testing by the date in Article 5.1 for reasons attributable to it, the Supplier shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
H:Article 6 Acceptance
P:6.1 The acceptance tests are set out in Schedule 2 and include: (a) every function in the functional specification works as described; (b) the migrated maintenance history of every vessel reconciles with the source records; (c) the interface to the purchasing system transfers requisitions without error for ten consecutive working days; (d) the mobile application synchronises inspection reports from vessels at sea within the agreed time; and (e) no Severity 1 or Severity 2 defect is open.
P:6.2 The tests are run jointly. The Supplier shall correct any failure and repeat the tests within 15 days.
P:6.3 When all tests are passed, the Customer shall issue a Final Acceptance certificate within 10 working days. Installation, Go-Live, use of the Software or payment does not amount to acceptance.
H:Article 7 Warranty
P:7.1 The Supplier warrants that the Software and the Custom Deliverables will perform in accordance with their documentation for 18 months after Final Acceptance (the "Warranty Period").
P:7.2 During the Warranty Period the Supplier shall correct all defects free of charge and provide all new versions and updates of the Software.
H:Article 8 Support After the Warranty Period
P:8.1 After the Warranty Period the Customer may order annual support. The Annual Support Fee is 13% of the Licence Subtotal, being CNY 162,240 per Support Year, and is fixed for the first three Support Years. Any later change requires written agreement and shall not exceed 3% per Support Year.
P:8.2 Support is ordered by purchase order for each Support Year and does not renew automatically.
H:Article 9 Service Levels
P:9.1 During the Warranty Period and any Support Year, the Supplier shall respond to incidents as follows: Severity 1 (the system is unavailable to the office or to more than five vessels): response within 1 hour, workaround within 8 hours; Severity 2 (a major function is impaired): response within 2 hours, workaround within 2 working days; Severity 3: response within 1 working day.
P:9.2 For each full hour by which a Severity 1 response or workaround is late, the Supplier shall credit CNY 1,500 against the next payment or Annual Support Fee.
H:Article 10 Intellectual Property
P:10.1 The Software remains the property of the Supplier and its licensors.
P:10.2 All rights in the Custom Deliverables vest in the Customer on creation. The Supplier shall deliver their source code and documentation at Final Acceptance, and the Customer may use, modify and license them freely.
H:Article 11 Customer Data and Data Security
P:11.1 Customer Data belongs to the Customer. The Supplier may use it only to perform this Agreement and shall not copy it to any system outside the Customer's control.
P:11.2 Remote access by the Supplier shall be made only through the Customer's VPN with multi-factor authentication, after approval by the Customer's IT department for each session, and shall be logged. The Supplier shall comply with the PRC Data Security Law and Personal Information Protection Law when handling crew personal information.
P:11.3 The Supplier shall notify the Customer of any security incident affecting Customer Data within 12 hours and shall bear the losses and costs caused by any incident attributable to it.
H:Article 12 Confidentiality
P:Each party shall keep confidential all non-public information received from the other party under this Agreement and shall use it only for the purposes of this Agreement, for three years after termination.
H:Article 13 Liability
P:The total liability of each party under this Agreement is limited to 150% of the Contract Price. The limit does not apply to death or personal injury, wilful misconduct, or breach of Articles 11 and 12.
H:Article 14 Subcontracting
P:The Supplier shall not subcontract any part of the services without the Customer's prior written consent and remains responsible for the work of any approved subcontractor.
H:Article 15 Termination
P:15.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after receiving notice of the breach.
P:15.2 The Customer may also terminate if the liquidated damages under Article 5.3 reach their maximum. On termination the Customer retains the licences paid for.
H:Article 16 Governing Law and Arbitration
P:16.1 This Agreement is governed by the laws of Norway.
P:16.2 Any dispute arising out of this Agreement shall be finally settled by arbitration in Oslo under the rules of the Oslo Chamber of Commerce. The language of the arbitration shall be English.
H:Article 16A Compliance
P:16A.1 Each party shall comply with the anti-bribery laws applicable to it and shall not offer or give any payment, gift or advantage to the other party's employees in connection with this Agreement.
P:16A.2 The Supplier shall ensure that the Software delivered to the Customer does not contain any virus, time-lock or other code designed to disable or damage the system, and that export control restrictions do not prevent its use by the Customer.
P:16A.3 Notices under this Agreement shall be in writing and delivered by courier or email to the addresses stated above. A notice by email is received on the next working day after sending.
H:Article 17 General
P:17.1 This Agreement, with Schedule 1 (Licences and Prices) and Schedule 2 (Acceptance Tests), is the entire agreement between the parties. Amendments must be in writing and signed by both parties.
P:17.2 This Agreement is signed in two English originals, one for each party.
P:For Kvitsøy Maritime Software AS: ____________________ Name: Title: Date:
P:For Dalian Haixing Ship Management Co., Ltd.: ____________________ Name: Title: Date:
"""

E02 = """# ORDER FORM — NORRSKEN WORKORDER CLOUD

**Order Form No.** NW-CN-0417
**Supplier:** Norrsken Workflow AB, Storgatan 41, 903 26 Umeå, Sweden ("Norrsken")
**Customer:** Chengdu Jinrong Property Services Co., Ltd., Jinjiang District, Chengdu, Sichuan Province, China ("Customer")

This Order Form is entered into under, and incorporates, the Norrsken General Terms set out below (together, the "Agreement"). If this Order Form and the General Terms conflict, this Order Form prevails.

## Part A — Order Details

**A1. Service.** Norrsken WorkOrder Cloud, a hosted application for maintenance work orders, inspection rounds, asset registers and resident requests, including the mobile app for technicians, the resident request portal and the standard reporting package.

**A2. Subscription Term.** From 1 April 2026 to 31 March 2028, consisting of two Subscription Years (Subscription Year 1: 1 April 2026 to 31 March 2027; Subscription Year 2: 1 April 2027 to 31 March 2028).

**A3. Fees.** At the Customer's request, all fees are stated and invoiced in CNY.

| Item | Quantity | Unit price (CNY) | Amount (CNY) |
|---|---|---|---|
| WorkOrder Cloud user seat, Subscription Year 1 | 420 seats | 640 | 268,800 |
| WorkOrder Cloud user seat, Subscription Year 2 | 420 seats | 640 | 268,800 |
| Onboarding (configuration, data import, integration with Customer's billing system, training) | 1 | 46,400 | 46,400 |
| **Total Fees** | | | **584,000** |

Additional seats may be added at CNY 640 per seat per Subscription Year, pro rata; they are not part of the Total Fees above.

**A4. Invoicing.** Subscription fees are invoiced quarterly in arrears, at the end of each calendar quarter, for the seats provided in that quarter. The onboarding fee is invoiced after Go-Live Acceptance. Invoices are payable within 30 days. No fee is payable before the Service starts.

**A5. Onboarding and Go-Live.** Norrsken shall configure the Service for the Customer's 37 residential and office properties, import the asset registers and open work orders supplied by the Customer, build the interface to the Customer's property billing system and train 40 key users. The target Go-Live date is 1 June 2026.

**A6. Go-Live Acceptance.** Before Go-Live the parties shall run the acceptance tests attached as Exhibit 1, including: all 37 properties configured; imported asset counts reconciled with the Customer's registers; work orders created in the resident portal reaching the technician app within one minute; charges for billable work orders transferred to the billing system without error for five consecutive working days; and all key users trained. The Customer signs a Go-Live Acceptance certificate when the tests are passed. Use of the Service before that date is not acceptance.

**A7. Delay.** If Go-Live Acceptance is not achieved by 1 June 2026 for reasons attributable to Norrsken, Norrsken shall pay CNY 500 for each day of delay, up to CNY 29,200 in total.

**A8. Renewal.** The Subscription Term ends on 31 March 2028. Any renewal requires a new Order Form signed by both parties.

## Part B — General Terms

### Section 1 The Service

1.1 Norrsken shall provide the Service in accordance with the documentation and this Agreement, and shall host it in data centres located in mainland China operated by its hosting partner named in Exhibit 2.

1.2 Norrsken may improve the Service from time to time, provided that no change materially reduces the functions the Customer has subscribed to.

### Section 2 Service Levels

2.1 Availability. The Service shall be available at least 99.95% of each calendar month, excluding maintenance windows announced five days in advance and scheduled between 01:00 and 05:00 China time.

2.2 Support. Norrsken shall respond to incidents reported by the Customer as follows: Priority 1 (the Service is unavailable, or the technician app cannot receive work orders): 30 minutes, with continuous work until restored; Priority 2 (a major function is impaired): 2 hours; Priority 3 (other): 1 business day.

2.3 Service Credits. If availability in a month falls below the level in Section 2.1, the Customer receives a credit of 5% of the monthly subscription fee for each 0.1 percentage point (or part) below it, up to 50% of that month's fee. If a Priority 1 response is late, the Customer receives a credit of CNY 1,000 per incident. Credits are deducted from the next invoice.

### Section 3 Customer Data

3.1 All data that the Customer or its users enter into the Service, including resident contact details, property and asset records and work-order histories ("Customer Data"), belongs to the Customer.

3.2 Norrsken shall use Customer Data only to provide the Service to the Customer and shall not sell it or use it for any other purpose.

3.3 At the end of the Subscription Term Norrsken shall, at the Customer's choice, export the Customer Data in CSV format and then delete it from the Service within 30 days.

### Section 4 Customer Configurations

Workflows, forms, inspection checklists, report layouts and the billing interface mapping created for the Customer ("Customer Configurations") belong to the Customer, which may use, modify and have them used by any third party, including a successor supplier. The Service itself and Norrsken's standard software remain Norrsken's property.

### Section 5 Confidentiality

Each party shall keep the other party's confidential information secret, use it only for this Agreement and disclose it only to employees and advisers who need to know it and are bound by similar duties. This obligation continues for three years after the end of the Agreement.

### Section 6 Subcontracting

Norrsken shall not subcontract any part of the Service, other than the hosting partner named in Exhibit 2, without the Customer's prior written consent. Norrsken remains responsible for all subcontractors.

### Section 7 Fees and Taxes

7.1 Fees are exclusive of VAT, which is added at the applicable rate. Norrsken shall issue valid Chinese VAT invoices through its Chengdu reseller, named in Exhibit 2.

7.2 Fees are fixed for the Subscription Term.

### Section 8 Liability

8.1 Neither party is liable for indirect or consequential loss, loss of profit or loss of business.

8.2 Norrsken's total liability arising out of or in connection with this Agreement in any circumstances is limited to the fees paid or payable by the Customer in the six months preceding the event giving rise to the claim.

### Section 9 Term and Termination

9.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.

9.2 The Customer may terminate by written notice if availability falls below the level in Section 2.1 in any three months of a Subscription Year.

9.3 On termination Norrsken shall refund any fees paid for the period after termination and provide the data export in Section 3.3.

### Section 10 Force Majeure

Neither party is liable for failure to perform caused by events beyond its reasonable control, provided it notifies the other party promptly and takes reasonable steps to limit the effect.

### Section 11 Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute that cannot be settled by negotiation shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai.

### Section 11A Support and Account Management

11A.1 Norrsken shall provide a named customer success manager who holds a quarterly service review with the Customer, covering measured availability, incidents, credits, open requests and planned releases.

11A.2 Norrsken shall announce new releases at least ten days in advance with release notes in Chinese and English. Releases that change the technician app shall be tested with the Customer's key users before they are rolled out.

11A.3 Norrsken shall keep the Service compatible with the current and previous major versions of the iOS and Android operating systems used by the Customer's technicians.

11A.4 Each party shall comply with the anti-bribery laws applicable to it in connection with this Agreement.

11A.5 Neither party may assign this Agreement without the other party's prior written consent, except to an affiliate that takes over the relevant business.

### Section 11B Training and Documentation

11B.1 Onboarding includes two days of on-site training in Chengdu for the Customer's 40 key users and recorded video lessons in Chinese for technicians, which the Customer may use internally without limit.

11B.2 Norrsken shall keep the user documentation, administrator guide and interface description for the billing system up to date throughout the Subscription Term and make them available in Chinese and English.

11B.3 The Customer shall appoint a project lead for onboarding, provide the asset registers and open work orders in the agreed import format, and give Norrsken timely access to its billing system test environment.

### Section 12 General

12.1 Notices must be in writing and sent to the addresses in this Order Form.

12.2 This Agreement is the entire agreement between the parties regarding the Service. It may be amended only in writing signed by both parties.

**Signed for Norrsken Workflow AB:** ____________________ Name / Title / Date

**Signed for Chengdu Jinrong Property Services Co., Ltd.:** ____________________ Name / Title / Date
"""

E03 = """T:PURCHASE CONTRACT FOR WIRELESS TEMPERATURE MONITORING EQUIPMENT
P:Contract No. BH-LOG-2026-031
P:Buyer: Tianjin Binhai Cold Chain Logistics Co., Ltd., No. 18 Haibin Road, Dongjiang Port Area, Tianjin, China (the "Buyer")
P:Supplier: Kaamos Sensing Oy, Teknologiantie 7, 90590 Oulu, Finland (the "Supplier")
P:The Buyer operates a cold-storage warehouse of six chambers and a loading dock at its Dongjiang site (the "Site") and has selected the Supplier, after a competitive tender, to supply and install a wireless temperature and humidity monitoring system. The parties agree as follows, on the Buyer's standard purchase terms.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways, door sensors and server listed in Clause 3.
P:1.2 "Software" means the Supplier's monitoring software licensed under Clause 10.2, including the alarm and reporting functions.
P:1.3 "System" means the Equipment and the Software installed, configured and integrated at the Site.
P:1.4 "Final Acceptance" means the Buyer's written acceptance of the System under Clause 6.
H:2. Scope
P:2.1 The Supplier shall supply, deliver to the Site, install, calibrate and commission the System, integrate it with the Buyer's warehouse management system (WMS) and train the Buyer's staff.
P:2.2 The System shall record temperature and humidity in every chamber at intervals of one minute, raise alarms by SMS, telephone call and app notification, and produce the temperature records required for GSP audits of pharmaceutical and food customers.
H:3. Contract Price
P:3.1 At the Buyer's request the Contract Price is stated in CNY. The Contract Price is CNY 1,200,000, fixed, including all taxes, duties, delivery to the Site and insurance, itemised as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor, calibrated, -40 °C rated|420|1,180|495,600
TB:2|Gateway with 4G backup|24|8,600|206,400
TB:3|Door-open sensor|96|640|61,440
TB:4|Monitoring server with perpetual software licence|1|268,000|268,000
TB:|Hardware and Licence Subtotal|||1,031,440
TB:5|Installation, calibration, commissioning and WMS integration|1 lot||148,560
TB:6|Training|1 lot||20,000
TB:|Contract Price|||1,200,000
H:4. Payment
P:4.1 10% of the Contract Price within 15 days after signature, against the Supplier's bank guarantee for the same amount.
P:4.2 55% of the Contract Price within 30 days after the Installation Certificate is signed. The Installation Certificate records completion of installation only and is not acceptance.
P:4.3 35% of the Contract Price within 30 days after Final Acceptance.
H:5. Delivery and Installation
P:5.1 The Supplier shall deliver all Equipment to the Site within 60 days after signature and complete installation within 30 days after delivery. Installation shall be carried out chamber by chamber so that at least five chambers remain in operation at any time.
P:5.2 If delivery or installation is late for reasons attributable to the Supplier, the Supplier shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
H:6. Acceptance
P:6.1 The acceptance tests are: (a) each sensor compared with a reference thermometer at two temperatures, within ±0.3 °C; (b) readings received from every sensor for 14 consecutive days without a data gap longer than five minutes; (c) alarm tests in every chamber reaching the duty staff by SMS, call and app within two minutes; (d) temperature records transferred to the WMS without error; and (e) the GSP temperature report produced in the Buyer's required format.
P:6.2 After the tests are passed the Buyer shall sign a Final Acceptance certificate within 7 days. Installation, use of the System or any payment is not acceptance. If a test fails, the Supplier shall correct the fault and repeat the test at its own cost.
H:7. Warranty
P:7.1 The Supplier warrants the Equipment and the Software for 36 months after Final Acceptance. During the warranty period it shall repair or replace any defective item free of charge, including batteries of sensors, and recalibrate the sensors once in every Support Year.
P:7.2 A replaced sensor shall be delivered and installed within 3 working days.
H:8. Support After the Warranty
P:8.1 After the warranty period the Buyer may order annual support, which includes repair, replacement, recalibration and software updates. The annual support fee is 7% of the Hardware and Licence Subtotal, being CNY 72,200.80 per Support Year, and is fixed for the first three Support Years after the warranty period.
P:8.2 Support is ordered by the Buyer each Support Year and does not renew automatically.
H:9. Service Levels
P:9.1 The Supplier shall respond to faults reported during the warranty and support periods as follows:
TB:Severity|Description|Response|Restoration
TB:Severity 1|Monitoring or alarms lost for a whole chamber or the Site|30 minutes|8 hours, spare gateway on Site
TB:Severity 2|Several sensors or one gateway not reporting|2 hours|2 working days
TB:Severity 3|Single sensor or reporting issue|1 working day|5 working days
P:9.2 For each hour by which a Severity 1 response or restoration is late, the Supplier shall pay CNY 800, deducted from the next payment, the bank guarantee or the support fee.
H:10. Intellectual Property
P:10.1 Alarm rules, dashboards, report templates and the WMS interface created for the Buyer belong to the Buyer, which may use and modify them freely and have them maintained by any third party.
P:10.2 The Software remains the Supplier's property and is licensed to the Buyer perpetually for use at the Site.
H:11. Data Security
P:11.1 All temperature, humidity, alarm and door records and all data of the Buyer's customers in the System belong to the Buyer. The Supplier may use them only to perform this Contract.
P:11.2 The server is installed at the Site. Remote access by the Supplier is allowed only with the Buyer's approval for each session, through the Buyer's VPN, and is logged. The Supplier shall not copy data outside the Site.
P:11.3 The Supplier shall report any security incident within 12 hours and is liable for all losses caused by an incident attributable to it, including penalties imposed on the Buyer by its customers or authorities.
H:12. Confidentiality
P:Each party shall keep confidential the non-public information of the other party received under this Contract, including the Buyer's customer lists and storage records, during the Contract and for three years after it ends.
H:13. Liability
P:The Supplier's total liability under this Contract is limited to 200% of the Contract Price. The limit does not apply to personal injury, wilful misconduct or breach of Clauses 11 and 12.
H:14. Subcontracting
P:The Supplier shall not subcontract any part of the installation without the Buyer's prior written consent and remains responsible for any approved subcontractor.
H:15. Termination
P:The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after notice, or if the liquidated damages under Clause 5.2 reach their maximum. The Supplier shall then refund the payments received for the parts not accepted.
H:16. Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Tianjin Arbitration Commission for arbitration in Tianjin.
H:16A. Insurance, Safety and Compliance
P:16A.1 The Supplier shall maintain product liability and public liability insurance with a reputable insurer for the duration of installation and the warranty period, and shall provide certificates on request.
P:16A.2 The Supplier's personnel shall follow the Buyer's site safety rules, including rules for work in cold chambers, forklift areas and at height, and shall wear the protective equipment provided. Work inside a chamber requires a permit issued by the Buyer's warehouse manager.
P:16A.3 The Equipment shall carry the certifications required for radio equipment and electrical products in China, and the Supplier shall provide the certificates and calibration records with each delivery.
P:16A.4 Neither party shall offer or give any bribe or improper advantage in connection with this Contract.
P:16A.5 The Supplier shall not assign this Contract without the Buyer's prior written consent.
P:16A.6 Notices shall be in writing and sent to the addresses above by courier or email; a notice by email is received on the next working day.
H:16B. Training and Documentation
P:16B.1 The Supplier shall train the Buyer's warehouse supervisors, quality staff and maintenance technicians at the Site for at least three days, covering daily monitoring, alarm handling, battery replacement, sensor replacement, report generation and basic troubleshooting.
P:16B.2 The Supplier shall deliver, at Final Acceptance, as-built drawings showing the position and number of every sensor and gateway, the configuration backup, calibration certificates for every sensor, user and administrator manuals in Chinese, and a recommended spare parts list with prices valid for three Support Years.
P:16B.3 The Buyer shall provide power outlets, network ports and access to the chambers at the times agreed in the installation plan.
H:17. General
P:This Contract is made in two English originals. The Annexes (Site plan, Technical Specification, Acceptance Test Plan) form part of it.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# MANAGED IT SERVICES AGREEMENT

**Agreement No.** SK-HZ-2026-09

**Between**

**Skovbo Managed Services ApS**, Søndergade 22, 8000 Aarhus C, Denmark (the "Supplier"), and

**Hangzhou Xihu Lakeside Hotels Management Co., Ltd.**, Xihu District, Hangzhou, Zhejiang Province, China (the "Customer").

**Background.** The Customer manages nine hotels in Hangzhou and Shaoxing. It wishes to outsource the operation of its hotel IT infrastructure (networks, guest Wi-Fi, servers, end-user devices and service desk) to the Supplier, which provides managed IT services to hotel groups in Europe and Asia through its Shanghai branch. The parties therefore agree as follows.

## 1. DEFINITIONS

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Commencement Date" means the date on which the Customer signs the transition acceptance certificate under Clause 4.

1.3 "Initial Term" means 36 months from the Service Commencement Date.

1.4 "Customer Data" means all data of the Customer, its guests and its staff processed by the Supplier, including guest registration data, Wi-Fi log-in records, device configurations and logs.

## 2. SERVICES

2.1 The Supplier shall provide the Services at the nine hotels listed in Schedule 1 for the Initial Term, in accordance with the service levels in Schedule 2.

2.2 The Supplier shall operate a service desk in Chinese and English, 24 hours a day, for hotel staff.

## 3. CHARGES AND PAYMENT

3.1 At the Customer's request all charges are stated in CNY. The charges are set out in Schedule 3. The total contract value for the Initial Term is CNY 2,550,000.

3.2 The Monthly Service Charge is invoiced monthly in arrears. The Transition Fee is invoiced after the transition acceptance certificate is signed. No amount is payable in advance.

3.3 The charges are fixed for the Initial Term.

## 4. TRANSITION AND ACCEPTANCE

4.1 The Supplier shall take over the Services from the Customer's current providers within 60 days after signature, following the transition plan in Schedule 1.

4.2 Transition acceptance criteria: (a) an inventory of all network devices, servers and end-user devices reconciled with the Customer's asset register; (b) monitoring in place for every device listed in Schedule 1; (c) runbooks approved by the Customer's IT manager; (d) a 10-day shadow operation with all incidents handled within the service levels; and (e) guest Wi-Fi authentication tested at every hotel.

4.3 When the criteria are met the Customer signs the transition acceptance certificate. Taking over day-to-day operation is not acceptance.

4.4 If the Service Commencement Date is delayed beyond the 60 days for reasons attributable to the Supplier, the Supplier shall pay CNY 2,000 for each day of delay, up to CNY 120,000.

## 5. SERVICE LEVELS AND CREDITS

5.1 The Supplier shall meet the service levels in Schedule 2. Where it does not, the service credits in Schedule 2 apply and are deducted from the next invoice.

5.2 The Supplier shall provide a monthly service report with the measured service levels, incidents and credits.

## 6. CUSTOMER DATA AND SECURITY

6.1 Customer Data belongs to the Customer. The Supplier shall process it only to provide the Services and on the Customer's instructions, and shall not use it for any other purpose.

6.2 The Supplier shall keep Customer Data in mainland China, apply access controls, multi-factor authentication and encrypted remote access, log all administrative access, and comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law.

6.3 The Supplier shall notify the Customer of any security incident within 6 hours, cooperate in the investigation and bear the losses, costs and penalties caused by incidents attributable to it.

## 7. CONFIDENTIALITY

Each party shall keep the other party's confidential information secret and use it only for this Agreement, during the Agreement and for three years after it ends.

## 8. INTELLECTUAL PROPERTY

Runbooks, network diagrams, configurations, scripts and reports prepared for the Customer belong to the Customer, which may use and modify them and give them to a successor provider. The Supplier's monitoring tools remain its property.

## 9. SUBCONTRACTING

9.1 The Supplier may subcontract parts of the Services, including on-site field engineering at the hotels and cabling works, to third parties of its choice by giving the Customer written notice of the subcontractor's name and scope at least 10 days before the subcontractor starts work.

9.2 The Supplier remains responsible for the performance of its subcontractors.

## 10. LIABILITY

The Supplier's total liability under this Agreement is limited to 150% of the total contract value stated in Clause 3.1, except for personal injury, wilful misconduct and breach of Clauses 6 and 7, which are unlimited.

## 11. TERM AND TERMINATION

11.1 This Agreement starts on signature and ends at the end of the Initial Term. It may be extended only by a written agreement signed by both parties.

11.2 The Customer may not terminate this Agreement before the end of the Initial Term. If the Supplier fails to perform its obligations, the Customer's remedies are the service credits under Schedule 2 and damages under Clause 10.

11.3 Either party may terminate this Agreement by written notice if the other party becomes insolvent or ceases business.

11.4 At the end of the Agreement the Supplier shall provide exit assistance for up to 60 days at no extra charge, including the return of all Customer Data and documentation.

## 11A. GOVERNANCE AND GENERAL

11A.1 The parties shall hold a monthly service review, attended by the Customer's IT manager and the Supplier's service delivery manager, to review the service report, open incidents, changes and improvement actions.

11A.2 Changes to the scope of the Services shall be agreed through the change procedure in Schedule 1 and recorded in a written change note signed by both parties before any work starts.

11A.3 The Supplier shall maintain professional indemnity and public liability insurance for the duration of the Agreement and provide certificates on request.

11A.4 Each party shall comply with the anti-bribery laws applicable to it, and neither party shall offer any improper advantage to the other party's staff.

11A.5 Neither party may assign this Agreement without the other party's prior written consent.

11A.6 Notices shall be in writing and sent to the addresses above; notices by email are received on the next business day.

## 11B. PERSONNEL

11B.1 The Supplier shall assign a service delivery manager fluent in Chinese, based in Hangzhou, as the Customer's single point of contact, and shall not replace key personnel named in Schedule 1 without giving the Customer reasonable prior notice and a suitable replacement.

11B.2 On-site engineers shall follow the hotels' rules on guest privacy, dress and conduct, and shall carry identification at all times. The Customer may require the removal of any engineer who breaches these rules, and the Supplier shall provide a replacement within five business days.

## 12. GOVERNING LAW AND DISPUTES

This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Hangzhou Arbitration Commission for arbitration in Hangzhou.

## SCHEDULE 1 — SERVICES AND SITES

| Service element | Scope |
|---|---|
| Network operation | Core and access switches, firewalls and routers at nine hotels; 24x7 monitoring |
| Guest Wi-Fi | 1,460 access points, guest portal and authentication; real-name registration as required by law |
| Servers | 22 on-premise servers (property management, point of sale, door locks), patching and backup |
| End-user devices | 640 PCs and 180 tablets, imaging, patching and repair |
| Service desk | Chinese and English, 24x7, telephone, email and portal |
| On-site support | One engineer per hotel cluster (three clusters), 08:00–20:00 daily |

## SCHEDULE 2 — SERVICE LEVELS AND CREDITS

| Priority | Example | Response | Restoration | Credit if missed |
|---|---|---|---|---|
| P1 | Property management system or guest Wi-Fi down at a hotel | 15 minutes | 3 hours | CNY 2,000 per incident plus CNY 500 per hour late |
| P2 | Part of a hotel network or a key server impaired | 30 minutes | 8 hours | CNY 800 per incident |
| P3 | Single device or user problem | 2 hours | 2 business days | CNY 100 per incident |

| Measure | Target | Credit if missed |
|---|---|---|
| Core network availability per hotel per month | 99.95% | 5% of the Monthly Service Charge per 0.1 percentage point (or part) below target |
| Average time to answer service desk calls | 60 seconds or less | 2% of the Monthly Service Charge |

## SCHEDULE 3 — CHARGES

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Monthly Service Charge | 36 months × CNY 68,500 | 2,466,000 |
| Transition Fee | One-time | 84,000 |
| **Total contract value (Initial Term)** | | **2,550,000** |

**Signed for Skovbo Managed Services ApS:** ____________________ Name / Title / Date

**Signed for Hangzhou Xihu Lakeside Hotels Management Co., Ltd.:** ____________________ Name / Title / Date
"""

E05 = """MARINE WEATHER DATA API SUBSCRIPTION AGREEMENT

Agreement No.: HG-API-2026-118

PARTIES

Hafgola Data ehf., Strandgata 29, 600 Akureyri, Iceland ("Provider"); and

Fujian Ningde Haiyun Aquaculture Co., Ltd., Jiaocheng District, Ningde, Fujian Province, China ("Customer").

BACKGROUND

The Customer operates offshore fish and abalone farms along the coast of Ningde and a fleet of work boats. It needs forecast and observed marine weather data (wind, waves, currents, sea temperature and storm warnings) for its farm sites and boat routes. The Provider operates a marine weather data platform and makes its data available through an application programming interface (the "API"). The parties agree as follows.

DEFINITIONS

"Data" means the forecast, observed and derived marine weather data delivered through the API.
"Subscription Year" means each of the two periods of the Subscription Term: 1 July 2026 to 30 June 2027, and 1 July 2027 to 30 June 2028.
"Subscription Term" means the period from 1 July 2026 to 30 June 2028.
"Customer Materials" means the farm site coordinates, boat positions, alert thresholds and other information the Customer sends to the API, and the alert rules and integration code prepared for the Customer.

SUBSCRIPTION

The Provider grants the Customer a non-exclusive, non-transferable right during the Subscription Term to access the API and to use the Data for its own farm and boat operations, including display to its staff and contractors, storage in its own systems and use in its own reports. The Customer may not resell the Data.

The subscription covers 28 farm sites, up to 40 boats and up to 2,000,000 API calls per month. Calls above the monthly quota are charged at CNY 60 per 100,000 calls, invoiced quarterly in arrears; such usage charges are not part of the Total Fees.

FEES AND PAYMENT

At the Customer's request all fees are in CNY:

    Item                                           Amount (CNY)
    Subscription fee, Subscription Year 1          186,000
    Subscription fee, Subscription Year 2          186,000
    Integration support (one-time)                  18,000
    Total Fees                                     390,000

The subscription fee for each Subscription Year is invoiced in four equal quarterly instalments at the end of each quarter, in arrears. The integration support fee is invoiced after Integration Acceptance. Invoices are payable within 30 days of receipt. Fees are fixed for the Subscription Term and include taxes.

INTEGRATION AND ACCEPTANCE

The Provider shall help the Customer connect the API to the Customer's farm operations dashboard and boat dispatch system, configure the farm sites and alert rules, and train the Customer's operations team. The target date for Integration Acceptance is 15 August 2026, and the Provider will use reasonable efforts to meet it.

Integration Acceptance takes place when the following tests, run jointly, are passed: (a) forecasts for all 28 farm sites and the agreed boat routes are returned by the API and displayed correctly in the Customer's dashboard; (b) storm and high-wave alerts are delivered to the dispatch system within five minutes of issue in a test run; (c) historical data for the agreed period is loaded without gaps; and (d) the Customer's operations team has completed training. The Customer confirms acceptance in writing. Access to the API during integration is not acceptance.

SERVICE LEVELS

Availability: the API shall be available at least 99.5% of each calendar month, measured by the Provider's monitoring at five-minute intervals, excluding maintenance announced 48 hours in advance.

Support: the Provider shall respond to incidents reported by the Customer through its support portal or hotline as follows: Priority 1 (the API is unavailable or storm alerts are not delivered): within 2 hours, at any time; Priority 2 (delayed or incomplete data): within 8 business hours; Priority 3 (questions and other issues): within 2 business days.

Remedies: the service levels above are targets. No service credits, fee reductions, penalties or other compensation apply if they are not met. The Provider shall report the measured availability each quarter and explain any incident that affected the Customer.

DATA QUALITY

The Data is forecast and model data and may differ from actual conditions. The Provider shall use recognised meteorological methods and sources and correct any error in the Data promptly once notified. The Customer remains responsible for its operational decisions.

CUSTOMER MATERIALS AND DATA SECURITY

Customer Materials belong to the Customer. The Provider shall use them only to provide the API and Data to the Customer and shall not use them for any other purpose, disclose them or combine them with other customers' data.

The Provider shall protect Customer Materials with encryption in transit and at rest, access limited to named support staff, logging of access and regular security testing. Customer Materials are stored on servers in mainland China operated by the Provider's hosting partner.

The Provider shall notify the Customer of any security incident affecting Customer Materials within 24 hours, take all reasonable measures to contain it, and bear the losses and costs caused by any incident attributable to the Provider or its hosting partner.

At the end of the Subscription Term the Provider shall return or delete the Customer Materials, at the Customer's choice, within 30 days.

INTELLECTUAL PROPERTY

The Data, the API and the Provider's platform remain the property of the Provider and its data sources. The alert rules and integration code prepared for the Customer belong to the Customer, which may use, modify and have them used by third parties.

CONFIDENTIALITY

Each party shall keep confidential the non-public information of the other party received under this Agreement, use it only for this Agreement and protect it with reasonable care, during the Subscription Term and for three years after it ends.

SUBCONTRACTING

The Provider shall not subcontract its obligations under this Agreement, other than hosting by the hosting partner named in Annex 1, without the Customer's prior written consent. The Provider remains responsible for the hosting partner and any approved subcontractor.

LIABILITY

Neither party is liable for indirect or consequential loss or loss of profit. The Provider's total liability under this Agreement is limited to twice the Total Fees. The limit does not apply to breach of the sections on Customer Materials and data security or confidentiality, or to wilful misconduct.

TERM AND TERMINATION

This Agreement runs for the Subscription Term and ends on 30 June 2028 without renewal; any further subscription requires a new agreement. Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice. On termination by the Customer for the Provider's breach, the Provider shall refund fees paid for the period after termination.

FORCE MAJEURE

Neither party is liable for delay or failure caused by events beyond its reasonable control, including failures of public satellite or observation networks, provided it notifies the other party without delay.

GOVERNING LAW AND DISPUTES

At the Customer's request, this Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Xiamen Arbitration Commission for arbitration in Xiamen.

SUPPORT AND REPORTING

The Provider shall give the Customer a named account manager and a technical contact, available in English and Chinese during Ningde business hours. The Provider shall report the measured availability, API response times, incidents and usage against the monthly quota each quarter, and shall hold a review meeting with the Customer each Subscription Year.

The Provider shall announce changes to the API at least 30 days in advance and shall keep the previous version of the API available for at least 90 days after a new version is released.

CUSTOMER RESPONSIBILITIES

The Customer shall keep its API keys secure, use the API within the monthly quota and the documented rate limits, and inform the Provider promptly of any change to its farm sites or boat routes. The Customer shall provide a technical contact for integration, give the Provider access to a test environment of its dashboard and dispatch system, and take part in the acceptance tests on the agreed dates. Additional farm sites may be added at CNY 4,200 per site per Subscription Year, pro rata, by a written order.

COMPLIANCE AND NOTICES

Each party shall comply with the anti-bribery and export control laws applicable to it. Neither party may assign this Agreement without the other party's prior written consent. Notices shall be in writing and sent by courier or email to the addresses above; a notice sent by email is received on the next business day.

GENERAL

This Agreement, with Annex 1 (Hosting Partner and Security Measures) and Annex 2 (Sites and Routes), is the entire agreement between the parties. Amendments must be in writing and signed by both parties. It is signed in two English originals.

For Hafgola Data ehf.: ____________________ Name / Title / Date

For Fujian Ningde Haiyun Aquaculture Co., Ltd.: ____________________ Name / Title / Date
"""

SOURCES = {"h538z01": Z01, "h538z02": Z02, "h538z03": Z03, "h538z04": Z04, "h538z05": Z05,
           "h538e01": E01, "h538e02": E02, "h538e03": E03, "h538e04": E04, "h538e05": E05}
NAMES = {"h538z01": ("h538z01_weather_bureau_warning_platform.pdf", "pdf"),
         "h538z02": ("h538z02_glass_plant_annealing_lehr_control.docx", "docx"),
         "h538z03": ("h538z03_optical_chain_optometry_saas.txt", "txt"),
         "h538z04": ("h538z04_library_self_checkout_maintenance.txt", "txt"),
         "h538z05": ("h538z05_soy_sauce_fermentation_supplier_template.md", "md"),
         "h538e01": ("h538e01_norway_ship_maintenance_licence.pdf", "pdf"),
         "h538e02": ("h538e02_sweden_workorder_saas_order_form.md", "md"),
         "h538e03": ("h538e03_finland_cold_store_sensors.docx", "docx"),
         "h538e04": ("h538e04_denmark_hotel_managed_it.md", "md"),
         "h538e05": ("h538e05_iceland_marine_weather_api.txt", "txt")}
KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
# compliant defaults (buyer-friendly), overridden per draft
BASE = dict(availability_pct=None, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
            buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None, liability_cap_pct=None,
            prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=True, warranty_months=None,
            post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
            subcontract_without_consent=False, governing_law="PRC", contract_kind="goods_or_licence")
D = {}  # key -> (lang, category, terms, extra, fee_base, design rules)
D["h538z01"] = ("zh", "software", dict(availability_pct=99.95, ld_rate_per_day_pct=0.03, prepayment_pct=20,
                warranty_months=36, post_warranty_fee_pct=8, confidentiality=False),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                     contract_value=2108000), 1280000, ["CR-CONFIDENTIALITY", "CR-LD-LOW"])
D["h538z02"] = ("zh", "hardware", dict(p1_response_hours=8, ld_rate_per_day_pct=0.1, prepayment_pct=20,
                acceptance_clause=False, final_payment_on_acceptance=False, warranty_months=24, post_warranty_fee_pct=9),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=True,
                     contract_value=1821000), 1613200, ["CR-ACCEPTANCE", "CR-SLA-RESPONSE"])
D["h538z03"] = ("zh", "cloud", dict(availability_pct=99.95, buyer_owns_data=False, ld_rate_per_day_pct=900 / 1170000 * 100,
                liability_cap_pct=150, final_payment_on_acceptance=None, auto_renewal_price_increase=True,
                contract_kind="service"),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1170000), None,
                ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP"])
D["h538z04"] = ("zh", "services", dict(ld_rate_per_day_pct=500 / 423000 * 100, final_payment_on_acceptance=None,
                contract_kind="service"),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=423000), None, [])
D["h538z05"] = ("zh", "software", dict(p1_response_hours=None, sla_remedy=False, ip_owner="supplier", buyer_owns_data=False,
                ld_rate_per_day_pct=0.02, liability_cap_pct=20, prepayment_pct=55, warranty_months=6,
                post_warranty_fee_pct=22, subcontract_without_consent=None, governing_law=None),
                dict(sla_clause=False, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                     contract_value=1460000), 1160000,
                ["CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
                 "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"])
D["h538e01"] = ("en", "software", dict(p1_response_hours=1, ld_rate_per_day_pct=0.1, liability_cap_pct=150, prepayment_pct=20,
                warranty_months=18, post_warranty_fee_pct=13, governing_law="Norway"),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                     contract_value=1676000), 1248000, ["CR-GOVERNING-LAW"])
D["h538e02"] = ("en", "cloud", dict(availability_pct=99.95, data_security_clause=False, ld_rate_per_day_pct=500 / 584000 * 100,
                liability_cap_pct=6 / 24 * 100, final_payment_on_acceptance=None, contract_kind="service"),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=584000), None,
                ["CR-DATA-SECURITY", "CR-LIABILITY-CAP"])
D["h538e03"] = ("en", "hardware", dict(ld_rate_per_day_pct=0.1, liability_cap_pct=200, prepayment_pct=10, warranty_months=36,
                post_warranty_fee_pct=7),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                     contract_value=1200000), 1031440, [])
D["h538e04"] = ("en", "services", dict(availability_pct=99.95, p1_response_hours=0.25, ld_rate_per_day_pct=2000 / 2550000 * 100,
                liability_cap_pct=150, final_payment_on_acceptance=None, termination_for_breach=False,
                subcontract_without_consent=True, contract_kind="service"),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=2550000), None,
                ["CR-SUBCONTRACT", "CR-TERMINATION"])
D["h538e05"] = ("en", "cloud", dict(availability_pct=99.5, p1_response_hours=2, sla_remedy=False, liability_cap_pct=200,
                final_payment_on_acceptance=None, contract_kind="service"),
                dict(sla_clause=True, ld_stated=False, acceptance_deemed_on_delivery=False, contract_value=390000), None,
                ["CR-LD-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-NO-REMEDY"])

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
SEV = {"CR-SLA-MISSING": "high", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high", "CR-LD-MISSING": "high",
       "CR-ACCEPTANCE": "high", "CR-POST-WARRANTY-FEE": "high", "CR-GOVERNING-LAW": "low"}


def tco_share(t, x, fee_base, horizon=5):
    """Policy section 4: horizon from acceptance; post-warranty years = horizon - warranty years (pro rata)."""
    if t["contract_kind"] != "goods_or_licence" or t["post_warranty_fee_pct"] is None or not x.get("post_warranty_fee_capped"):
        return None
    years = max(0.0, horizon - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * fee_base
    return fees / (x["contract_value"] + fees) * 100


def derive(t, x, fee_base):
    """My own reading of policy.md section 3, applied to a label."""
    r = set()
    goods = t["contract_kind"] == "goods_or_licence"
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
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods and (t["warranty_months"] is None or t["warranty_months"] < 12):
        r.add("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not x.get("post_warranty_fee_capped") or t["post_warranty_fee_pct"] > 15):
        r.add("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC"):  # every forum in this set is mainland except e01's Oslo seat
        r.add("CR-GOVERNING-LAW")
    s = tco_share(t, x, fee_base)
    if s is not None and s > 40:
        r.add("CR-TCO-SERVICE-SHARE")
    return sorted(r)


def risk(rules):
    sev = [SEV.get(r, "medium") for r in rules]
    return "high" if "high" in sev else ("medium" if "medium" in sev else "low")


THRESH = {v: k for k, v in {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05,
                            "liability_cap_pct": 100, "prepayment_pct": 30, "warranty_months": 12,
                            "post_warranty_fee_pct": 15}.items()}
LIMITS = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
          "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}

N = r"(?<![\d.])"
BAD = [N + r"99\.90*(?![\d])\s*(%|％|per\s*cent)?", N + r"4\s*(小时|个小时|hours?|hrs?\b)", r"(?<!十)四\s*(个)?小时",
       r"(?<![-])four\s*-?\s*hours?", N + r"240\s*(分钟|minutes?)", N + r"0\.050*(?!\d)", r"万分之五(?![十百千])",
       N + r"100(\.0+)?\s*(%|％|per\s*cent)", r"百分之(一)?百", N + r"30(\.0+)?\s*(%|％|per\s*cent)", r"百分之三十(?![一二三四五六七八九])",
       r"三成", N + r"12\s*(个月|months?)", r"十二\s*个月", r"twelve\s*-?\s*months?", r"一年", r"(?<![a-z])one\s*-?\s*years?",
       N + r"1\s*-?\s*(年|years?\b)", N + r"15(\.0+)?\s*(%|％|per\s*cent)", r"百分之十五(?![点.])", N + r"40(\.0+)?\s*(%|％|per\s*cent)",
       r"百分之四十(?![一二三四五六七八九])", r"四成", N + r"5\s*-?\s*(年|years?\b)", r"(?<![十])五\s*年", r"five\s*-?\s*years?",
       N + r"60\s*-?\s*(个月|months?)", r"六十\s*个月", r"sixty\s*-?\s*months?"]
BAD_RE = [re.compile(p, re.I) for p in BAD]
MUST_HIT = ["99.9%", "99.9 %", "4小时", "四小时", "four hours", "4 hours", "240分钟", "0.05%", "万分之五", "100%", "百分之百",
            "30%", "百分之三十", "三成", "12个月", "十二个月", "twelve months", "12 months", "一年", "one year", "15%",
            "40%", "四成", "5年", "五年", "five years", "60 months", "百分之四十", "百分之十五"]
MUST_MISS = ["24小时", "二十四小时", "24 hours", "99.95%", "99.5%", "115%", "0.15%", "150%", "2025年", "2026年",
             "万分之五十", "服务年度", "Subscription Year", "105%", "0.3%", "35%", "14 hours", "15年", "十五年", "6 months",
             "36个月", "120日", "2,466,000", "three years", "万分之三"]


def hits(text):
    return [m.group(0) for p in BAD_RE for m in p.finditer(text)]


def self_test():
    for s in MUST_HIT:
        assert hits(s), ("must hit", s)
    for s in MUST_MISS:
        assert not hits(s), ("must miss", s, hits(s))


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(path)
        parts = [p.text for p in doc.paragraphs]
        for t in doc.tables:
            for row in t.rows:
                parts.append("\t".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() for pg in PdfReader(path).pages)
    return path.read_text(encoding="utf-8")


def label(key):
    lang, cat, over, extra, fee_base, design = D[key]
    t = dict(BASE)
    t.update(over)
    if t["contract_kind"] == "service":
        assert t["warranty_months"] is None and t["post_warranty_fee_pct"] is None and "post_warranty_fee_capped" not in extra
    for k, lim in LIMITS.items():
        assert t[k] != lim, (key, k)
    rules = derive(t, extra, fee_base)
    assert rules == sorted(design), (key, rules, design)
    s = tco_share(t, extra, fee_base)
    assert s is None or abs(s - 40) > 2, (key, s)
    return {"file": NAMES[key][0], "language": lang, "category": cat,
            "expected_terms": {k: t[k] for k in KEYS}, "expected_extra": extra, "expected_rules": rules}, s


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    self_test()
    bins = {k: v for k, v in NAMES.items() if v[1] in ("docx", "pdf")}
    write({k: SOURCES[k] for k in bins}, bins, OUT, wrap_words=True)
    covered = set()
    bad = []
    for key, (name, kind) in NAMES.items():
        if kind in ("txt", "md"):
            (OUT / name).write_text(SOURCES[key], encoding="utf-8")
        lab, share = label(key)
        covered |= set(lab["expected_rules"])
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        text = read_back(OUT / name)
        src = SOURCES[key]
        for form in (text, src, re.sub(r"\s+", " ", src), re.sub(r"\s+", "", src), re.sub(r"\s+", " ", text),
                     re.sub(r"\s+", "", text)):
            h = hits(form)
            if h:
                bad.append((key, h))
        n = len(text.split()) if D[key][0] == "en" else len(text)
        nws = len(re.sub(r"\s+", "", text))
        lo, hi = (1450, 1650) if D[key][0] == "en" else (2750, 3000)
        ok = lo <= n <= hi
        print(f"{name}: {'words' if D[key][0] == 'en' else 'chars'}={n} non-ws={nws} {'OK' if ok else 'OUT OF RANGE'} "
              f"rules={lab['expected_rules']} risk={risk(lab['expected_rules'])}"
              + (f" tco_share={share:.2f}" if share is not None else ""))
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    assert not bad, bad
    print("coverage: all 20 rules; no threshold figure found")
