"""holdout1156: builds the ten blind held-out drafts of this folder from the sources below, writes their .json labels,
and asserts the checks of the brief (lengths, no value or text on a policy threshold, rules derived from the labels
against the design list, coverage of all 20 CR rules). Run: /work/main/.venv/bin/python -B make_files.py
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H1156Z01 = """
T:企业开办“一网通办”平台软件许可及定制开发合同
P:合同编号：ZWFW-2027-CG-031　　采购方式：公开招标（政府采购）
P:甲方（采购人）：南湖市政务服务管理局
P:乙方（供应商）：杭州启衡数字科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及招标文件、乙方投标文件，甲乙双方就南湖市企业开办“一网通办”平台（以下简称“平台”）的软件许可、定制开发及实施事项，经协商一致，订立本合同。本合同采用甲方提供的合同文本。
H:第一条 项目内容
P:1.1 乙方向甲方提供企业开办平台软件V5.0的永久使用许可（不限用户数，部署于南湖市电子政务云），并完成定制开发：电子营业执照调用、税务发票申领、社保及公积金登记、银行预约开户、公章刻制备案等联办接口，以及“一表填报、一次提交”的全流程改造。
P:1.2 乙方负责平台部署、历史办件数据迁移、与市数据共享交换平台的对接，并对窗口人员和系统管理员进行培训。详细功能以招标文件第三章《需求规格说明书》为准。
H:第二条 合同价款
P:2.1 合同总价为人民币贰佰贰拾肆万元整（¥2,240,000），其中：平台软件许可费¥1,260,000；定制开发费¥780,000；实施部署及数据迁移费¥164,000；培训费¥36,000。
P:2.2 合同总价为固定价格，已包含软件、开发、部署、差旅、税费及质保期内的全部服务费用，甲方不再另行支付其他费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行预付款保函后十个工作日内，甲方支付合同总价的20%作为预付款，即¥448,000。
P:3.2 平台通过初步验收后十个工作日内，甲方支付合同总价的45%，即¥1,008,000。
P:3.3 平台通过最终验收后十个工作日内，甲方支付合同总价的35%，即¥784,000。
P:3.4 乙方每次收款前应开具合法有效的增值税发票。甲方资金通过国库集中支付，支付时间以财政审核为准。
H:第四条 交付与进度
P:4.1 乙方应在合同签订后九十日内完成部署、接口联调并提交初步验收申请；初步验收后进入为期六十日的试运行。
P:4.2 因甲方或相关部门接口未按期开放造成的延误，经甲方书面确认后，交付期限相应顺延。
P:4.3 乙方应指定具有同类项目经验的项目经理一名，实施期间驻场不少于五个工作日每周；核心开发人员不得随意更换，确需更换的，应提前十日书面报甲方同意，且替换人员资历不低于原人员。
P:4.4 乙方应每周提交项目周报，说明进度、问题及风险；甲方有权对实施过程进行检查，发现问题的，乙方应及时整改。
P:4.5 培训：乙方应为窗口工作人员组织不少于六场集中培训，为系统管理员提供不少于三天的专项培训，并提供操作手册和培训视频。
H:第五条 验收
P:5.1 初步验收标准：（1）《需求规格说明书》列明的功能点全部实现并逐项测试通过；（2）全部联办接口连续十个工作日数据交换无差错；（3）在八百个并发用户条件下，常用页面响应时间不超过2秒、提交操作不超过3秒；（4）历史办件数据迁移后与原系统逐条核对一致。
P:5.2 最终验收标准：（1）试运行期间未发生一级故障；（2）取得第三方机构出具的等级保护三级测评报告和商用密码应用安全性评估报告，且无高风险问题；（3）源代码、技术文档和运维手册已完整移交。
P:5.3 甲方应在收到验收申请后十五日内组织验收，并出具书面验收结论。平台上线运行、甲方使用或付款，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提交验收。
H:第六条 服务水平
P:6.1 质保期内平台月度可用率不低于99.95%（计划停机须提前三个工作日经甲方同意，不计入不可用时间）。
P:6.2 一级故障（平台无法办件或联办接口全部中断）乙方应在30分钟内响应、2小时内到场、8小时内恢复；二级故障2小时内响应、24小时内解决；三级问题在下一个工作日内答复。
P:6.3 乙方应提供7×24小时服务热线，并每月向甲方提交运行报告，说明可用率、故障处理及优化建议。
P:6.4 乙方未按时响应或恢复的，每迟延一小时扣减服务费¥1,000；月度可用率每低于承诺值0.01个百分点，扣减¥2,000。扣减款项从应付款或履约保证金中抵扣。
H:第七条 质保及后续维护
P:7.1 质保期为三十六个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、接口适配及技术支持。
P:7.2 质保期满后，甲方如需继续维护，双方另行签订维护合同，年维护费不超过平台软件许可费的7%（即每年不超过¥88,200），该价格在质保期满后的两个服务年度内不得上调。维护合同不自动续期。
H:第八条 知识产权
P:8.1 平台软件的原有知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 本合同项下定制开发的接口程序、表单配置、源代码及相关文档的知识产权归甲方所有，甲方可自行或委托第三方修改、使用和再开发。乙方保证其交付成果不侵犯任何第三方权利。
H:第九条 数据安全
P:9.1 平台内的企业登记信息、申请材料、电子证照及日志等数据均属于甲方所有。乙方仅为履行本合同而接触数据，不得用于其他任何目的，不得复制或带离政务云。
P:9.2 乙方应落实等级保护三级要求，通过甲方堡垒机进行运维操作，对敏感数据加密存储和传输，留存操作日志。发生数据泄露、篡改等安全事件的，乙方应在2小时内报告甲方并采取处置措施；因乙方原因造成的损失由乙方全额赔偿。
P:9.3 合同终止或维护服务结束时，乙方应按甲方要求移交全部数据及相关配置，并删除其在运维过程中临时留存的任何数据副本，向甲方出具书面删除确认。
P:9.4 乙方应遵守《数据安全法》《个人信息保护法》的规定，参与项目的人员应签署数据安全承诺书，乙方对其人员的行为承担责任。
H:第十条 保密
P:乙方对履行本合同过程中知悉的甲方工作秘密、网络架构、账号口令及企业、个人信息负有保密义务，未经甲方书面同意不得向任何第三方披露。本条在合同终止后继续有效。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期提交验收申请的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方交付的成果经两次验收仍不合格的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
P:11.3 甲方无正当理由逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
H:第十二条 分包
P:乙方不得将本合同项目转包或分包给任何第三方。
H:第十三条 合同解除
P:乙方严重违约，经甲方书面催告后十日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
H:第十四条 履约保证金
P:合同签订后五个工作日内，乙方向甲方提交合同总价5%的履约保证金（可采用银行保函形式），最终验收合格后十五个工作日内无息退还。
H:第十五条 不可抗力
P:因不可抗力不能履行合同的，受影响一方应及时通知对方，并在十日内提供证明，部分或全部免除责任，但迟延履行后发生不可抗力的除外。
H:第十六条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十七条 其他
P:本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。招标文件、投标文件及中标通知书为本合同的组成部分。
P:甲方（盖章）：　　　　　　　　乙方（盖章）：
P:签订日期：2027年3月　日
"""

H1156Z02 = """
T:切割机装配线控制系统改造项目合同
P:合同编号：JC-ZB-2027-018
P:甲方：江川电动工具制造有限公司（电动切割机厂）
P:乙方：常州瑞控自动化工程有限公司
P:甲方拟对其二号厂房电动切割机装配线实施控制系统改造，乙方经比选确定为供应商。双方依据《中华人民共和国民法典》，就设备供货、软件许可、安装调试及后续维保事项达成如下协议。
H:一、项目范围
P:（一）乙方负责供货并安装六个工位的PLC控制柜、伺服驱动及电机、工业触摸屏和边缘采集网关，替换原有继电器控制系统。
P:（二）乙方提供MES产线管控软件和视觉检测软件的永久许可，完成与甲方ERP（物料、工单）和质量系统的接口开发，实现工单下达、扭矩与电流数据采集、锯片安装视觉检测和成品追溯。
P:（三）改造须分两个阶段在甲方停产检修窗口内完成，每一阶段停线时间不得超过七日。
P:（四）技术要求：控制柜及电气安装应符合GB/T 5226.1的规定；急停、安全光栅和双手启动回路应独立于PLC程序实现；伺服系统应保留原机械接口，改造后不得降低整线的安全防护等级；网关采集周期不超过1秒，断网时本地缓存不少于七日数据并在恢复后自动补传。
H:二、合同价格
P:（一）合同总价为人民币壹佰陆拾陆万捌仟元整（¥1,668,000），明细如下表：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含安全继电器）|6套|86,000|516,000
TB:2|伺服驱动器及伺服电机|24套|12,500|300,000
TB:3|工业触摸屏（HMI）|6台|9,800|58,800
TB:4|边缘数据采集网关|6台|7,200|43,200
TB:5|MES产线管控软件永久许可|1套|368,000|368,000
TB:6|视觉检测软件永久许可|2套|64,000|128,000
TB:|软硬件小计|||1,414,000
TB:7|安装调试及PLC程序改造|1项|236,000|236,000
TB:8|操作及维护培训|1项|18,000|18,000
TB:|合同总价|||1,668,000
P:（二）上述价格包含设备运输、保险、安装辅材、税费及质保期内服务，为固定价格。
H:三、付款方式
P:（一）合同生效后十五日内，甲方支付合同总价的10%作为预付款（¥166,800）。
P:（二）全部设备到货并安装完毕、经甲方签收后十五日内，支付合同总价的55%（¥917,400）。到货签收仅确认数量和外观，不视为验收。
P:（三）最终验收合格后十五日内，支付合同总价的35%（¥583,800）。
P:（四）乙方应在最终验收前向甲方提交电气原理图、接线图、PLC程序清单、HMI画面说明、接口说明书、操作手册和维护手册各三套，并提供电子版。
H:四、交付与安装
P:（一）设备应于合同生效后六十日内运抵甲方厂区；第一阶段改造于第二季度检修窗口完成，第二阶段于第三季度检修窗口完成。
P:（二）乙方应在每一阶段停线前十日提交详细的切换方案和回退方案，经甲方生产部、设备部会签后实施；切换失败的，乙方应立即按回退方案恢复原系统，保证甲方次日正常生产。
P:（三）乙方应派驻项目经理和电气、软件工程师各一名，改造期间全程驻场；人员变更须经甲方书面同意。
P:（四）乙方施工人员应遵守甲方的安全生产、动火和用电管理制度，因乙方原因发生的安全事故由乙方负责。
H:五、验收
P:（一）最终验收标准：1. 装配线节拍达到技术协议约定值，单台装配周期不高于改造前；2. 连续七十二小时带料运行无停线故障；3. 切割精度检测误差在±0.2毫米以内；4. 数据采集点位逐点核对，与PLC实际数据一致；5. 视觉检测对锯片漏装、反装样件全部识别。
P:（二）乙方自检合格后书面申请验收，甲方在十日内组织验收并出具验收报告。设备投入生产使用不视为验收合格；验收不合格的，乙方应在十日内整改后重新验收。
P:（三）培训：乙方应为甲方操作工和设备维修人员分别组织培训，培训内容包括设备操作、常见故障排除、程序备份与恢复，培训结束后进行考核，考核合格人数不少于二十人。
H:六、质保与维保
P:（一）质保期为二十四个月，自最终验收合格之日起计算。质保期内设备和软件的维修、更换及升级均免费。
P:（二）一级故障（整线停线）乙方应在1小时内响应，8小时内到场，24小时内恢复生产；二级故障（单工位停机）2小时内响应，48小时内修复。
P:（三）乙方应提供7×24小时服务电话，并在每次故障处理后三日内提交故障分析报告，说明原因和预防措施。
P:（四）乙方未按时响应或到场的，每迟延一小时向甲方支付¥500。
P:（五）乙方应在甲方厂区存放常用备件（伺服驱动器、触摸屏、通信模块各两件），备件消耗后七日内补齐。乙方每季度进行一次上门巡检，检查控制柜、接地、散热和程序备份情况，并提交巡检报告。
P:（六）质保期满后的年度维保费按软硬件小计的6%计取，即每年¥84,840，质保期满后三年内不上调。维保合同每年由双方书面签订，不自动续期。
H:七、知识产权
P:为本项目定制的PLC程序、HMI画面、接口程序及其源代码归甲方所有，甲方可自行修改或交由第三方使用；MES及视觉检测软件本身的知识产权归乙方或原厂所有，甲方享有永久使用权。
H:八、数据安全
P:（一）生产工艺参数、质量数据和设备运行数据归甲方所有，乙方不得用于本项目以外的任何目的。乙方在调试中需使用甲方数据的，应经甲方书面批准并在甲方现场完成。
P:（二）乙方远程维护须经甲方逐次审批并通过甲方提供的VPN进行，不得在采集网关中设置后门；发生数据泄露或被篡改的，乙方应在2小时内通知甲方并承担相应赔偿责任。
P:（三）项目完成或合同终止后，乙方应删除其调试电脑和移动介质中保存的甲方数据，并书面确认；乙方人员不得使用个人设备拷贝甲方生产数据。
H:九、保密
P:双方对在合作中知悉的对方技术资料、工艺参数和商业信息负有保密义务，保密信息包括但不限于图纸、工艺文件、客户信息、生产计划及价格资料，保密期限至合同终止后三年。
H:十、违约责任
P:（一）乙方逾期交付或逾期完成改造的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
P:（二）甲方逾期付款的，每逾期一日按未付金额的万分之三支付违约金。
P:（三）因乙方原因导致甲方非计划停产的，乙方除按本合同承担违约责任外，还应赔偿甲方因此产生的直接损失。
H:十一、分包
P:乙方可将电气布线、桥架安装等辅助工程分包给具备资质的第三方，但应提前三个工作日书面告知甲方，并对分包方的工作质量和安全负责；分包不免除乙方在本合同项下的任何责任。
H:十二、合同解除
P:（一）乙方严重违约，经甲方书面通知后十五日内仍未纠正的，甲方有权解除合同并要求赔偿。
P:（二）设备或软件经两次验收仍不合格的，甲方有权解除合同，乙方应退还已收款项，自费拆除所供设备并恢复原控制系统。
H:十三、不可抗力
P:因不可抗力导致不能按期履行的，受影响方应在三日内通知对方并提供证明，履行期限相应顺延；不可抗力持续超过六十日的，双方可协商解除合同。
H:十四、争议解决
P:本合同适用中华人民共和国法律。争议协商不成的，提交甲方所在地人民法院诉讼解决。
P:本合同一式四份，双方各执两份，经双方授权代表签字并加盖公章后生效。技术协议、设备清单及乙方报价书为本合同附件，与本合同具有同等效力。
P:甲方（盖章）：　　　　　　乙方（盖章）：
P:日期：2027年4月　日
"""

H1156Z03 = """
绘本馆预约与会员管理云服务及实施合同

合同编号：TTHB-IT-2027-006
甲方：悦读童年文化发展有限公司（旗下“童年树”绘本馆，共29家门店）
乙方：上海书芽信息技术有限公司

甲方因门店预约、会员借阅及储值管理需要，订购乙方“书芽馆务云”SaaS服务并委托乙方完成实施。双方经协商，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方向甲方29家门店开通“书芽馆务云”标准版，包括绘本借阅管理、亲子活动预约、会员卡及储值、积分、微信小程序、门店收银及经营报表模块。
2. 每家门店开通三个员工账号，总部开通十个管理账号；会员数量不设上限。
3. 服务期内乙方发布的标准版新增功能，甲方门店可免费使用。
4. 服务期为两个服务年度，自2027年5月1日（服务开始日）起至2029年4月30日止。
（二）实施服务
1. 将甲方现有会员档案、储值余额、借阅记录及约两万册绘本书目迁移至本平台。
2. 按甲方品牌规范配置微信小程序页面，开发与甲方现有收银设备及企业微信的对接。
3. 对门店店长和总部运营人员进行培训，每家门店至少培训两人。

二、服务费用
（一）订阅费：每家门店每服务年度¥6,800，29家门店每服务年度合计¥197,200，两个服务年度合计¥394,400。
（二）实施费：一次性¥58,600。
（三）合同总价为人民币肆拾伍万叁仟元整（¥453,000）。
（四）服务期内甲方增开门店的，按每店每服务年度¥6,800计费，按剩余月数折算；关闭门店的，自下一服务年度起相应减少费用。上述费用均为含税价，税率6%。

三、付款方式
（一）实施费在上线验收合格后十个工作日内一次付清。
（二）每一服务年度的订阅费，在该服务年度开始后十个工作日内支付。
（三）乙方应在收款前开具增值税专用发票。
（四）甲方逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金；逾期超过三十日且经书面催告后仍未支付的，乙方可在提前七日书面通知后暂停服务。

四、上线与验收
（一）乙方应在2027年4月20日前完成数据迁移、小程序配置和收银对接，并提交上线验收申请。
（二）验收标准：
1. 会员档案、储值余额和借阅记录迁移后与原系统逐条核对一致，储值余额差额为零；
2. 29家门店均能完成预约、签到、借还、储值及退款的完整流程测试；
3. 小程序通过微信平台审核并正式发布，收银对接连续七日对账无差异；
4. 全部培训完成并由门店店长签字确认。
（三）甲方在收到申请后七个工作日内组织验收并出具书面意见。门店开始使用不视为验收合格。
（四）验收不合格的，乙方应在五个工作日内完成整改并重新申请验收，由此延误的时间计入逾期。
（五）乙方逾期完成上线的，每逾期一日向甲方支付违约金¥400。

五、服务水平
（一）平台月度可用率不低于99.5%，计划维护应安排在每日0:00至6:00之间并提前三日通知。
（二）故障分级与响应：
1. 一级故障（全部门店无法登录或收银中断）：30分钟内响应，3小时内恢复；
2. 二级故障（部分门店或部分功能不可用）：1小时内响应，8小时内恢复；
3. 三级问题（咨询或一般缺陷）：当日响应，五个工作日内解决。
（三）当月可用率低于承诺值但不低于99%的，减免当月订阅费的5%；低于99%的，减免10%。一级故障未按时恢复的，每超过一小时另减免¥300。减免额从下期应付订阅费中抵扣。

（四）支持服务：乙方为甲方指定一名客户成功经理，负责需求对接和问题跟踪；提供7×24小时故障热线和工作日在线客服；每季度向甲方提交服务报告，列明可用率、故障处理、版本更新和改进建议。
（五）备份与恢复：乙方每日对甲方数据进行全量备份，备份保存三十日并异地存放；发生故障时，数据恢复点不早于故障前一小时，甲方可每半年要求乙方进行一次恢复演练。
（六）版本升级：乙方对平台进行功能升级的，应提前七日通知甲方；升级不得减少本合同约定的功能，不得额外收费。

六、数据
（一）甲方及其会员在平台上产生的会员信息、借阅记录、预约和交易数据归甲方所有。
（二）甲方同意，乙方可以在服务期内及服务期满后，将上述数据进行脱敏和汇总处理后，用于乙方产品改进、阅读推荐模型训练及发布儿童阅读行业分析报告，乙方对处理后形成的数据享有相应权利。
（三）数据安全：乙方平台应已完成等级保护三级备案，会员手机号等个人信息加密存储，员工访问实行最小权限和操作留痕；发生数据泄露等安全事件的，乙方应在24小时内通知甲方、采取补救措施并依法向主管部门报告，因乙方原因造成的损失由乙方赔偿。
（四）服务终止后三十日内，乙方应按甲方要求以通用格式导出并交付全部数据，随后删除平台中的甲方数据。

（五）乙方使用的云服务器应位于中国境内，未经甲方书面同意，不得将甲方数据传输至境外。

七、知识产权
“书芽馆务云”平台的知识产权归乙方所有。乙方为甲方定制的小程序页面设计、收银对接程序及专属报表模板归甲方所有，甲方可自由使用、修改或交由第三方维护。乙方保证平台及交付成果不侵犯第三方知识产权，否则由乙方负责处理并赔偿甲方因此遭受的损失。

八、保密
双方对在履约过程中知悉的对方商业信息、经营数据、价格条款负有保密义务，未经对方书面同意不得向第三方披露，本条在合同终止后三年内有效。

九、续期
服务期满前三十日内任何一方未书面提出不续期的，本合同自动续期一个服务年度，以此类推。每次续期时，乙方有权根据市场情况上调订阅单价，上调幅度不超过上一服务年度单价的8%，乙方应在续期前通知甲方新价格。

十、责任限制
乙方在本合同项下的累计赔偿责任以合同总价的150%为限，但因乙方故意、重大过失或违反第六条第（三）项造成的损失不受此限。

十一、分包
乙方不得将实施服务分包给第三方，确需分包的，应事先取得甲方书面同意。

十二、合同解除
（一）任何一方严重违约，经守约方书面催告后十五日内仍未纠正的，守约方有权书面解除本合同。
（二）因乙方原因解除合同的，乙方应退还已收取但尚未提供服务期间的订阅费，并协助甲方完成数据迁出。
（三）合同终止不影响双方已产生的权利义务，也不影响保密条款和数据条款的效力。

十三、甲方义务
（一）甲方应指定项目联系人，按时提供原系统数据、品牌素材及门店信息，并组织门店人员参加培训。
（二）甲方应妥善保管账号和密码，因甲方人员泄露账号造成的损失由甲方承担。
（三）甲方应依法取得会员个人信息的收集和使用授权，并在小程序中公示隐私政策。

十四、不可抗力
因不可抗力或电信运营商骨干网络故障导致服务中断的，受影响方应及时通知对方并尽力减少损失，该期间不计入不可用时间，但乙方应提供相关证明。

十五、法律适用与争议解决
本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，提交上海仲裁委员会仲裁。

十六、其他
（一）双方通知以书面形式送达本合同首页所列地址或指定邮箱，邮件发出后次一工作日视为送达。
（二）本合同一式两份，双方各执一份，自双方盖章之日起生效。服务说明书和报价单为本合同附件，附件与正文不一致的，以正文为准。

甲方（盖章）：　　　　　　　　乙方（盖章）：
日期：2027年3月　日
"""

H1156Z04 = """
清河县农作物病虫害测报系统2027年度运行维护服务合同

项目编号：QHCG-2027-C-0112（竞争性磋商）
甲方（采购人）：清河县农业农村局
乙方（成交供应商）：安徽禾测农业信息技术有限公司

根据清河县农作物病虫害测报系统运行维护服务项目竞争性磋商文件、乙方响应文件及成交通知书，双方按照《中华人民共和国政府采购法》及相关规定，签订本合同。

第一条 服务对象与期限
（一）服务对象为清河县农作物病虫害测报系统，包括县级监测预警平台（部署于县农业农村局机房）、手机端采集应用，以及分布于全县14个乡镇的42个田间监测点设备，即智能虫情测报灯42台、孢子捕捉仪18台、田间小气候站42套和高清监控摄像机42台。
（二）服务期限自2027年1月1日起至2027年12月31日止。

第二条 服务内容
（一）平台运维：平台软件、数据库和中间件的日常监控、补丁更新、性能优化和数据备份；每月进行一次全量备份恢复检查。
（二）设备维护：每月对全部监测点巡检一次，清理虫情测报灯的接虫袋和诱虫光源，校准小气候站传感器，检查太阳能供电和通信模块；在每年3月15日前完成春季病虫害发生期前的全面检修。
（三）数据服务：每日核对各监测点数据上传情况，对缺报、异常数据进行核查和补录；协助甲方植保站编制病虫情报，在重大病虫害发生期提供每日数据汇总。
（四）培训：为乡镇农技人员组织不少于两次的设备操作和手机端采集培训，每次培训应有签到表、培训课件和现场照片，培训结束后由甲方植保站进行满意度评价。
（五）应急服务：遇暴雨、大风、雷击等灾害性天气后，乙方应在天气条件允许后两日内对受影响监测点进行专项检查，并向甲方报告设备受损情况和修复计划；在省、市植保部门组织的重大病虫害联合监测期间，乙方应按甲方要求增加数据核查频次。
（六）设备台账：乙方应建立监测点设备台账，记录设备型号、安装位置、坐标、维修和部件更换情况，每季度更新一次并报甲方。
（七）乙方应在服务期结束前提交年度运维总结报告，内容包括设备运行统计、故障处理、数据质量分析和改进建议。

第三条 服务费用
（一）合同总价为人民币叁拾陆万捌仟元整（¥368,000），其中平台运维费¥196,000，田间设备维护费¥118,000，数据服务及培训费¥54,000。
（二）合同总价包括人工、交通、耗材、一般备件、税费及乙方完成本合同服务的全部费用。单件价格超过¥2,000的设备主要部件更换费用，由乙方报价、经甲方书面确认后另行支付。
（三）一般备件包括诱虫光源、接虫袋、雨量筒部件、蓄电池和通信卡等，乙方应在县城设立备件库，常用备件库存不少于监测点数量的十分之一。

第四条 付款方式
（一）服务费按季度支付，每季度¥92,000。
（二）每季度结束后，乙方提交当季运维报告和巡检记录，经甲方季度考核合格后十五个工作日内支付当季服务费。
（三）甲方资金来源为财政资金，付款通过国库集中支付方式办理。

第五条 服务水平
（一）故障分级：一级故障指平台无法访问或全县监测数据中断；二级故障指单个乡镇的监测点数据中断或平台部分功能失效；三级故障指单个监测点设备故障。
（二）响应时限：一级故障乙方应在1小时内响应、6小时内恢复；二级故障2小时内响应、24小时内恢复；三级故障在48小时内到达现场修复，需更换部件的不超过五日。
（三）在病虫害重点发生期（每年4月至9月），乙方应安排专人值守，保证数据日报在每日10时前完成。
（四）乙方应每月5日前提交上月运行报告，说明平台运行情况、各监测点数据到报情况、故障及处理结果。
（五）服务水平未达到上述要求的，乙方应及时说明原因并整改，甲方在季度考核中予以记录。

第六条 考核与验收
（一）季度考核内容：巡检记录是否完整并与现场照片一致；故障是否按第五条时限处理；数据日报是否按时完成；补录数据是否经植保站核对确认。
（二）年度验收标准：全部季度考核合格；42个监测点设备运行正常，并经甲方现场抽查不少于10个监测点；年度运维总结报告、巡检台账、故障记录和备份记录齐全。
（三）甲方在服务期满后十五个工作日内组织年度验收并出具书面意见。
（四）季度考核或年度验收不合格的，乙方应在十个工作日内完成整改，并重新提交考核或验收；甲方可邀请市级植保专家参与年度验收。

第七条 人员要求
（一）乙方应配备项目负责人一名、平台运维工程师一名、田间设备维护人员不少于三名，人员名单报甲方备案。
（二）乙方更换项目负责人的，应提前十日书面征得甲方同意。
（三）乙方人员进入甲方机房应遵守机房管理制度，实行登记和陪同。
（四）乙方人员田间作业应遵守安全操作规程，登高和涉电作业须两人以上进行，乙方应为其人员购买意外伤害保险，因乙方人员作业发生的人身伤害由乙方负责。

第八条 数据安全
（一）测报系统中的监测数据、图像、病虫情报及平台日志均属于甲方所有，乙方仅为履行本合同使用，不得用于本合同以外的任何目的。
（二）乙方应落实网络安全等级保护要求，运维操作须通过甲方堡垒机进行并留存日志；远程运维须经甲方逐次批准；乙方不得擅自复制、删除或修改数据；平台数据库每日增量备份、每周全量备份，备份介质存放于甲方指定位置。
（三）发生数据丢失、篡改或系统被入侵等安全事件的，乙方应在2小时内报告甲方并采取处置措施，因乙方原因造成的损失由乙方承担赔偿责任。
（四）服务期满后，乙方应移交全部账号、口令和技术资料，并删除其保存的甲方数据。

第九条 知识产权
乙方在服务过程中为甲方编写的运维脚本、数据补录工具、技术文档和报告，其知识产权归甲方所有。

第十条 违约责任
（一）乙方未在约定期限内完成春季全面检修、月度巡检或年度运维总结报告的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）乙方违反第八条规定的，应赔偿甲方全部损失，甲方有权解除合同。
（三）甲方无正当理由逾期付款的，应按同期贷款市场报价利率支付逾期利息。

第十一条 分包
本项目不得分包或转包。

第十二条 合同解除
乙方严重违约或连续两个季度考核不合格，经甲方书面催告后十日内仍未改正的，甲方有权解除本合同，并按实际服务时间结算费用。合同解除后，乙方应在十日内完成交接，交接期间不得中断数据采集服务。

第十三条 不可抗力
因自然灾害等不可抗力造成设备损坏或服务中断的，乙方应及时报告并尽力抢修，双方协商处理修复费用。

第十四条 通知
双方的通知、报告和考核结果应以书面形式送达，或通过甲方指定的工作邮箱发送。乙方联系人、电话变更的，应在两日内书面告知甲方。

第十五条 争议解决
因本合同引起的争议，双方协商解决；协商不成的，依法向甲方所在地人民法院提起诉讼。

第十六条 其他
本合同一式五份，甲方三份，乙方一份，政府采购监督管理部门备案一份。磋商文件、响应文件和成交通知书是本合同的组成部分。本合同经双方盖章后生效，服务期满且费用结清后终止，不自动续期。

甲方（盖章）：　　　　　　　　乙方（盖章）：
签订日期：2026年12月　日
"""

H1156Z05 = """
# 竹器工序追溯管理软件销售及开发合同

**（竹迹软件标准合同文本 ZJ-HT-2026版）**

合同编号：ZJ-2027-0315

甲方（买方）：安吉竹韵竹雕工艺品有限公司（竹雕工坊）

乙方（卖方）：杭州竹迹软件有限公司

甲方向乙方购买“竹迹”工序追溯管理软件并委托乙方进行定制开发。双方本着平等自愿的原则，签订本合同，共同遵守。

## 第一条 产品与服务

1.1 乙方向甲方提供“竹迹”工序追溯管理软件标准版（以下简称“软件”）的永久使用许可，授权甲方在其安吉厂区内部使用，站点数不超过三十个。

1.2 乙方根据甲方需求进行定制开发，内容包括：竹材入库批次管理、蒸煮与烘干工序记录、雕刻工序扫码报工、匠人工时与计件统计、成品溯源二维码生成及查询页面。

1.3 乙方负责软件安装部署、基础数据初始化（包括竹材品类、工序模板、匠人档案和产品编码的首次导入），并对甲方人员进行操作培训。

1.4 定制开发的具体需求以双方确认的《需求确认单》为准。《需求确认单》签字后，甲方提出的新增或变更需求，乙方有权另行收费并相应调整交付时间。

## 第二条 合同价格

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 竹迹工序追溯管理软件标准版永久许可 | 286,000 |
| 2 | 定制开发（批次、工序报工、工时、溯源二维码） | 92,000 |
| 3 | 安装部署及培训 | 18,000 |
| | 合计 | 396,000 |

合同总价为人民币叁拾玖万陆仟元整（¥396,000），含6%增值税。甲方需要的服务器、扫码枪、标签打印机等硬件由甲方自行采购。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，即¥257,400。乙方收到该笔款项后开始开发工作。

3.2 软件安装上线后五个工作日内，甲方支付合同总价的35%，即¥138,600。

3.3 甲方逾期付款的，每逾期一日，应按逾期金额的千分之一向乙方支付违约金；逾期超过十五日的，乙方有权暂停全部服务直至甲方付清款项，由此造成的进度延误由甲方负责。

## 第四条 交付

4.1 乙方计划在收到首笔款项后七十五个工作日内完成开发并安装上线。因需求变更、甲方未及时提供资料或配合、现场环境不具备条件等原因造成的延期，交付时间相应顺延。

4.2 乙方以远程方式或现场方式安装软件，甲方应提前准备好服务器、网络环境和操作系统。

4.3 乙方向甲方提供用户操作手册电子版一份。

4.4 乙方安排一次集中培训，培训时间不超过两个工作日，参加人员由甲方组织，人数不超过十五人（含工坊管理人员、质检员和仓库管理员）。甲方另需培训的，按乙方收费标准另行支付培训费及差旅费。

4.5 上线后乙方人员到甲方现场服务的，甲方应承担乙方人员的交通、食宿费用。

4.6 本合同所称“上线”，是指软件在甲方服务器上安装完成、甲方用户可以登录并录入数据。

## 第五条 验收

5.1 软件安装上线后，即视为甲方验收合格。

5.2 甲方在上线后发现软件问题的，应在质保期内书面告知乙方，乙方按第六条处理，但不影响验收结果及甲方付款义务。

## 第六条 免费维护与技术支持

6.1 软件免费维护期为六个月，自软件安装上线之日起计算。免费维护期内，乙方为甲方免费修复软件缺陷。

6.2 乙方在工作日9:00至17:30通过电话、微信或远程方式提供技术支持，并尽合理努力及时处理甲方反映的问题。

6.3 甲方应为乙方开通远程维护通道，并在乙方需要时安排人员配合；因甲方未能配合导致问题无法处理的，乙方不承担责任。

6.4 因甲方操作不当、擅自修改配置、硬件故障、病毒或网络原因引起的问题，不属于免费维护范围，乙方可提供有偿服务。

## 第七条 年度技术服务

7.1 免费维护期满后，甲方应与乙方签订年度技术服务协议，年度技术服务费为软件许可费的28%，即每年¥80,080，于每个服务年度开始前一次付清。

7.2 年度技术服务内容包括软件缺陷修复、小版本升级和远程技术支持。未签订年度技术服务协议的，乙方不再提供任何升级和技术支持。

7.3 大版本升级、二次开发及现场服务不包含在年度技术服务费中，另行报价。

7.4 年度技术服务协议以乙方标准格式签订，每份协议的服务期为一个服务年度，到期后由双方重新签订。

## 第八条 甲方义务

8.1 甲方应指定专人负责与乙方对接，及时提供竹材分类、工序定义、匠人名单、产品编码规则等基础资料，并对乙方提交的《需求确认单》、界面原型在三个工作日内书面确认；逾期未确认的，视为甲方同意。

8.2 甲方应确保录入数据的真实性和准确性，因数据错误导致的追溯结果偏差由甲方负责。

8.3 甲方应保证服务器、网络、操作系统和数据库软件正版合法并正常运行，负责厂区内扫码枪、标签打印机的安装和维护。

## 第九条 知识产权

9.1 软件及其相关文档的著作权等知识产权归乙方所有。

9.2 乙方为甲方定制开发的功能模块、溯源查询页面、源代码及相关文档的知识产权同样归乙方所有。甲方仅在本合同授权范围内享有非独占、不可转让的使用权，不得自行或委托他人修改、反向工程或向第三方提供。

9.3 乙方有权将定制开发形成的功能模块纳入其标准产品向其他客户销售。

## 第十条 数据

10.1 甲方在软件中录入和产生的生产数据、工时数据及客户信息归甲方所有，乙方不得用于本合同以外的目的。

10.2 乙方在远程维护时应使用甲方分配的账号，不得擅自导出甲方数据；乙方应采取病毒防护、访问控制等安全措施，因乙方原因造成甲方数据泄露或丢失的，乙方应及时通知甲方、协助恢复并承担相应赔偿责任。

10.3 甲方应自行做好数据备份。

10.4 合同终止后，甲方需要乙方协助导出数据的，乙方按实际工作量另行收费。

## 第十一条 保密

双方对在合作过程中获悉的对方技术秘密和商业秘密负有保密义务，未经对方书面许可不得向第三方披露。甲方不得向第三方透露乙方的报价、软件架构和技术文档。保密义务在本合同终止后两年内继续有效。乙方将甲方作为客户案例宣传的，应事先征得甲方同意。

## 第十二条 违约责任

12.1 任何一方违反本合同约定的，应承担相应的违约责任。

12.2 任何一方均不对对方的间接损失、利润损失承担责任。

## 第十三条 合同解除

一方根本违约致使合同目的无法实现的，另一方有权书面通知解除本合同。甲方解除合同的，乙方已完成的工作量所对应的费用不予退还。

## 第十四条 不可抗力

因不可抗力、政策变化、网络运营商故障或第三方软硬件缺陷导致一方不能履行合同的，该方不承担责任，但应及时通知对方。

## 第十五条 争议解决

因本合同产生的争议，双方应友好协商；协商不成的，任何一方均可向乙方所在地人民法院提起诉讼。

## 第十六条 其他

16.1 本合同自双方签字盖章且乙方收到首笔款项之日起生效。

16.2 本合同附件包括：《需求确认单》《软件功能清单》《报价单》。附件与本合同正文不一致的，以本合同正文为准。

16.3 本合同未尽事宜，双方可签订补充协议。本合同一式两份，双方各执一份。

甲方（盖章）：　　　　　　　　乙方（盖章）：

日期：　　年　　月　　日
"""

H1156E01 = """
T:Software Licence and Services Agreement
P:Agreement No. BVS-CN-2027-014
P:This Software Licence and Services Agreement (the "Agreement") is made between Brue Valley Systems Limited, a company registered in England with its office at High Street, Bruton, Somerset, United Kingdom (the "Vendor"), and Suzhou Hengtai Engineering Design Co., Ltd., a company incorporated in the People's Republic of China with its office in Suzhou Industrial Park, Jiangsu Province (the "Customer").
P:The Customer wishes to replace its file-server based drawing archive with a controlled engineering document management system, and the Vendor has offered its DocuVault Engineering software together with implementation, migration and training services. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means DocuVault Engineering version 8, its database schema, web client, CAD integration plug-ins and any updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the workflow configurations, drawing numbering rules, title-block templates, interface programs to the Customer's ERP and project management systems, migration scripts and related documentation created by the Vendor specifically for the Customer.
P:1.3 "Customer Data" means all drawings, models, documents, metadata, user records and logs that the Customer or its users store in or process with the Software.
P:1.4 "Final Acceptance" means the Customer's written confirmation under Article 5.4 that the system meets the acceptance criteria.
P:1.5 "Contract Price" means the total price stated in Article 3.1.
H:Article 2 Licence and Scope
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software on servers controlled by the Customer in mainland China for 260 named users and unlimited read-only users, for the internal business of the Customer and its wholly owned subsidiaries.
P:2.2 The Vendor shall install and configure the Software, develop the Custom Deliverables, migrate approximately 410,000 legacy drawings and documents with their revision history, and train the Customer's administrators and key users, all as described in the Statement of Work attached as Annex 1.
P:2.3 The Vendor shall appoint a project manager who speaks Chinese, attends weekly progress meetings with the Customer's project team and provides a written status report each week. Key personnel named in Annex 1 shall not be replaced without the Customer's approval, which shall not be unreasonably withheld.
P:2.4 The Customer may make a reasonable number of copies of the Software for backup, disaster recovery and testing purposes.
H:Article 3 Price
P:3.1 The Contract Price is CNY 1,646,000, made up of: Software licence fee CNY 1,180,000; implementation and Custom Deliverables CNY 342,000; data migration CNY 96,000; training CNY 28,000.
P:3.2 The Contract Price is fixed, includes all taxes, travel and expenses of the Vendor, and covers all services during the warranty period.
H:Article 4 Payment
P:4.1 Ten per cent of the Contract Price (CNY 164,600) is payable within fifteen days after signature against the Vendor's invoice.
P:4.2 Fifty-five per cent of the Contract Price (CNY 905,300) is payable within fifteen days after the Software has been installed in the Customer's production environment. Installation is not acceptance.
P:4.3 The remaining thirty-five per cent (CNY 576,100) is payable within fifteen days after Final Acceptance.
P:4.4 All payments shall be made in CNY by bank transfer to the account of the Vendor's appointed collection agent in Shanghai, as notified in writing.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall complete installation within forty-five days after signature and submit the system for acceptance testing within one hundred and twenty days after signature.
P:5.2 Acceptance testing follows the test plan in Annex 2 and requires that: (a) every function in the functional specification passes its test case; (b) all migrated documents are reconciled with the legacy archive by count and checksum, with every discrepancy resolved; (c) check-in, check-out and approval workflows complete correctly for all eight document classes; (d) search results are returned within three seconds with two hundred concurrent users; and (e) the system runs in production for thirty consecutive days without a Severity 1 incident.
P:5.3 The Customer shall complete testing within twenty working days after the system is submitted. If a criterion is not met, the Vendor shall correct the defect and resubmit at its own cost.
P:5.4 When all criteria are met, the Customer shall issue a written Final Acceptance certificate. Use of the system in production, or any payment, does not by itself constitute acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform materially in accordance with their documentation for twenty-four months from Final Acceptance. During this period the Vendor shall correct defects, supply all updates and new versions free of charge, and provide the support described below.
P:6.2 Support is provided through a Shanghai-based support partner in Chinese and English. Severity 1 incidents (the system unavailable to all users or loss of data integrity) shall receive a response within one hour at any time, a workaround within eight hours and a permanent fix within five working days. Severity 2 incidents shall receive a response within two hours during business hours.
P:6.3 If the Vendor misses a Severity 1 response or workaround time, it shall credit the Customer CNY 1,000 for each hour of delay, set off against any amount due under this Agreement or payable in cash at the end of the warranty period.
P:6.4 After the warranty period, the Customer may order annual support at a fee of eleven per cent of the Software licence fee, that is CNY 129,800 per year. This fee is fixed for the first three support years. Each support year is ordered by a separate purchase order; support does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Software remains the property of the Vendor and its licensors.
P:7.2 All intellectual property rights in the Custom Deliverables vest in the Customer upon creation. The Vendor shall deliver their source code and documentation at Final Acceptance. The Customer may use, modify and license the Custom Deliverables freely, including through third parties.
P:7.3 The Vendor shall defend and indemnify the Customer against any claim that the Software or the Custom Deliverables infringe a third party's intellectual property rights.
H:Article 8 Customer Data and Security
P:8.1 Customer Data belongs to the Customer. The Vendor may access Customer Data only to perform this Agreement and shall not use it for any other purpose.
P:8.2 The Vendor shall access the Customer's systems only through the Customer's bastion host with individual accounts, shall not copy Customer Data outside the Customer's network, and shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law.
P:8.3 The Vendor shall notify the Customer within twenty-four hours of becoming aware of any security incident affecting Customer Data, cooperate in investigation and remediation, and bear the losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party, including drawings, project information, prices and technical documentation, and shall use it only for this Agreement.
P:9.2 These obligations continue for three years after the end of this Agreement.
H:Article 10 Delay Damages and Liability
P:10.1 If the Vendor fails to submit the system for acceptance testing by the date in Article 5.1 for reasons attributable to it, the Vendor shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to a maximum of ten per cent of the Contract Price.
P:10.2 The Vendor's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to personal injury, wilful misconduct, infringement claims under Article 7.3 or breach of Article 8.
H:Article 11 Subcontracting
P:The Vendor shall not subcontract any part of the services without the Customer's prior written consent, except for the support partner named in Annex 3, and remains responsible for the acts of its subcontractors.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within thirty days after written notice.
P:12.2 If the Agreement is terminated for the Vendor's breach before Final Acceptance, the Vendor shall refund all amounts paid, and the Customer shall return or destroy the Software.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of England and Wales.
P:13.2 Any dispute arising out of this Agreement shall be referred to arbitration under the Rules of the London Court of International Arbitration, seated in London, in English, before one arbitrator.
H:Article 14 Force Majeure
P:Neither party is liable for a failure caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, provided that it notifies the other party promptly and takes reasonable steps to limit the effect. Dates are extended by the period of the event.
H:Article 15 General
P:15.1 Notices shall be in writing and sent to the addresses above or to the e-mail addresses in Annex 3.
P:15.2 This Agreement, with its Annexes (Annex 1 Statement of Work, Annex 2 Acceptance Test Plan, Annex 3 Contacts and Approved Support Partner), is the entire agreement between the parties on its subject.
P:For the Customer: ____________________    For the Vendor: ____________________
P:Date: ____________________
"""

H1156E02 = """
# Cale Learning Cloud — Order Form

**Order Form No. CLC-OF-2027-0093**, issued under and incorporating the Cale Learning Cloud General Terms (Part B).

**Provider:** Cale Street Learning Ltd, registered in England, Station Road, Wincanton, Somerset, United Kingdom.

**Customer:** Chengdu Jinlan Retail Chain Co., Ltd., Tianfu New Area, Chengdu, Sichuan Province, People's Republic of China.

## Part A — Order Form

### A1 Subscription

The Provider shall provide the Cale Learning Cloud platform (Enterprise edition) for up to 800 active learners and 40 administrators, including the course library, mobile learning app, examinations, certification tracking, store-level dashboards and the standard Chinese-language content pack. The platform is hosted in a data centre in Shanghai operated by the Provider's hosting partner named in A5.

### A2 Term

The Subscription Term is twenty-four months from the Subscription Start Date of 1 July 2027, divided into Subscription Year 1 (1 July 2027 to 30 June 2028) and Subscription Year 2 (1 July 2028 to 30 June 2029). The subscription ends at the end of the Subscription Term. Any further period requires a new Order Form signed by both parties.

### A3 Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription Year 1 fee | 800 learners, Enterprise edition | 286,000 |
| Subscription Year 2 fee | 800 learners, Enterprise edition | 286,000 |
| Onboarding and integration (one-time) | SSO with the Customer's WeCom, HR data feed, course migration, admin training | 42,000 |
| **Total Fees** | | **614,000** |

Additional learners above 800 are charged at CNY 330 per learner for the remainder of the Subscription Year in which they are added; such additional fees are not part of the Total Fees.

### A4 Invoicing and Payment

(a) The fee for each Subscription Year is invoiced on the first day of that Subscription Year and is payable within thirty days after receipt of a valid VAT invoice.

(b) The onboarding fee is invoiced after Go-Live Acceptance under A6 and is payable within thirty days after receipt of a valid VAT invoice.

(c) No other advance payment is required. All fees include VAT at the applicable rate.

### A5 Hosting Partner and Subcontractors

The hosting partner for the Shanghai data centre, named in the schedule of subcontractors attached to this Order Form, is approved by the Customer by signature of this Order Form. Any other subcontractor or sub-processor requires the Customer's prior written consent under section 10 of Part B.

### A6 Onboarding and Go-Live Acceptance

(a) The Provider shall complete onboarding by 20 June 2027.

(b) Go-Live Acceptance requires that: single sign-on works for all test accounts in each of the Customer's 63 stores; the HR data feed creates, updates and deactivates learner accounts correctly for ten consecutive daily runs; all 126 legacy courses and their completion records are migrated and reconciled by count; and the administrators' training has been delivered.

(c) The Customer shall confirm Go-Live Acceptance in writing within ten working days after the Provider's notice of readiness, or state the criteria not met. Use of the platform by learners before that confirmation is not acceptance.

(d) If onboarding is not ready for Go-Live Acceptance by the date in A6(a) for reasons attributable to the Provider, the Provider shall pay CNY 500 for each day of delay.

**Signed for the Customer:** ____________________  **Signed for the Provider:** ____________________

## Part B — General Terms

### 1. Definitions

1.1 "Customer Data" means all data, content, learner records, examination results and files submitted to or generated in the platform by or for the Customer and its users.

1.2 "Service" means the subscription described in the Order Form, including onboarding and support.

1.3 "Usage Data" means technical and statistical information about the use of the platform.

### 2. Service Levels

2.1 The Provider shall make the platform available at least 99.95% of the time in each calendar month, excluding scheduled maintenance announced at least three days in advance and carried out between 00:00 and 06:00 China Standard Time.

2.2 Severity 1 incidents (the platform or the mobile app unavailable for all users, or a data breach suspected) shall receive a response within thirty minutes and a workaround or restoration within six hours. Severity 2 incidents shall receive a response within two hours and a resolution within two business days. Severity 3 requests shall be answered within one business day.

2.3 If monthly availability falls below the commitment in 2.1, the Provider shall credit the Customer five per cent of the monthly equivalent of the Subscription Year fee for each started 0.1 percentage point of shortfall, up to half of that monthly amount. Each missed Severity 1 response time earns a further credit of CNY 800. Credits are deducted from the next invoice or paid at the end of the Subscription Term.

### 3. Customer Data

3.1 As between the parties, the Customer owns all Customer Data.

3.2 The Provider may collect, aggregate and analyse Customer Data and Usage Data, including learner progress, examination scores and course completion patterns, to produce anonymised and aggregated data sets. The Provider may use such data sets during and after the Subscription Term to improve and develop its products, train its course recommendation features and publish industry benchmark reports, provided that neither the Customer nor any individual is identified.

3.3 On expiry or termination the Provider shall make Customer Data available for export in standard formats for thirty days and shall then delete it from the platform and its backups within a further sixty days.

### 4. Data Security

4.1 The Provider shall keep Customer Data in mainland China, maintain a graded protection (MLPS) level 3 filing for the platform, encrypt Customer Data in transit and at rest, restrict staff access to named personnel with multi-factor authentication and log all administrative access.

4.2 The Provider shall notify the Customer within twenty-four hours after becoming aware of any unauthorised access to or loss of Customer Data, take immediate remedial action, support the Customer's notifications to regulators and individuals, and compensate the Customer for losses resulting from the Provider's failure to comply with this section 4.

### 5. Intellectual Property

5.1 The platform, its software and the standard content library remain the property of the Provider.

5.2 Courses, examinations, store-specific training materials and configurations created by or for the Customer, including those created by the Provider during onboarding, belong to the Customer, which may use, modify, copy and license them without restriction, during and after the Subscription Term.

### 6. Confidentiality

Each party shall keep confidential the other party's non-public business, technical and pricing information, use it only to perform the Order Form and disclose it only to employees and advisers who need to know it and are bound by similar obligations. This section survives for three years after the end of the Subscription Term.

### 7. Warranties

The Provider warrants that the Service will be provided with reasonable skill and care, substantially in accordance with its documentation, and that it will not materially reduce the functionality of the platform during the Subscription Term.

### 8. Customer Responsibilities and Support

8.1 The Customer shall keep administrator credentials secure, ensure that its users follow the acceptable use policy, and obtain any consents required under the Personal Information Protection Law for the learner data it provides.

8.2 The Provider shall give the Customer a named customer success manager, a Chinese-language help desk available from 08:00 to 22:00 every day for questions and a 24x7 hotline for Severity 1 incidents, and a quarterly service review covering availability, incidents, usage and planned releases.

### 9. Limitation of Liability

9.1 Neither party is liable for indirect or consequential loss or loss of profit.

9.2 Each party's total liability arising out of or in connection with the Order Form is limited to the fees paid or payable by the Customer in the six months preceding the event giving rise to the claim. This limit does not apply to breach of section 4 or section 6, to wilful misconduct or to the Customer's obligation to pay fees.

### 10. Subcontracting

The Provider shall not subcontract the Service or appoint a new sub-processor without the Customer's prior written consent, other than the hosting partner approved in A5. The Provider remains responsible for the acts and omissions of its subcontractors.

### 11. Termination

11.1 Either party may terminate the Order Form by written notice if the other party commits a material breach and does not remedy it within thirty days after written notice.

11.2 If the Customer terminates for the Provider's breach, the Provider shall refund any fees paid for the period after the termination date and give the export assistance described in 3.3.

### 12. Governing Law and Disputes

The Order Form and these General Terms are governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Shanghai International Arbitration Centre for arbitration in Shanghai under its rules in force at the time.

### 13. General

Neither party may assign the Order Form without the other party's written consent. The Order Form prevails over these General Terms in case of conflict. Amendments must be in writing and signed by both parties.
"""

H1156E03 = """
T:Supply Contract for Cold Store Sensors and Monitoring Software
P:Contract No. TJBL-PUR-2027-0442 (Buyer's standard terms of purchase)
P:Buyer: Tianjin Binlian Cold Chain Logistics Co., Ltd., Dongjiang Free Trade Port Zone, Tianjin, People's Republic of China.
P:Supplier: Beaminster Instruments Ltd, a company registered in England, Hogshill Street, Beaminster, Dorset, United Kingdom, acting through its appointed importer of record in Tianjin.
P:The Buyer operates four cold stores and a blast-freezing centre in Tianjin. The Supplier has offered wireless temperature and humidity sensors, gateways and its ColdWatch monitoring software to replace the Buyer's manual and data-logger based records. The parties agree as follows.
H:1. Definitions and Scope
P:1.1 "Equipment" means the sensors, gateways and accessories listed in the Price Table in clause 2.
P:1.2 "Monitoring Licence" means a perpetual licence to the ColdWatch Server software, its alarm module and its mobile application for unlimited users at the Buyer's sites, installed on the Buyer's servers in Tianjin.
P:1.3 "Deliverables" means the Equipment, the Monitoring Licence, the installation, calibration, integration and training services and all documents to be supplied under this Contract.
P:1.4 The Supplier shall supply and install 640 sensors in the storage chambers, ante-rooms and loading docks, 32 gateways, and the Monitoring Licence; calibrate every sensor on site against a reference thermometer traceable to national standards; and connect the alarm module to the Buyer's warehouse management system and duty telephone system.
H:2. Price
P:2.1 The Contract Price is CNY 1,105,000, fixed, including import duties, VAT, delivery to the Buyer's sites, installation materials and all services during the warranty period. It is made up as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor, -40 to +60 degrees C, IP67, with mounting kit|640|780|499,200
TB:2|LoRa gateway with 4G backhaul and battery backup|32|4,600|147,200
TB:3|ColdWatch Server Monitoring Licence (perpetual, unlimited users)|1 lot|318,000|318,000
TB:|Hardware and Licence Subtotal|||964,400
TB:4|Installation, on-site calibration and WMS integration|1 lot|126,000|126,000
TB:5|Training of operators and administrators|1 lot|14,600|14,600
TB:|Contract Price|||1,105,000
H:3. Payment
P:3.1 Twenty per cent of the Contract Price (CNY 221,000) is payable as an advance within twenty days after signature, against an advance payment bank guarantee of the same amount issued by a bank in mainland China.
P:3.2 Forty-five per cent (CNY 497,250) is payable within twenty days after all Equipment has been delivered and installed and the Buyer has signed the delivery note. Signing the delivery note confirms quantity and visible condition only and is not acceptance.
P:3.3 Thirty-five per cent (CNY 386,750) is payable within twenty days after Final Acceptance under clause 5.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all Equipment to the Buyer's sites within seventy days after signature and complete installation and calibration within a further thirty days.
P:4.2 Installation shall be carried out in working chambers without interrupting operations. The Supplier's staff shall follow the Buyer's cold-room safety rules, including the buddy system and the use of protective clothing.
P:4.3 Each delivery shall include packing lists, certificates of origin, factory test reports and the user and maintenance manuals in Chinese.
P:4.4 Title to and risk in the Equipment pass to the Buyer on signature of the delivery note at each site. Until then the Supplier shall insure the Equipment for its replacement value.
P:4.5 The Supplier shall appoint a project manager who speaks Chinese and is present at the Buyer's sites during installation. The Buyer shall provide access, power, network ports and a contact person for each site.
H:5. Acceptance
P:5.1 Final Acceptance requires that: (a) every sensor has an on-site calibration record showing a deviation of no more than 0.3 degrees C from the reference at two test points; (b) all sensors have reported data at their configured interval for thirty consecutive days, with gaps caused by the Equipment below one per mille of expected readings and automatically back-filled from the sensor's memory; (c) alarms for high temperature, low battery and sensor offline are raised in the software and reach the duty telephones within one minute in a witnessed test at every chamber; (d) the WMS integration shows the temperature history of each pallet location; and (e) training has been delivered and all documents handed over.
P:5.2 The Buyer shall carry out the acceptance tests within fifteen working days after the Supplier's written notice of readiness and issue a Final Acceptance certificate or a list of the criteria not met. Use of the system for operations, or any payment, is not acceptance.
H:6. Warranty and Service Levels
P:6.1 The warranty period is thirty-six months from Final Acceptance. During this period the Supplier shall repair or replace faulty Equipment, replace sensor batteries that fail early, correct software defects and supply all software updates free of charge.
P:6.2 A Severity 1 fault (loss of monitoring or alarms for a whole cold store, or failure of the server software) shall receive a response within one hour at any time and be resolved within eight hours. A Severity 2 fault (up to ten sensors or one gateway) shall receive a response within two hours and be resolved within two working days.
P:6.3 For each hour by which the Supplier exceeds a Severity 1 response or resolution time, it shall pay the Buyer CNY 800, deducted from any amount due.
P:6.4 After the warranty period, the Supplier shall offer annual maintenance at eight per cent of the Hardware and Licence Subtotal, that is CNY 77,152 per year, fixed for the first two years after the warranty period. Maintenance is ordered separately each year and does not renew automatically.
P:6.5 The Supplier shall keep at the Buyer's main site a stock of spare sensors and gateways equal to two per cent of the installed quantity, replenished within ten days after use, and shall carry out a preventive maintenance visit every six months, including a calibration check of a sample of sensors and a report on battery condition.
H:7. Intellectual Property
P:7.1 The ColdWatch software remains the property of the Supplier. The Monitoring Licence is perpetual and irrevocable once paid.
P:7.2 The WMS interface, the chamber maps, alarm rules and report templates made for the Buyer, with their source code and documentation, belong to the Buyer, which may use, modify and license them freely.
H:8. Data Protection and Security
P:8.1 All temperature records, alarm logs and other data generated by the Deliverables belong to the Buyer and shall be used by the Supplier only to perform this Contract.
P:8.2 The Supplier shall configure the gateways and software with encrypted communication and unique passwords, shall access the Buyer's systems remotely only after the Buyer's approval for each session, and shall notify the Buyer within twelve hours of any security incident affecting the Buyer's data, take remedial action and be liable for the resulting losses.
H:9. Confidentiality
P:Each party shall keep confidential the other party's non-public information, including site layouts, customer names and prices, and shall not disclose it to third parties without prior written consent, during this Contract and for three years after it ends.
H:10. Delay Damages and Liability
P:10.1 If the Supplier delays delivery or installation beyond the dates in clause 4.1, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to ten per cent of the Contract Price.
P:10.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 8 and 9, which are not limited.
H:11. Subcontracting
P:The Supplier shall not subcontract any part of the installation or services without the Buyer's prior written consent. The importer of record named above is approved by signature of this Contract for import and customs clearance only.
H:12. Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within twenty days after written notice, or if delay damages reach their maximum.
P:12.2 On termination for the Supplier's breach, the Supplier shall refund amounts paid for Deliverables not accepted and remove its Equipment at its own cost if the Buyer so requests.
P:12.3 The Buyer may also terminate this Contract by written notice if the Supplier becomes insolvent, enters liquidation or ceases to carry on business.
H:13. Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Tianjin Arbitration Commission for arbitration in Tianjin.
H:14. Force Majeure
P:A party prevented from performing by events beyond its reasonable control, such as natural disasters, epidemics or government restrictions, shall notify the other party promptly and is excused for the duration of the event. If such an event lasts longer than sixty days, either party may terminate the affected part of the Contract by written notice.
H:15. General
P:15.1 This Contract is made in English and Chinese; both versions are equally authentic.
P:15.2 Any amendment must be in writing and signed by both parties. The Supplier may not assign this Contract or any payment under it without the Buyer's prior written consent.
P:15.3 Annexes: Annex 1 Technical Specification; Annex 2 Site and Chamber List; Annex 3 Acceptance Test Procedure.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H1156E04 = """
# Managed Service Desk and End-User Support Agreement

**Agreement No. XHSC-ITS-2027-07**

**Customer:** Xiamen Haitong Supply Chain Co., Ltd., Huli District, Xiamen, Fujian Province, People's Republic of China.

**Provider:** Axe Vale Managed Services Limited, a company registered in England, Trinity Square, Axminster, Devon, United Kingdom, performing in China through its wholly owned subsidiary Axe Vale IT Services (Xiamen) Co., Ltd., which signs this Agreement jointly and severally with it.

**Background.** The Customer employs about 1,150 staff at its head office, six warehouses and two port offices. It wishes to outsource its IT service desk, desk-side support and device lifecycle services to the Provider for a fixed period, on the terms below and in Schedules 1 to 3.

## Section 1 Definitions

1.1 "Services" means the services described in Schedule 1, delivered to the Service Levels in Schedule 2.

1.2 "Service Commencement Date" means the date on which the Customer confirms in writing that the transition described in Section 3 is complete and the acceptance criteria in Section 3.3 are met.

1.3 "Term" means thirty-six months from the Service Commencement Date.

1.4 "Customer Data" means all information relating to the Customer, its employees, customers and devices that the Provider receives or accesses in performing the Services, including tickets, user directories, device inventories and call recordings.

1.5 "Incident" means an unplanned interruption to, or reduction in the quality of, an IT service used by the Customer.

## Section 2 Services and Staffing

2.1 The Provider shall perform the Services from its Xiamen service centre and at the Customer's sites with suitably qualified staff who speak Mandarin and, for the service desk, English.

2.2 The Provider shall assign a named service delivery manager who attends a monthly service review with the Customer and produces the monthly performance report described in Schedule 2.

2.3 The Provider shall maintain a knowledge base of procedures and known errors for the Customer's environment and keep it current throughout the Term.

## Section 3 Transition and Acceptance

3.1 The Provider shall carry out the transition plan agreed at signature, including knowledge transfer from the Customer's current team, set-up of the telephone line and ticketing workflows, import of open tickets and the device inventory, and shadow operation.

3.2 Transition shall be completed by 1 September 2027.

3.3 Transition is accepted when: (a) all open tickets and the inventory of about 1,900 devices have been migrated and reconciled; (b) the Provider has run the service desk in parallel with the Customer's team for ten working days and met the Priority 1 and Priority 2 targets in Schedule 2 during that period; (c) the escalation contacts and runbooks for all nine sites have been approved by the Customer; and (d) a test of the out-of-hours telephone line has succeeded at each site. The Customer shall confirm or reject in writing within five working days after the Provider's notice of readiness, giving reasons for any rejection.

3.4 If the Service Commencement Date has not occurred by the date in Section 3.2 for reasons attributable to the Provider, the Provider shall pay the Customer CNY 2,000 for each day of delay.

## Section 4 Charges and Payment

4.1 The Charges are set out in Schedule 3. The Total Contract Value is CNY 2,164,000.

4.2 The Monthly Service Charge is invoiced monthly in arrears and payable within thirty days after receipt of a valid VAT invoice. The Transition Charge is invoiced after the Service Commencement Date.

4.3 The Charges are fixed for the Term. Devices added or removed within a range of ten per cent of the baseline do not change the Charges.

## Section 5 Service Levels and Service Credits

5.1 The Provider shall meet the Service Levels in Schedule 2.

5.2 If a Service Level is missed, the Provider shall apply the Service Credits in Schedule 2 to the next invoice, and shall within ten working days submit a remediation plan for the Customer's approval.

## Section 6 Customer Data

6.1 Customer Data remains the property of the Customer. The Provider shall use Customer Data only to perform the Services and shall not sell, license or otherwise make it available for any other purpose.

6.2 At the end of the Term the Provider shall return all Customer Data to the Customer in a readable format and shall then delete its copies.

## Section 7 Confidentiality

7.1 Each party shall keep confidential all non-public information of the other party that it receives in connection with this Agreement, including prices, business plans, customer and supplier information and details of IT systems, and shall not disclose it to any third party without the other party's prior written consent.

7.2 Each party may disclose confidential information to its employees, auditors and legal advisers who need to know it and are bound by equivalent obligations, and where required by law.

7.3 This Section continues for three years after the end of the Term.

## Section 8 Intellectual Property

8.1 The Provider's tools, ticketing software and generic methods remain its property.

8.2 Runbooks, scripts, knowledge-base articles, device images and reports produced specifically for the Customer belong to the Customer, which may use, modify and license them freely, including to a replacement provider.

## Section 9 Liability

9.1 The Provider's total liability under this Agreement is limited to 150% of the Total Contract Value.

9.2 Neither party is liable for loss of profit or indirect loss, except in the case of wilful misconduct.

## Section 10 Subcontracting

The Provider shall not subcontract any of the Services without the Customer's prior written consent, except that its Xiamen subsidiary named above may perform the Services. The Provider remains responsible for any subcontractor.

## Section 11 Term and Early Termination

11.1 This Agreement starts on signature and ends at the end of the Term. It may be extended only by a written agreement signed by both parties.

11.2 This Agreement may be terminated before the end of the Term only (a) by written agreement of the parties, or (b) by either party by written notice if the other party becomes insolvent or enters into liquidation.

11.3 A failure to meet Service Levels, or any other breach by the Provider, shall be dealt with through Service Credits, the remediation plan under Section 5.2 and damages, and does not entitle the Customer to terminate this Agreement.

11.4 On expiry the Provider shall provide up to sixty days of exit assistance, including handover of documentation and knowledge transfer to the Customer or a replacement provider, at the daily rates in Schedule 3.

## Section 12 Customer Responsibilities and Force Majeure

12.1 The Customer shall give the Provider's staff access to its sites, systems and administrator accounts as reasonably needed, provide desk space at the head office, and notify the Provider in advance of planned changes that affect the Services.

12.2 Neither party is responsible for a failure caused by events beyond its reasonable control, such as typhoons, epidemics or government restrictions, provided that it notifies the other party promptly and resumes performance as soon as possible.

## Section 13 Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Xiamen Arbitration Commission for arbitration in Xiamen.

## Schedule 1 — Services

| Service | Scope | Hours |
|---|---|---|
| Service desk | Telephone, e-mail and WeCom support for about 1,150 users; logging, triage and resolution of incidents and requests | 07:00–22:00 every day; Priority 1 on call at all other times |
| Desk-side support | On-site support at head office and the two largest warehouses; scheduled visits to the other sites twice a week | Working days 08:30–18:00 |
| Device lifecycle | Imaging, deployment, moves and disposal of laptops, desktops, handheld scanners and label printers | Working days |
| Account administration | Joiners, movers and leavers in the directory and e-mail system within one working day | Working days |
| Reporting | Monthly performance report and quarterly service review | Monthly / quarterly |

## Schedule 2 — Service Levels and Service Credits

| Priority | Definition | Response | Resolution or workaround | Service Credit per missed ticket (CNY) |
|---|---|---|---|---|
| Priority 1 | Warehouse operations, port office or more than fifty users stopped | 15 minutes | 3 hours | 3,000 |
| Priority 2 | A site function or a group of users seriously affected | 30 minutes | 8 hours | 1,000 |
| Priority 3 | A single user affected, workaround available | 2 hours | 2 working days | 200 |
| Priority 4 | Requests and questions | 1 working day | 5 working days | none |

Service Credits in any month are limited to one fifth of that month's Monthly Service Charge. The monthly report lists every missed target and its credit.

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition Charge | One-time, after the Service Commencement Date | 76,000 |
| Monthly Service Charge | CNY 58,000 per month × 36 months | 2,088,000 |
| **Total Contract Value** | | **2,164,000** |
| Additional work and exit assistance | Per engineer day, on written order | 1,800 per day |
"""

H1156E05 = """
DATA SUBSCRIPTION AGREEMENT
MARINE WEATHER AND PORT CONDITIONS API

Agreement No. OVMD-CN-2027-021

PARTIES

Otter Valley Marine Data Ltd, a company registered in England, whose office is at High Street, Honiton, Devon, United Kingdom ("Provider").

Qingdao Haixing Shipping Co., Ltd., a company incorporated in the People's Republic of China, whose office is in Shinan District, Qingdao, Shandong Province ("Customer").

BACKGROUND

The Customer operates a fleet of bulk carriers and container feeder vessels and wishes to receive forecast and observed marine weather data, routing advisories and port conditions data through an application programming interface, for use in its voyage planning system and fleet operations centre. The Provider agrees to supply that data on the terms of this Agreement.

1. DEFINITIONS

1.1 "API" means the Provider's REST and streaming interfaces through which the Data is delivered.

1.2 "Data" means the forecast and observed wind, wave, swell, current, visibility and sea-ice data, tropical cyclone advisories and port conditions data supplied under this Agreement, in the coverage and resolution described in Annex A.

1.3 "Customer Data" means vessel positions, voyage plans, port call schedules and any other information that the Customer submits to the API or that the Provider receives from the Customer.

1.4 "Subscription Year" means each of the two consecutive periods starting on the Start Date of 1 August 2027 and on 1 August 2028, and any renewal period under clause 12.

1.5 "Integration Services" means the Provider's assistance in connecting the API to the Customer's voyage planning system, building the route-weather overlay and the port conditions feed mapping, as described in Annex B.

2. LICENCE TO USE THE DATA

2.1 The Provider grants the Customer a non-exclusive, non-transferable licence during the Term to access the API and use the Data for the Customer's internal operations, including sharing routing advice derived from the Data with masters and charterers of the vessels it operates.

2.2 The Customer may store Data for its voyage records and claims files and may keep such records after the Term ends.

2.3 The Customer shall not resell the Data as a data product or make the API available to third parties.

3. FEES

3.1 The fees are:
    Data subscription, Subscription Year 1 fee (up to 60 vessels and 2,000,000 API calls per month): CNY 336,000
    Data subscription, Subscription Year 2 fee (same scope): CNY 336,000
    Integration Services (one-time): CNY 24,000
    Total Fees for the initial Term: CNY 696,000

3.2 API calls above the monthly allowance are charged at CNY 60 per 10,000 calls, invoiced quarterly in arrears. Such usage charges are not part of the Total Fees.

3.3 Additional vessels may be added at CNY 5,800 per vessel per Subscription Year, pro rata for part of a Subscription Year.

4. INVOICING AND PAYMENT

4.1 The fee for each Subscription Year is invoiced on the first day of that Subscription Year and is payable within thirty days after the Customer receives a valid VAT invoice issued by the Provider's agent in China.

4.2 The Integration Services fee is invoiced after Integration Acceptance under clause 5 and is payable within thirty days.

4.3 No other payment is due in advance.

5. INTEGRATION AND ACCEPTANCE

5.1 The Provider shall complete the Integration Services by 15 July 2027.

5.2 Integration Acceptance requires that: (a) the API delivers forecast data for all routes in Annex A to the Customer's test environment for seven consecutive days without a gap of more than one forecast cycle; (b) forecast values in the route-weather overlay match the Provider's reference output for a sample of fifty waypoints; (c) port conditions for the 38 ports listed in Annex A are mapped to the Customer's port codes without error; and (d) the Customer's operators have received the training described in Annex B.

5.3 The Customer shall confirm Integration Acceptance in writing, or list the criteria not met, within five working days after the Provider's notice of readiness. Access to the API in production before that confirmation is not acceptance.

5.4 If Integration Acceptance is delayed beyond the date in clause 5.1 for reasons attributable to the Provider, the Provider shall pay the Customer CNY 450 for each day of delay.

6. SERVICE LEVELS

6.1 The Provider shall make the API available at least 99.95% of each calendar month, excluding scheduled maintenance notified at least five days in advance.

6.2 Forecast data shall be updated at least every six hours, and tropical cyclone advisories within thirty minutes after their publication by the issuing meteorological agency.

6.3 Priority 1 incidents (the API unavailable, or forecast updates missing for more than two cycles) shall be responded to within eight business hours of the Provider's support desk in the United Kingdom. Priority 2 incidents shall be responded to within two business days.

6.4 If availability in a month is below the level in clause 6.1, the Provider shall credit the Customer ten per cent of the monthly equivalent of the current Subscription Year fee for each started half percentage point of shortfall. Credits are applied to the next invoice.

6.5 The Provider shall send the Customer a monthly service report showing availability, incidents, forecast update times and API call volumes, and shall hold a service review with the Customer's fleet operations manager each quarter.

7. CUSTOMER DATA

7.1 Customer Data belongs to the Customer. The Provider shall use Customer Data only to deliver the Data and the API to the Customer and shall not use, aggregate, sell or disclose it for any other purpose, during or after the Term.

7.2 On expiry or termination the Provider shall delete Customer Data within thirty days and confirm deletion in writing.

8. DATA SECURITY

8.1 The Provider shall protect Customer Data with encryption in transit and at rest, API keys with IP allow-lists, role-based access for its staff and logging of all administrative access.

8.2 Customer Data is processed on servers located in mainland China operated for the Provider. The Provider shall comply with the Data Security Law and Personal Information Protection Law of the People's Republic of China.

8.3 The Provider shall notify the Customer within twenty-four hours after becoming aware of any unauthorised access to Customer Data, take the necessary remedial measures and compensate the Customer for losses caused by the Provider's breach of this clause.

9. INTELLECTUAL PROPERTY

9.1 The Data, the API and the Provider's models remain the property of the Provider and its licensors.

9.2 The route-weather overlay, port code mappings and interface programs created in the Integration Services for the Customer belong to the Customer, which may use, modify and license them freely.

10. CONFIDENTIALITY

10.1 Each party shall keep confidential the other party's non-public information, including Customer Data, prices and technical documentation, and shall not disclose it to any third party without prior written consent, except to its employees and advisers who need to know it.

10.2 This clause survives for three years after the end of the Term.

11. SUBCONTRACTORS AND DATA PARTNERS

The Provider may engage subcontractors and data partners, including observation networks, satellite data suppliers and hosting providers, to perform any part of this Agreement by giving the Customer written notice of the subcontractor's name and role. The Provider remains responsible for their performance.

12. TERM AND RENEWAL

12.1 The initial Term consists of the two Subscription Years described in clause 1.4.

12.2 At the end of the initial Term and of each renewal period, this Agreement renews automatically for a further Subscription Year unless either party gives written notice of non-renewal at least sixty days before the end of the current period.

12.3 The Provider may increase the subscription fee for each renewal period by up to six per cent over the fee for the preceding Subscription Year by notice given at least ninety days before the renewal.

13. TERMINATION

13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within thirty days after written notice.

13.2 On termination for the Provider's breach, the Provider shall refund the part of the Subscription Year fee that relates to the period after termination.

14. LIABILITY

14.1 Each party's total liability under this Agreement is limited to 150% of the Total Fees. The limit does not apply to breach of clause 8, to wilful misconduct or to the Customer's obligation to pay.

14.2 The Data are forecasts and observations. The master remains responsible for navigation decisions, and the Provider is not liable for decisions taken on the basis of forecast data that was correctly delivered.

15. GOVERNING LAW AND DISPUTES

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing.

16. GENERAL

16.1 Notices shall be given in writing to the addresses above or to the e-mail addresses in Annex C.

16.2 Neither party may assign this Agreement without the other party's prior written consent, which shall not be unreasonably withheld.

16.3 Annexes: Annex A Data Coverage and Ports; Annex B Integration Services; Annex C Contacts.

Signed for the Provider: ____________________
Signed for the Customer: ____________________
"""

SOURCES = {"h1156z01": H1156Z01, "h1156z02": H1156Z02, "h1156z03": H1156Z03, "h1156z04": H1156Z04,
           "h1156z05": H1156Z05, "h1156e01": H1156E01, "h1156e02": H1156E02, "h1156e03": H1156E03,
           "h1156e04": H1156E04, "h1156e05": H1156E05}

# ---------------------------------------------------------------- labels
KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]


def T(avail, p1, remedy, ip, dsec, owns, conf, ld, cap, pre, acc, final, war, pwf, auto, term, sub, law, kind):
    return dict(zip(KEYS, [avail, p1, remedy, ip, dsec, owns, conf, ld, cap, pre, acc, final, war, pwf, auto, term,
                           sub, law, kind]))


# design: stem, ext, language, category, terms, extra, forum_outside, tco (cv, fee_base, warranty_months) | None,
# design rules
D = [
    ("h1156z01_enterprise_startup_platform_licence", "pdf", "zh", "software",
     T(99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 36, 7, False, True, False, "PRC",
       "goods_or_licence"),
     dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
          contract_value=2240000), False, (2240000, 1260000, 36), []),
    ("h1156z02_cutting_machine_line_control_retrofit", "docx", "zh", "hardware",
     T(None, 1, True, "buyer", True, True, True, 0.03, None, 10, True, True, 24, 6, False, True, True, "PRC",
       "goods_or_licence"),
     dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
          contract_value=1668000), False, (1668000, 1414000, 24), ["CR-LD-LOW", "CR-SUBCONTRACT"]),
    ("h1156z03_picture_book_library_booking_saas", "txt", "zh", "cloud",
     T(99.5, 0.5, True, "buyer", True, False, True, 400 / 453000 * 100, 150, None, True, None, None, None, True, True,
       False, "PRC", "service"),
     dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=453000), False, None,
     ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"]),
    ("h1156z04_county_pest_forecast_system_om", "txt", "zh", "services",
     T(None, 1, False, "buyer", True, True, False, 0.1, None, None, True, None, None, None, False, True, False, None,
       "service"),
     dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=368000), False, None,
     ["CR-CONFIDENTIALITY", "CR-SLA-NO-REMEDY"]),
    ("h1156z05_bamboo_carving_process_tracking_supplier_template", "md", "zh", "software",
     T(None, None, False, "supplier", True, True, True, None, None, 65, False, False, 6, 28, False, True, None, None,
       "goods_or_licence"),
     dict(sla_clause=False, ld_stated=False, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=True,
          contract_value=396000), False, (396000, 286000, 6),
     ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-MISSING",
      "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
    ("h1156e01_engineering_document_licence_bruton_vendor", "pdf", "en", "software",
     T(None, 1, True, "buyer", True, True, True, 0.1, 150, 10, True, True, 24, 11, False, True, False,
       "England and Wales", "goods_or_licence"),
     dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
          contract_value=1646000), True, (1646000, 1180000, 24), ["CR-GOVERNING-LAW"]),
    ("h1156e02_learning_platform_saas_order_form", "md", "en", "cloud",
     T(99.95, 0.5, True, "buyer", True, False, True, 500 / 614000 * 100, 6 / 24 * 100, None, True, None, None, None,
       False, True, False, "PRC", "service"),
     dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=614000), False, None,
     ["CR-DATA-OWNERSHIP", "CR-LIABILITY-CAP"]),
    ("h1156e03_cold_store_sensors_monitoring_licence", "docx", "en", "hardware",
     T(None, 1, True, "buyer", True, True, True, 0.08, 200, 20, True, True, 36, 8, False, True, False, "PRC",
       "goods_or_licence"),
     dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
          contract_value=1105000), False, (1105000, 964400, 36), []),
    ("h1156e04_managed_service_desk_36_months", "md", "en", "services",
     T(None, 0.25, True, "buyer", False, True, True, 2000 / 2164000 * 100, 150, None, True, None, None, None, False,
       False, False, "PRC", "service"),
     dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=2164000), False, None,
     ["CR-DATA-SECURITY", "CR-TERMINATION"]),
    ("h1156e05_marine_weather_data_api_subscription", "txt", "en", "cloud",
     T(99.95, 8, True, "buyer", True, True, True, 450 / 696000 * 100, 150, None, True, None, None, None, True, True,
       True, "PRC", "service"),
     dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=696000), False, None,
     ["CR-AUTO-RENEWAL", "CR-SLA-RESPONSE", "CR-SUBCONTRACT"]),
]

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
# policy thresholds (label values must not equal them; texts must not state them)
THRESH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
          "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}


def tco_share(tco, pct):
    cv, base, wm = tco
    years = max(0.0, 5 - wm / 12)
    fees = years * base * pct / 100
    return fees / (cv + fees) * 100, cv + fees


def derive(t, x, forum_outside, tco):
    """My reading of policy section 3, from the label alone."""
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
        if t["post_warranty_fee_pct"] is not None and tco_share(tco, t["post_warranty_fee_pct"])[0] > 40:
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


# ---------------------------------------------------------------- threshold text scan
PCT = r"\s*(?:%|％|per\s*cent|percent)"
PATTERNS = [
    r"99\.9(?!\d)",
    r"(?<![\d.,])4\s*(?:-\s*)?(?:hours?|hrs?|h\b|小时|个小时)", r"(?<![\w-])four[\s-]*(?:hours?|business\s*hours?)", r"四个?小时",
    r"(?<![\d.,])0\.05(?!\d)", r"万分之五",
    r"(?<![\d.,])100" + PCT, r"one\s*hundred" + PCT, r"百分之一?百",
    r"(?<![\d.,])30" + PCT, r"thirty" + PCT, r"百分之三十",
    r"(?<![\d.,])40" + PCT, r"forty" + PCT, r"百分之四十",
    r"(?<![\d.,])15" + PCT, r"fifteen" + PCT, r"百分之十五",
    r"(?<![\d.,])12\s*(?:-\s*)?(?:months?|个月)", r"twelve[\s-]*months?", r"十二个月", r"(?<![\d.,])1\s*(?:个)?年",
    r"\bone[\s-]*years?\b", r"(?<![每第])一年", r"\b1[\s-]*years?\b",
]
RX = re.compile("|".join("(?:%s)" % p for p in PATTERNS), re.I)
MUST_HIT = ["99.9%", "99.9 %", "4 hours", "4-hour", "four hours", "4小时", "四小时", "0.05%", "万分之五", "100%",
            "100 per cent", "百分之百", "30%", "thirty per cent", "百分之三十", "40 %", "百分之四十", "15%", "15 percent",
            "百分之十五", "12 months", "12-month", "twelve months", "十二个月", "12个月", "one year", "一年", "1年"]
MUST_MISS = ["99.95%", "99.5%", "24 hours", "14 hours", "0.058%", "0.5%", "150%", "1,300%", "115%", "1.5%", "0.15%",
             "2,130%", "24 months", "36个月", "2027年12月31日", "twenty-four hours", "每一年", "第一年", "3.0", "430%", "2,040 %", "45%", "35%"]
for s in MUST_HIT:
    assert RX.search(s), s
for s in MUST_MISS:
    assert not RX.search(s), s


# price and payment sums stated in the texts
assert 1260000 + 780000 + 164000 + 36000 == 2240000 == 448000 + 1008000 + 784000            # z01
assert 516000 + 300000 + 58800 + 43200 + 368000 + 128000 == 1414000                           # z02 subtotal
assert 1414000 + 236000 + 18000 == 1668000 == 166800 + 917400 + 583800                       # z02
assert 29 * 6800 == 197200 and 2 * 197200 + 58600 == 453000                                  # z03
assert 196000 + 118000 + 54000 == 368000 == 4 * 92000                                        # z04
assert 286000 + 92000 + 18000 == 396000 == 257400 + 138600 and 286000 * 28 // 100 == 80080   # z05
assert 1180000 + 342000 + 96000 + 28000 == 1646000 == 164600 + 905300 + 576100               # e01
assert 1180000 * 11 // 100 == 129800 and 1260000 * 7 // 100 == 88200 and 1414000 * 6 // 100 == 84840
assert 2 * 286000 + 42000 == 614000                                                          # e02
assert 640 * 780 + 32 * 4600 + 318000 == 964400 and 964400 + 126000 + 14600 == 1105000       # e03
assert 221000 + 497250 + 386750 == 1105000 and 964400 * 8 // 100 == 77152
assert 36 * 58000 + 76000 == 2164000                                                         # e04
assert 2 * 336000 + 24000 == 696000                                                          # e05


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for tb in doc.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    srcs = dict(SOURCES)
    targets = {}
    for stem, ext, *_ in D:
        key = stem[:8]
        if ext in ("txt", "md"):
            (OUT / (stem + "." + ext)).write_text(srcs[key].strip("\n") + "\n", encoding="utf-8")
            print("wrote", stem + "." + ext)
        else:
            targets[key] = (stem + "." + ext, ext)
    write({k: srcs[k] for k in targets}, targets, OUT, wrap_words=True)
    fired = set()
    for stem, ext, lang, cat, t, x, forum_outside, tco, design in D:
        path = OUT / (stem + "." + ext)
        text = read_back(path)
        if lang == "zh":
            n = len(re.sub(r"\s", "", text))
            ok = 2750 <= n <= 3000
        else:
            n = len(text.split())
            ok = 1450 <= n <= 1650
        print("%-62s %s %5d %s" % (path.name, lang, n, "" if ok else "<-- LENGTH"))
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            m = RX.search(variant)
            assert not m, (path.name, m.group(0), variant[max(0, m.start() - 40):m.end() + 40])
        for k, v in THRESH.items():
            assert t[k] is None or abs(t[k] - v) > 1e-9, (stem, k)
        if tco is not None and t["post_warranty_fee_pct"] is not None:
            share, total = tco_share(tco, t["post_warranty_fee_pct"])
            assert abs(share - 40) > 2, (stem, share)
            print("   TCO %.0f share %.1f %%" % (total, share))
        rules = derive(t, x, forum_outside, tco)
        assert rules == sorted(design), (stem, rules, design)
        fired |= set(rules)
        if stem[5] == "z" and stem[5:8] == "z05":
            assert 8 <= len(rules) <= 10
        risk = "high" if set(rules) & HIGH else ("low" if set(rules) <= LOW else "medium")
        if x.get("post_warranty_fee_capped") is not None:
            assert t["contract_kind"] == "goods_or_licence"
        label = {"file": path.name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": x,
                 "expected_rules": rules}
        (OUT / (stem + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1), encoding="utf-8")
        print("   rules:", ", ".join(rules) or "(none)", "| risk", risk)
        assert ok, (path.name, n)
    assert fired == set(ALL_RULES), set(ALL_RULES) - fired
    print("all 20 rules covered")


if __name__ == "__main__":
    main()
