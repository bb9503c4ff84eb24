"""holdout984: ten blind held-out draft contracts (written before any run of the tool).

Builds every file of this folder from the sources below: the .txt/.md as they are, the .docx/.pdf through
../word_pdf.py (PDFs broken into lines at word boundaries). Writes the .json labels and asserts: text lengths as read
back, no label value on a policy threshold, no threshold figure in any built file (regex, self-tested), payment and
price sums, and that the rules derived from each label (my reading of policy §3) equal the design list and cover all 20
CR rules. Run: /work/main/.venv/bin/python -B make_files.py
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---- sources (markup for .docx/.pdf, plain text for .txt/.md) ----
H984Z01 = '''\
T:气象科普场馆预约平台建设项目合同
P:合同编号：QXJ-ZFCG-2027-018　　采购方式：公开招标（政府采购）
P:甲方（采购人）：某市气象局
P:乙方（供应商）：苏州云岫信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，甲乙双方经协商一致，就某市气象科普馆预约平台的软件许可与定制开发事宜订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供“场馆预约管理平台”软件永久使用许可一套（含后台管理、票务核验、团体预约三个模块），不限用户数，部署于甲方政务云环境。
P:1.2 乙方按甲方需求定制开发：公众预约小程序、入馆二维码核验终端程序、科普活动报名模块、客流统计数据大屏，以及与市政务服务平台统一身份认证的接口。
P:1.3 乙方负责系统部署、数据初始化、联调测试、试运行保障，并对甲方管理人员和讲解员进行操作培训。
P:1.4 项目工期：合同签订之日起九十日内完成部署和定制开发并提交初验，初验合格后进入六十日试运行。
P:1.5 乙方应组建不少于六人的项目组，指定具有同类项目经验的项目经理常驻甲方现场，项目经理未经甲方同意不得更换。乙方每周提交项目周报，重大问题及时书面报告。
P:1.6 交付物包括：软件安装介质及授权文件、定制开发程序及源代码、数据库设计说明、接口说明、部署手册、用户手册、培训教材、测试报告和试运行报告。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰贰拾万零捌仟元整（¥1,208,000），为固定总价，包含软件许可、定制开发、实施、培训、税费及乙方完成本合同所需的全部费用。
P:2.2 价款构成：平台软件许可费¥620,000；定制开发费¥478,000；实施部署费¥86,000；培训费¥24,000。
P:2.3 除本合同另有约定外，甲方无需另行支付任何费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额合法发票后十个工作日内，甲方支付合同总价的20%作为预付款，即¥241,600。
P:3.2 系统初验合格后十个工作日内，甲方支付合同总价的45%，即¥543,600。
P:3.3 最终验收合格并签署验收报告后十个工作日内，甲方支付合同总价的35%，即¥422,800。
P:3.4 甲方按财政国库集中支付程序付款，因财政审批流程造成的合理延迟不视为甲方违约。
H:第四条 验收
P:4.1 初验标准：招标文件技术需求逐项实现；公众端预约在800个并发用户下页面响应时间不超过2秒；二维码核验单次不超过1秒；统一身份认证接口联调通过；第三方软件测评机构出具的功能和安全测试报告无高危问题。
P:4.2 最终验收：试运行期满，期间未发生一级故障、预约数据与核验记录核对一致、网络安全等级保护测评通过，乙方提交源代码、部署手册、用户手册等全部文档后，由甲方组织专家进行最终验收。
P:4.3 系统上线运行、甲方使用或支付部分价款，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提交验收，所需费用由乙方承担。
H:第五条 服务水平
P:5.1 质保期内，平台月度可用率应不低于99.5%，计划内维护须提前三个工作日通知甲方并安排在闭馆时段进行。
P:5.2 故障分级：一级故障指公众无法预约或无法入馆核验；二级故障指部分功能不可用；三级故障指一般使用问题。乙方对一级故障应在30分钟内响应、2小时内到场或远程处置、8小时内恢复；二级故障2小时内响应、24小时内解决；三级故障在下一个工作日内答复。
P:5.3 月度可用率每低于约定值0.1个百分点，甲方从当期应付款或履约保证金中扣减¥1,000；一级故障响应每超时一小时扣减¥500。
H:第六条 质量保证与维护
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、远程及现场技术支持。
P:6.2 质保期满后，如甲方续购维护服务，年度维护费不超过平台软件许可费的9%，即每年不超过¥55,800，该价格在质保期满后三个年度内保持不变。维护服务按年另行签订合同，不自动续期。
P:6.3 质保期内乙方每季度对平台进行一次巡检，检查服务器资源、数据库备份、日志与安全补丁情况，并向甲方提交巡检报告；节假日和重大科普活动期间，乙方应安排专人值守保障。
H:第七条 知识产权
P:7.1 平台软件的既有知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:7.2 本合同项下定制开发的小程序、核验程序、数据大屏、接口程序及其源代码和文档的知识产权归甲方所有，甲方可自行或委托第三方使用、修改和升级。
P:7.3 乙方保证所交付成果不侵犯第三方权利，因侵权引起的索赔由乙方负责处理并承担全部费用。
H:第八条 数据安全
P:8.1 平台中的预约人信息、入馆记录、客流统计等全部数据属于甲方，乙方仅为履行本合同处理，不得用于其他目的，不得向第三方提供。
P:8.2 乙方应遵守《数据安全法》《个人信息保护法》，对身份证号、手机号等个人信息加密存储和脱敏展示，运维访问须经甲方审批并通过堡垒机留存日志。
P:8.3 发生数据泄露或安全事件的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成的损失，由乙方承担全部赔偿责任。
H:第九条 保密
P:9.1 乙方对履约中知悉的甲方工作秘密、网络结构、账号口令及其他非公开信息负有保密义务，未经甲方书面同意不得披露。保密义务不因合同终止而解除。
H:第十条 违约责任
P:10.1 乙方逾期完成初验或最终验收的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
P:10.2 乙方交付成果不符合约定且经整改仍不合格的，甲方有权拒绝验收并要求乙方退还已付款项。
P:10.3 甲方无正当理由逾期付款的，按同期贷款市场报价利率向乙方支付利息。
P:10.4 乙方应在合同签订后七日内向甲方提交合同总价5%的履约保证金，最终验收合格后无息退还；乙方应承担的违约金和赔偿可从履约保证金中扣除。
H:第十一条 分包与转让
P:11.1 乙方不得将本项目分包或转包给第三方。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权解除本合同，并要求乙方赔偿损失。
P:12.2 乙方逾期完成初验超过三十日、交付成果经两次整改仍不合格，或发生因乙方原因导致的重大数据安全事件的，甲方亦有权解除本合同。合同解除后，乙方应退还甲方已支付的相应款项，并移交已完成的工作成果和全部数据。
H:第十三条 不可抗力
P:13.1 因地震、洪水、重大公共卫生事件等不可抗力不能履行合同的，受影响一方应在三日内通知对方并提供证明，双方协商调整履行期限；不可抗力持续超过六十日的，任何一方可书面解除合同。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:15.1 招标文件、投标文件、中标通知书为本合同组成部分。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:15.2 本合同未尽事宜，双方可另行签订补充协议，补充协议与本合同具有同等法律效力。合同附件包括：技术需求响应表、定制开发功能清单、项目实施计划、培训计划。
P:甲方（盖章）：　　　　　　　乙方（盖章）：
P:日期：　　　　　　　　　　　日期：
'''

H984Z02 = '''\
T:电炖锅生产线控制系统改造合同
P:合同编号：HX-SB-2027-0436
P:甲方（买方）：佛山市顺德区恒馨电器制造有限公司
P:乙方（卖方）：广州锐控自动化工程有限公司
P:甲方为提升电炖锅生产线的自动化水平和产品一致性，委托乙方对其六条总装及检测生产线的控制系统进行改造。双方经友好协商，订立本合同。
H:第一条 改造范围
P:1.1 乙方负责六条生产线（内胆压装、发热盘装配、耐压测试、功率检测、老化测试、包装）控制系统的设计、供货、安装、编程、调试及培训，包括更换PLC控制柜、HMI触摸屏、伺服及变频驱动，部署产线监控软件，并开发配方管理程序和与甲方MES系统的数据接口。
P:1.2 改造须分线进行，每条产线停线时间不得超过七十二小时，乙方应在甲方确认的停线窗口内完成切换，不得影响其他产线正常生产。
P:1.3 工期：合同生效后六十日内完成全部设备到货，一百二十日内完成六条产线改造并提交终验。
P:1.4 技术要求：PLC须采用主流品牌中型控制器，预留不少于两成I/O余量；HMI须支持中文界面和分级权限；监控软件须实时显示各工位节拍、良率、停机原因，并可按班次、产品型号导出报表；MES接口按甲方提供的接口规范开发。
P:1.5 乙方应在设计阶段提交电气原理图、控制柜布置图、程序架构说明和分线切换方案，经甲方书面确认后方可生产和施工。
H:第二条 合同价格
P:2.1 合同总价为人民币壹佰陆拾壹万元整（¥1,610,000），明细如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含控制器、I/O模块、柜体）|6套|118,000|708,000
TB:2|HMI触摸屏|12台|9,500|114,000
TB:3|伺服及变频改造包|6套|46,000|276,000
TB:4|产线监控软件许可（永久）|1套|186,000|186,000
TB:|设备及软件小计|||1,284,000
TB:5|安装调试及停线切换|1项|168,000|168,000
TB:6|配方管理程序及MES接口开发|1项|132,000|132,000
TB:7|操作及维护培训|1项|26,000|26,000
TB:|合同总价|||1,610,000
P:2.2 上述价格含税、运输、保险、安装、调试、培训及技术资料费用。
H:第三条 付款
P:3.1 合同生效后十个工作日内，甲方支付合同总价的20%作为预付款（¥322,000）。
P:3.2 全部设备到货并完成安装后，甲方支付合同总价的45%（¥724,500）。到货签收及安装完成不代表质量验收合格。
P:3.3 终验合格后十个工作日内，甲方支付合同总价的35%（¥563,500）。
H:第四条 验收
P:4.1 每条产线改造完成后进行单线验收：控制程序按工艺要求运行，节拍不低于改造前水平，耐压及功率检测数据自动上传MES且与人工抽检结果一致，连续七十二小时运行无停机故障。
P:4.2 六条产线全部通过单线验收并连续稳定运行三十日后进行终验。终验标准为：合同及技术协议约定的各项功能和指标全部达到，配方切换时间不超过10分钟，产品一次合格率不低于改造前水平，技术资料和源程序齐全。
P:4.3 试生产或甲方使用设备，均不视为验收合格。验收不合格的，乙方应在十日内整改并重新验收。
H:第五条 质量保证
P:5.1 质保期为十八个月，自终验合格之日起计算。质保期内设备及软件出现质量问题，乙方免费维修或更换。
P:5.2 故障响应：一级故障（整线停机）乙方应在1小时内响应，8小时内到达现场，24小时内恢复生产；二级故障（单工位异常）2小时内响应，三个工作日内解决。
P:5.3 一级故障响应或到场每超时一小时，乙方按¥800向甲方支付违约金。
P:5.4 质保期内乙方每季度上门巡检一次，检查控制柜、伺服及变频驱动运行状态，备份控制程序并提交巡检报告。乙方应在佛山设立备件库，常用备件储备不少于每种两件。
H:第六条 质保期后维保
P:6.1 质保期满后，乙方提供年度维保服务，年度维保费按设备及软件小计的32%计取，即每年¥410,880，在质保期满后三个年度内不作调整。
P:6.2 维保服务内容包括定期巡检、程序备份、备件更换、故障抢修及软件升级，维保合同按年签订。
P:6.3 维保期内一级故障的响应和到场时限与质保期相同；维保费按年度于每个维保年度开始后三十日内支付。甲方可根据生产需要决定是否续购下一年度维保服务。
H:第七条 知识产权
P:7.1 乙方为本项目编写的PLC程序、HMI画面、配方管理程序及MES接口程序的知识产权归甲方所有，乙方应交付全部源程序和注释，甲方可自行修改或委托他人维护。
P:7.2 产线监控软件的既有知识产权归乙方，甲方享有永久使用权。
H:第八条 数据安全与保密
P:8.1 生产数据、工艺参数、配方及质量检测数据均属于甲方，乙方不得复制、留存或用于本合同以外的任何目的。
P:8.2 乙方远程访问须经甲方批准，通过甲方指定的VPN并全程记录；乙方人员调试完毕应删除存储在个人设备中的甲方数据。发生数据泄露的，乙方应在2小时内通知甲方并承担因此造成的全部损失。
P:8.3 乙方对甲方的工艺、配方、产能及客户信息负有保密义务，期限至合同终止后三年。
H:第九条 现场施工与安全
P:9.1 乙方人员进入甲方厂区应遵守甲方安全生产、动火作业和用电管理制度，施工前参加甲方组织的安全培训。因乙方人员违章作业造成人身伤害或财产损失的，由乙方承担责任。
P:9.2 乙方应为现场人员购买意外伤害保险，施工结束后清理现场，拆除的旧控制柜和线缆按甲方指定地点堆放。
H:第十条 培训
P:10.1 乙方应对甲方操作工、设备维修人员和工艺工程师分别进行培训，内容包括设备操作、常见故障处理、程序备份恢复和配方维护，累计不少于十六学时，并提供中文培训教材。
H:第十一条 分包
P:11.1 乙方可将电气布线、柜体安装等现场施工工作分包给具备相应资质的第三方，但应提前五个工作日书面通知甲方。乙方对分包方的工作承担全部责任。
H:第十二条 违约责任
P:12.1 乙方逾期交货或逾期完成终验的，每逾期一日按合同总价的千分之一支付违约金，违约金总额不超过合同总价的10%。
P:12.2 因乙方原因导致甲方停线时间超出约定窗口的，乙方应赔偿甲方的实际损失。
P:12.3 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第十三条 合同解除
P:13.1 乙方严重违约且在甲方书面通知后十五日内未纠正的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
P:13.2 乙方逾期交货超过三十日，或单条产线改造后连续两次验收不合格的，甲方有权解除合同或解除该产线部分的合同，乙方应恢复该产线原控制系统或承担甲方另行委托他人完成改造所增加的费用。
P:13.3 因不可抗力不能履行合同的，受影响一方应及时通知对方，双方协商延期或解除合同，互不承担违约责任。
H:第十四条 争议解决
P:14.1 本合同适用中华人民共和国法律。争议协商不成的，提交佛山仲裁委员会仲裁。
H:第十五条 其他
P:15.1 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。技术协议为本合同附件，与本合同具有同等效力。
P:15.2 本合同附件包括：技术协议、设备配置清单、分线切换计划和培训计划。合同履行中双方往来的书面确认文件作为合同的补充。
P:甲方（盖章）：　　　　　　　乙方（盖章）：
'''

H984Z03 = '''\
门店预约与会员管理系统SaaS服务合同

合同编号：XBY-IT-2027-009
甲方：上海西语桥教育科技有限公司（下称“甲方”，在全国经营35家西班牙语培训门店）
乙方：杭州课栈云科技有限公司（下称“乙方”）

鉴于甲方需要一套统一的课程预约、排课及会员管理系统，乙方同意以软件即服务（SaaS）方式向甲方提供“课栈”预约与会员管理系统并完成实施。双方经协商一致，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方为甲方35家门店开通“课栈”系统专业版，包括课程预约、班级排课、教师课表、会员卡及课时包管理、在线支付对账、学员档案、家长端与学员端小程序、经营报表等功能。
2. 每家门店可开设不超过15个前台及教师账号，总部可开设管理账号不超过30个；超出部分按附件报价另行计费。
3. 乙方负责系统运行、数据备份、版本升级和安全防护，新版本功能自动向甲方开放，不另收费。
（二）实施服务
1. 乙方负责系统初始化配置、35家门店课程体系和价格体系录入、原有会员及剩余课时数据迁移、小程序品牌定制、与甲方财务系统的收款对账接口开发。
2. 乙方负责对甲方总部运营人员、门店店长和前台进行分批培训，每家门店不少于一次现场或线上培训。
3. 实施期为合同生效后四十五日，乙方应在实施期内完成全部门店上线。

（三）客户支持
1. 乙方为甲方指定一名客户成功经理，负责需求对接、问题跟踪和季度服务回顾，每季度向甲方提交服务报告，内容包括可用率、故障记录、工单处理时长和改进建议。
2. 乙方提供工作日9:00–21:00人工在线客服及7×24小时故障报修电话，门店可通过小程序后台提交工单。
3. 甲方新开门店的，乙方应在收到通知后五个工作日内完成开通和配置，新增门店订阅费按本合同单价和实际服务天数计算。

二、服务期限
（一）服务期为两个服务年度，第一个服务年度自系统上线验收合格之日起算，每个服务年度为连续的三百六十五日。
（二）服务期满前三十日内，任何一方未书面提出不续约的，本合同自动续期一个服务年度，续期可连续进行。续期年度的订阅费由乙方按其届时公布的价目表确定，乙方有权在续期时单方上调订阅费。

三、费用及支付
（一）合同总价为人民币伍拾伍万贰仟元整（¥552,000），其中：
1. 订阅费：每店每服务年度¥6,800，35家门店每服务年度¥238,000，两个服务年度合计¥476,000；
2. 实施费：¥64,000（含数据迁移、配置、小程序定制及接口开发）；
3. 培训费：¥12,000。
（二）本合同不设预付款。实施费和培训费在上线验收合格后十五个工作日内支付。
（三）每个服务年度的订阅费在该服务年度开始后三十日内支付。
（四）乙方应在每次收款前开具等额增值税专用发票。

四、上线验收
（一）验收标准：
1. 合同约定的全部功能在35家门店可正常使用；
2. 迁移后的会员数量、剩余课时和储值余额与甲方原系统导出数据逐条核对一致；
3. 在线支付对账结果与甲方财务系统一致，连续十个营业日无差错；
4. 高峰时段（每日18:00–21:00）小程序预约页面响应时间不超过2秒。
（二）乙方完成实施后书面提交验收申请，甲方在十个工作日内组织验收并出具验收报告。门店开始试用或甲方支付部分款项，不视为验收合格。

五、服务水平
（一）系统月度可用率不低于99.95%，计划内维护应在每日凌晨1:00–5:00进行并提前两日通知甲方。
（二）一级故障（全部或多家门店无法预约、签到或收费）乙方应在30分钟内响应，2小时内恢复；二级故障（个别功能异常）2小时内响应，次日内解决。
（三）月度可用率未达标或一级故障恢复超时的，乙方按当月订阅费的8%向甲方提供服务抵扣，同一月份累计抵扣不超过当月订阅费的一半；抵扣额从下一期订阅费中扣除。
（四）乙方应每日对甲方数据进行全量备份，备份数据至少保留三十日，并每半年进行一次恢复演练，演练结果书面告知甲方。数据恢复点目标不超过一小时。

六、数据
（一）甲方及其学员在系统中产生的会员资料、课消记录、交易流水等数据归甲方所有。
（二）乙方可对上述数据进行匿名化处理后，用于乙方产品改进、行业经营分析报告及向其他客户提供的行业对标服务，该等匿名化数据及分析成果归乙方所有。
（三）乙方应对学员个人信息（尤其是未成年学员信息）采取加密存储、访问控制和操作日志等安全措施，系统部署于中国境内的云服务器，不得向境外传输。发生数据泄露或安全事件的，乙方应在2小时内通知甲方并采取补救措施，因乙方原因造成的损失由乙方赔偿。
（四）服务终止后三十日内，乙方应按甲方要求以通用格式导出全部数据交付甲方，并在甲方确认后删除。

七、知识产权
“课栈”系统平台的知识产权归乙方所有。乙方为甲方定制的小程序界面、品牌素材及对账接口程序的知识产权归甲方所有，甲方可自行或委托他人使用和修改。乙方保证其提供的系统和服务不侵犯任何第三方的知识产权；因此引起第三方索赔的，由乙方负责处理并赔偿甲方损失。

八、保密
双方对在合作中知悉的对方商业秘密、经营数据和技术信息负有保密义务，未经对方书面同意不得向第三方披露，本条在合同终止后三年内持续有效。

九、违约责任
（一）乙方未能在实施期内完成全部门店上线的，每逾期一日按合同总价的千分之一向甲方支付违约金。
（二）乙方违反数据安全义务的，应赔偿甲方全部损失。
（三）乙方在本合同项下的累计赔偿责任以合同总价的150%为限，但数据泄露和故意行为造成的损失除外。
（四）乙方擅自变更系统主要功能或停止提供服务的，甲方有权要求乙方恢复并赔偿损失。
（五）甲方逾期支付订阅费超过三十日的，乙方可在书面通知后暂停服务。

十、甲方义务
（一）甲方应指定项目负责人，按实施计划提供原有系统数据、课程及价格资料，并组织门店人员参加培训。
（二）甲方应妥善保管管理账号和密码，对其账号下的操作负责，发现账号被盗用的应及时通知乙方冻结。
（三）甲方应按本合同约定支付费用，并在门店关闭或迁址时提前十日通知乙方调整账号。

十一、分包
乙方不得将实施服务分包给第三方，确需分包的应事先取得甲方书面同意。

十二、合同解除
（一）一方严重违约，经对方书面通知后十五日内未纠正的，守约方有权解除本合同。
（二）甲方因乙方违约解除合同的，乙方应退还已收取但未履行期间的订阅费。

（三）因不可抗力导致本合同无法继续履行的，任何一方可书面通知解除，双方互不承担违约责任，乙方应按第六条第（四）款交还数据。

十三、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交上海仲裁委员会仲裁。

十四、其他
本合同一式两份，双方各执一份，自双方签字盖章之日起生效。附件：功能清单、实施计划、服务水平说明、门店清单。附件与本合同具有同等效力，附件与正文不一致的，以正文为准。双方的通知以书面形式送达合同首页载明的地址或电子邮箱。

甲方（盖章）：                乙方（盖章）：
'''

H984Z04 = '''\
调蓄池运行监控系统年度运维服务合同

项目编号：SWJ-CS-2027-004（竞争性磋商）
甲方（采购人）：某市水务局
乙方（成交供应商）：江苏澄源智慧水务运营有限公司

根据竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就某市中心城区调蓄池运行监控系统2027年度运维服务订立本合同。

第一条 服务范围
（一）运维对象：中心城区28座雨水及合流制调蓄池的运行监控系统，包括液位计、流量计、水质在线监测仪、闸门及水泵控制柜的监控单元、视频监控点、通信设备，以及部署于甲方机房的监控平台软件和数据库。
（二）服务内容：驻场运维、日常巡检、设备维护保养、平台软件运维及小版本升级、数据质量核查、汛期应急保障、备品备件供应和运维报表编制。
（三）服务期：2027年1月1日起至2027年12月31日止。服务期满本合同终止，不自动续期；甲方如需继续采购，依法另行组织采购。

第二条 服务要求
（一）乙方派驻不少于2名运维工程师常驻甲方调度中心，工作日8:30–17:30在岗，汛期（5月15日至9月30日）实行24小时值班。驻场人员须具备相应专业资格，名单报甲方备案，更换须经甲方同意。
（二）巡检：每座调蓄池每月现场巡检不少于两次，汛前、汛中、汛后各开展一次全面检查；巡检记录当日录入平台。
（三）设备维护：液位计、流量计每季度校准一次，水质仪表按厂家要求更换试剂和电极；发现设备故障的，应在24小时内修复或以备用设备替换。
（四）平台运维：每日检查服务器、数据库、数据采集和视频接入状况，每周备份数据库，每月提交系统运行分析。
（五）数据质量：监测数据在线率、完整率按月统计，异常数据须在当日核查并标注原因。
（六）汛期应急：接到甲方预警或应急响应指令后，乙方应在30分钟内组织不少于6人的应急队伍到达指定位置，配备发电机、便携式流量计和通信设备，保障闸泵监控和数据上传不中断，直至应急响应解除。
（七）备品备件：乙方应储备液位计、通信模块、工控电源等常用备件，储备清单报甲方确认；包干范围内的备件更换不另收费，旧件交回甲方。
（八）运维报表：乙方每月5日前提交上月运维月报，每季度提交季度报告，汛期每日提交值班日报。

第三条 服务水平
（一）监控平台月度可用率不低于99.95%；单座调蓄池数据中断不得超过8小时。
（二）故障分级：一级故障指平台整体不可用或三座以上调蓄池数据同时中断，或汛期闸泵监控失效；二级故障指单座调蓄池数据中断或视频失效；三级故障为一般问题。
（三）一级故障乙方应在15分钟内响应，1小时内到达现场，6小时内恢复；二级故障30分钟内响应，24小时内恢复；三级故障在两个工作日内解决。
（四）未达到本条服务水平的，按以下标准在当季服务费中扣减：月度可用率每低于约定值0.01个百分点扣减¥1,000；一级故障响应或到场每超时一小时扣减¥800；二级故障恢复每超时一小时扣减¥300。

第四条 服务费用与支付
（一）年度运维服务费为人民币陆拾捌万陆仟元整（¥686,000），包括：驻场运维¥312,000；巡检及设备维护¥196,000；平台软件运维及升级¥98,000；备品备件包干¥56,000；汛期应急保障¥24,000。服务费为固定总价，含税及乙方履约所需的全部费用。
（二）本合同不设预付款。服务费按季度支付，每季度末由甲方依第五条进行考核，考核合格后十五个工作日内支付当季服务费（¥171,500），并扣除第三条约定的扣减金额。

第五条 考核与验收
（一）季度考核：甲方按服务水平达标情况、巡检完成率、数据在线率（不低于98%）、值班记录和报表质量进行考核，考核结果书面通知乙方。
（二）年度验收：服务期满后，乙方提交年度运维总结、设备台账、巡检及校准记录、备件使用清单，甲方组织验收。验收标准为：全年各季度考核合格，设备完好率不低于97%，运维文档齐全，数据及账号完整移交。
（三）季度考核不合格的，乙方应在十日内整改；连续两个季度不合格的，甲方有权解除合同。

第六条 数据安全
（一）监测数据、视频资料、平台数据库及运维记录均属于甲方，乙方仅为履行本合同使用，不得复制、留存、对外提供或用于其他目的。
（二）乙方应遵守关键信息基础设施和网络安全等级保护的相关要求，远程运维须经甲方审批并通过堡垒机操作，操作全程记录；不得擅自更改网络结构或安装与运维无关的软件。
（三）发生网络安全事件或数据泄露的，乙方应在1小时内报告甲方并配合处置；因乙方原因造成的损失及行政处罚，由乙方承担全部责任。
（四）乙方驻场人员上岗前须参加甲方组织的网络安全培训，乙方每半年配合甲方开展一次安全检查和应急演练，发现的隐患应在规定期限内整改完毕。

第七条 保密
乙方及其人员对履约中知悉的排水管网布局、调度方案、网络结构、账号口令和其他非公开信息负有保密义务，驻场人员须签署保密承诺书。保密义务在合同终止后继续有效。

第八条 知识产权
乙方在运维期间为甲方编写的报表模板、脚本、数据接口和运维文档的知识产权归甲方所有，甲方可自行使用、修改或交由其他单位使用。监控平台原有软件的权利状况不因本合同改变。

第九条 违约责任
（一）乙方未在服务期开始之日按约进场开展服务的，每逾期一日按年度服务费的千分之一支付违约金。
（二）乙方驻场人员缺岗的，每人每日扣减¥600；汛期值班缺岗的，每人每次扣减¥1,500。
（三）因乙方运维过失导致汛期调蓄池未能正常运行造成损失的，乙方应予赔偿。
（四）乙方应在合同签订前提交年度服务费5%的履约保证金，年度验收合格后十五个工作日内无息退还；违约金和扣减款项未按期支付的，甲方可从履约保证金中扣除。

第十条 甲方义务
（一）甲方为驻场人员提供办公场所、网络接入和必要的工作条件，及时提供设备台账和历史资料。
（二）甲方指定专人负责运维管理和考核，对乙方提出的设备更新改造建议及时答复。
（三）甲方按约定支付服务费，并在考核前将考核所用的数据和记录提供给乙方核对。

第十一条 分包
乙方不得将本合同项下服务分包或转包。仪表计量检定须由法定计量机构完成的，不视为分包。

第十二条 合同解除
（一）乙方严重违约，或连续两个季度考核不合格，经甲方书面通知后十日内未改正的，甲方有权解除本合同，并按实际服务期间结算费用。
（二）合同终止或解除时，乙方应在七日内移交全部数据、账号、文档和备品备件，并配合后续服务单位完成交接。
（三）因不可抗力导致合同无法履行的，双方可协商解除合同，互不承担违约责任，服务费按实际服务期间结算。

第十三条 法律适用与争议解决
本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十四条 其他
磋商文件、响应文件和成交通知书为本合同组成部分。本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。双方联系人及通知地址以响应文件所载为准，变更的应提前书面通知对方。

甲方（盖章）：                乙方（盖章）：
'''

H984Z05 = '''\
# 软件产品许可及定制开发合同

**墨拓软件标准合同文本 V3.0**

合同编号：MT-2027-0215

甲方（用户）：北京青石版画工作室有限公司

乙方（开发商）：天津墨拓软件科技有限公司

甲方拟采购乙方“版迹”工艺流程追踪系统，并委托乙方进行定制开发。双方根据《中华人民共和国民法典》，本着平等互利的原则，经友好协商订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供“版迹”工艺流程追踪系统标准版软件使用许可，许可用户数为10个，许可期限为永久，部署于甲方自有服务器。

1.2 乙方根据甲方需求进行定制开发，内容包括：石版版材登记与磨版记录、画稿转印及制版工序追踪、套色印次与试印记录、限量版编号及签名管理、藏家订单与发货管理、作品图像档案库。

1.3 乙方负责软件安装部署、基础数据导入和操作培训。基础数据由甲方按乙方提供的模板整理，数据导入限一次，因甲方数据格式错误需要重复导入的，乙方按工作量另行收费。

1.4 定制开发的具体功能以双方确认的需求说明书为准。需求说明书确认后甲方提出变更的，乙方有权另行收费并顺延工期。

1.5 标准版软件包含以下模块：工序看板、工单管理、物料与耗材台账（石版、油墨、纸张、药水）、设备使用记录、图像上传与比对、统计报表和系统管理。各模块的功能说明以乙方产品手册为准，乙方有权对产品手册进行更新。

1.6 培训：乙方为甲方提供一次集中操作培训，时长不超过一天，参加人员不超过十人。超出部分的培训按乙方培训收费标准另行收费。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | “版迹”系统标准版软件许可（10用户，永久） | 168,000 |
| 2 | 定制开发（工序追踪、版次编号、藏家订单、图像档案） | 136,000 |
| 3 | 安装部署及培训 | 18,000 |
| | 合计 | 322,000 |

合同总价为人民币叁拾贰万贰仟元整（¥322,000）。上述价格不含服务器、操作系统、数据库等第三方软硬件，该等软硬件由甲方自行采购。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，即¥209,300。

3.2 系统安装上线后五个工作日内，甲方支付合同总价的35%，即¥112,700。

3.3 乙方收到款项后开具增值税普通发票，甲方需要专用发票的，应在付款前书面告知并提供开票资料。甲方逾期付款的，乙方有权暂停开发、培训和技术支持，工期相应顺延。

## 第四条 交付与验收

4.1 乙方应在收到首笔款项后七十五日内完成定制开发并安装上线。甲方未及时提供需求资料或场地条件的，交付期相应顺延。

4.2 系统安装上线即视为甲方验收合格。甲方对功能有异议的，应在上线后七日内书面提出，逾期未提出的，视为甲方认可全部交付内容。

4.3 甲方提出的异议属于需求说明书范围之外的，按本合同第1.4款的变更处理。

4.4 乙方交付的内容包括：软件安装程序、授权文件、用户操作手册和系统管理员手册（电子版）。定制开发模块以可执行程序形式交付，不交付源代码。

## 第五条 技术支持与维护

5.1 自系统上线之日起六个月为免费维护期。免费维护期内，乙方通过电话、邮件及远程方式提供技术支持，尽合理努力及时处理甲方反映的问题。

5.2 免费维护期内，因甲方操作不当、擅自修改程序或第三方软硬件原因引起的问题，不属于免费维护范围，乙方可按次收费。

5.3 免费维护期满后，甲方如需继续获得技术支持和版本升级服务，应与乙方签订年度维护协议，维护费按乙方当年公布的服务价格标准另行收取。

5.4 乙方需现场服务的，甲方应承担乙方人员的差旅费用。

5.5 乙方发布的标准版软件补丁，在免费维护期内可向甲方提供；标准版的大版本升级及新增模块不在免费维护范围内，甲方需要的，按乙方报价另行购买。

## 第六条 知识产权

6.1 “版迹”系统及其全部组成部分（包括为甲方定制开发的功能模块、源代码、数据库结构和技术文档）的知识产权均归乙方所有。

6.2 甲方在许可范围内享有非独占、不可转让的使用权，不得对软件进行反向工程、反编译、修改或向任何第三方转让、出借。

6.3 乙方有权将定制开发中形成的通用功能纳入其标准产品向其他客户提供。

## 第七条 甲方数据

7.1 甲方录入系统的作品信息、版次记录、藏家及订单资料归甲方所有。

7.2 为提供安装和维护服务，甲方同意乙方技术人员通过远程方式登录甲方服务器。

7.3 甲方应自行做好数据备份。因甲方服务器故障、病毒或操作失误造成数据丢失的，乙方不承担责任。

## 第八条 甲方义务

8.1 甲方应指定一名项目联系人，负责需求确认、资料提供和内部协调，并在乙方要求的期限内对需求说明书、界面原型等提出书面意见。

8.2 甲方应按乙方提供的配置要求准备服务器、网络及机房环境，并为乙方远程安装和维护提供必要的访问条件。

8.3 甲方应安排熟悉工作室业务流程的人员参加需求调研和培训，并按照操作手册规范使用系统。

## 第九条 乙方保证

9.1 乙方保证其有权许可甲方使用本合同项下的软件，软件不侵犯第三方合法权利。

9.2 乙方保证交付的软件在正常使用条件下与需求说明书基本相符。除本条明示的保证外，乙方不作其他明示或默示的保证，包括对软件适用于特定用途的保证。

## 第十条 保密

10.1 双方对在合作过程中获知的对方商业秘密和技术资料负有保密义务，未经对方书面许可，不得向第三方披露。

10.2 本条义务在合同终止后两年内有效。

## 第十一条 违约责任

11.1 乙方逾期交付的，每逾期一日，按合同总价的万分之八向甲方支付违约金。

11.2 甲方逾期付款的，每逾期一日，按应付金额的千分之一向乙方支付违约金。

11.3 无论基于何种原因，乙方在本合同项下承担的全部责任（包括违约金和赔偿金）累计不超过合同总价的20%。乙方不对甲方的间接损失、利润损失或数据损失承担责任。

## 第十二条 合同解除

12.1 一方严重违约，经守约方书面催告后三十日内仍未改正的，守约方有权解除本合同。

12.2 甲方在系统上线前单方解除合同的，已支付款项不予退还。

12.3 合同解除后，甲方应停止使用定制开发模块，标准版软件许可按已付款项的比例保留或终止，具体由双方另行协商。

## 第十三条 不可抗力

因不可抗力导致本合同不能履行的，受影响一方应及时通知对方，并在十五日内提供证明，双方互不承担责任。

## 第十四条 争议解决

本合同的订立、履行和解释适用中华人民共和国法律。因本合同产生的争议，双方应友好协商；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十五条 其他

15.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

15.2 本合同为乙方标准文本，双方另有约定的，以补充协议为准。

15.3 双方往来通知以电子邮件或书面形式发送至合同首页所列联系人，发出之日起第三日视为送达。附件：需求说明书（待确认）、产品手册、服务器配置要求。

甲方（盖章）：　　　　　　　　乙方（盖章）：

日期：　　　　　　　　　　　　日期：
'''

H984E01 = '''\
T:Software Licence and Services Agreement
P:Agreement No. CMS-2027-0311
P:This Software Licence and Services Agreement (the "Agreement") is made between Zhejiang Huayu Textile Group Co., Ltd., a company organised under the laws of the People's Republic of China with its registered office in Shaoxing, Zhejiang Province (the "Buyer"), and Conococheague Software Inc., a Pennsylvania corporation with its principal office at 180 Lincoln Way East, Chambersburg, Pennsylvania 17201, United States (the "Vendor").
P:The Buyer wishes to replace its spreadsheet-based maintenance planning with the Vendor's MaintainPro enterprise asset management software, and the Vendor has agreed to grant a perpetual licence to that software and to implement it for the Buyer on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the MaintainPro Enterprise Edition, version 9, in object code, including the work-order, preventive-maintenance, spare-parts inventory, asset register and reporting modules, together with the Documentation and any updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means all configurations, report templates, interface programs, data-migration scripts and other materials developed by the Vendor specifically for the Buyer under this Agreement, including their source code and documentation.
P:1.3 "Buyer Data" means all data entered into or generated by the Software in the Buyer's environment, including asset records, maintenance histories, supplier information and personal information of the Buyer's employees.
P:1.4 "Final Acceptance" means the Buyer's written confirmation that the acceptance criteria in Article 5 have been met.
H:Article 2 Scope
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, non-transferable licence to install and use the Software on servers located in the Buyer's data centre in Shaoxing for up to 150 named users, for the internal business purposes of the Buyer and its wholly owned subsidiaries in mainland China.
P:2.2 The Vendor shall provide the following services: installation and configuration of the Software; configuration of asset hierarchies for four plants; migration of approximately 38,000 asset records and three years of maintenance history from the Buyer's existing spreadsheets; development of interfaces with the Buyer's ERP system for purchase requisitions and with its energy-metering system; and training of administrators, planners and technicians.
P:2.3 The Vendor shall complete installation within 45 days and submit the Software for Final Acceptance within 150 days after the Effective Date, following the project plan in Schedule 2.
H:Article 3 Price
P:3.1 The total price of this Agreement is CNY 1,920,000 (the "Contract Price"), inclusive of applicable taxes, made up as follows: Licence Fee CNY 1,360,000; implementation and interface services CNY 420,000; data migration CNY 96,000; training CNY 44,000.
P:3.2 The Contract Price is fixed. No other charges are payable for the scope in Article 2.
H:Article 4 Payment
P:4.1 The Buyer shall pay 20% of the Contract Price (CNY 384,000) within 20 days after the Effective Date against the Vendor's invoice.
P:4.2 The Buyer shall pay 45% of the Contract Price (CNY 864,000) within 20 days after the Vendor has installed the Software and completed data migration. Installation and migration do not constitute acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 672,000) within 20 days after Final Acceptance.
P:4.4 All payments shall be made in CNY by bank transfer to the account of the Vendor's designated agent in Shanghai named in the invoice.
H:Article 5 Acceptance
P:5.1 The Vendor shall submit an acceptance test plan for the Buyer's approval no later than 30 days before testing starts. Acceptance testing shall show that: (a) every function listed in Schedule 1 operates as specified; (b) migrated asset records and maintenance histories reconcile fully with the source data; (c) the ERP and energy-metering interfaces exchange data without error over ten consecutive working days; (d) work-order screens open within 3 seconds with 120 concurrent users; and (e) no Severity 1 or Severity 2 defect remains open.
P:5.2 After successful testing the Software shall run in production for 30 days without a Severity 1 defect. The Buyer shall then issue the Final Acceptance certificate or, within ten working days, a written list of deficiencies, which the Vendor shall correct before the tests are repeated.
P:5.3 Use of the Software in production, go-live, or payment of any instalment does not amount to acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform substantially in accordance with the Documentation and Schedule 1 for 24 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, provide updates and new versions, and provide telephone, e-mail and remote support free of charge.
P:6.2 Defects are classified as follows. Severity 1: the Software is unavailable or work orders cannot be created for a plant. Severity 2: a major function is impaired and no workaround exists. Severity 3: other defects. The Vendor shall respond to a Severity 1 defect within 1 hour at any time and restore operation within 8 hours; respond to a Severity 2 defect within 2 hours during business hours and resolve it within 3 business days; and resolve Severity 3 defects in the next maintenance release.
P:6.3 For each full hour by which the Vendor misses a Severity 1 response or restoration time, the Vendor shall credit the Buyer CNY 1,500; for each full business day by which it misses a Severity 2 resolution time, CNY 800. Credits are deducted from the next payment or paid within 30 days.
P:6.4 After the Warranty Period, the Buyer may purchase annual support at 11% of the Licence Fee (CNY 149,600 per year). This rate is fixed for three years after the Warranty Period. Support is ordered by a separate purchase order each year and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Vendor retains all rights in the Software. Nothing in this Agreement transfers ownership of the Software to the Buyer.
P:7.2 All rights in the Custom Deliverables vest in the Buyer upon creation. The Vendor shall deliver their source code and documentation with the acceptance test plan, and the Buyer may use, modify and license them freely, including to third parties maintaining its systems.
H:Article 8 Buyer Data and Data Security
P:8.1 Buyer Data belongs to the Buyer. The Vendor shall process Buyer Data only to perform this Agreement and shall not copy, retain, analyse or disclose it for any other purpose.
P:8.2 The Vendor shall comply with the Personal Information Protection Law, the Data Security Law and the Cybersecurity Law of the PRC. Buyer Data shall remain in the Buyer's data centre. Remote access by the Vendor requires the Buyer's approval for each session, shall use the Buyer's VPN with multi-factor authentication and shall be logged. The Vendor shall not transfer Buyer Data outside mainland China.
P:8.3 The Vendor shall notify the Buyer within 12 hours after becoming aware of any unauthorised access to or loss of Buyer Data, cooperate in the investigation and remediation, and bear all losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party in connection with this Agreement, use it only to perform this Agreement, and not disclose it to any third party without the other party's prior written consent. This obligation survives termination for three years.
H:Article 10 Delay and Liability
P:10.1 If the Vendor fails to submit the Software for Final Acceptance by the date in Article 2.3 for reasons attributable to it, the Vendor shall pay the Buyer liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 Each party's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to breach of Articles 8 or 9, personal injury, or wilful misconduct.
H:Article 11 Subcontracting and Assignment
P:11.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent. The Vendor remains responsible for the work of any approved subcontractor.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving notice of it.
P:12.2 The Buyer may also terminate this Agreement if liquidated damages under Article 10.1 reach their maximum. On termination by the Buyer under this Article, the Vendor shall refund all amounts paid for services not accepted and the licence granted for the Software shall continue if the Licence Fee has been paid.
H:Article 13 Force Majeure
P:13.1 Neither party is liable for a delay caused by events beyond its reasonable control, provided it notifies the other party promptly and takes reasonable steps to limit the delay. If such an event lasts more than 60 days, either party may terminate this Agreement by written notice.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the Commonwealth of Pennsylvania, United States of America, without regard to its conflict-of-laws rules.
P:14.2 The parties shall first try to resolve any dispute by negotiation between senior managers. Disputes not resolved within 30 days shall be submitted to the state or federal courts located in Franklin County, Pennsylvania.
H:Article 15 General
P:15.1 This Agreement, with Schedule 1 (Functional Specification) and Schedule 2 (Project Plan), is the entire agreement between the parties on its subject matter. Amendments must be in writing and signed by both parties.
P:15.2 This Agreement takes effect on the date of signature by both parties (the "Effective Date").
P:For the Buyer: ____________________ Date: __________
P:For the Vendor: ____________________ Date: __________
'''

H984E02 = '''\
# Order Form and General Terms — TaskHarbor Facility Work-Order Service

**Order Form No. RT-CN-2027-044**

## Part A — Order Form

### A1. Parties

- **Customer:** Guangzhou Lianhe Property Services Co., Ltd., Room 1801, 233 Tianhe North Road, Tianhe District, Guangzhou, People's Republic of China.
- **Provider:** Round Top Systems LLC, 45 Steinwehr Avenue, Gettysburg, Pennsylvania 17325, United States of America.

This Order Form (Part A) and the General Terms (Part B) together form the agreement between Customer and Provider (the "Agreement"). If Part A and Part B conflict, Part A prevails.

### A2. Service and Subscription Term

- **Service:** TaskHarbor Enterprise, a cloud service for facility work orders, planned maintenance, inspection routes, contractor dispatch and resident service requests, with the web console, the TaskHarbor mobile application for technicians and the resident mini-program.
- **Authorised Users:** up to 620 named technician and supervisor users and 40 administrator users, across 52 residential and office properties managed by Customer.
- **Subscription Term:** 24 months from the Service Start Date, divided into two Subscription Years. The Service Start Date is the date on which Provider makes Customer's production tenant available and notifies Customer in writing.
- **Hosting:** Customer's tenant is hosted in Provider's mainland China environment operated on Alibaba Cloud (Shenzhen region), with backups in the Alibaba Cloud Shanghai region.

### A3. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription, Subscription Year 1 | 620 named users + 40 administrators | 318,000 |
| Subscription, Subscription Year 2 | 620 named users + 40 administrators | 318,000 |
| Onboarding (one-time) | configuration, data import, integration, training | 58,000 |
| **Total Fees** | | **694,000** |

All amounts include VAT. Additional named users may be added at CNY 420 per user per Subscription Year, prorated by month; such additions are not part of the Total Fees above.

### A4. Invoicing and Payment

- The Subscription fee for each Subscription Year is invoiced on the first day of that Subscription Year and is payable within 30 days of the invoice date.
- The Onboarding fee is invoiced after Onboarding Acceptance under A5 and is payable within 30 days of the invoice date.
- No other amount is payable before the Service Start Date.
- Provider shall issue valid PRC VAT invoices through its appointed agent in Guangzhou. Payments are made in CNY to the account stated in the invoice.

### A5. Onboarding

Provider shall complete onboarding within 60 days after the Service Start Date, including: configuration of the property, building and asset hierarchy for 52 properties; import of approximately 21,000 assets and 3,400 planned-maintenance schedules from Customer's spreadsheets; single sign-on with Customer's identity service; an interface to Customer's billing system for chargeable resident repairs; and training of 60 key users and supervisors.

Onboarding Acceptance occurs when Customer confirms in writing that: (a) all imported assets and schedules reconcile with the source files; (b) single sign-on and the billing interface work without error for ten consecutive working days; (c) technicians at three pilot properties have completed work orders on the mobile application for two weeks; and (d) the training has been delivered. Customer shall confirm or give reasons for rejection within ten working days of Provider's request.

### A6. Special Terms

- Provider's approved hosting subprocessor is Alibaba Cloud Computing Co., Ltd. No other subcontractor or subprocessor may be used without Customer's prior written consent (Part B, Section 9).
- The Agreement does not renew automatically. Any renewal requires a new Order Form signed by both parties.
- Customer's contact for this Order Form is its IT Director; Provider's contact is its Asia-Pacific account manager.

## Part B — General Terms

### 1. Definitions

1.1 "Customer Data" means all data, files and information submitted to the Service by or for Customer, its Authorised Users or residents, and all outputs generated from them, including work-order records, photos, inspection results and personal information.

1.2 "Documentation" means Provider's user guides and administrator guides for the Service as updated from time to time.

1.3 "Customer Configurations" means workflows, forms, inspection checklists, report layouts and integration scripts created by Provider specifically for Customer under this Agreement.

### 2. Provision of the Service

2.1 Provider shall make the Service available to Customer's Authorised Users during the Subscription Term in accordance with the Documentation and this Agreement.

2.2 Provider may update the Service from time to time, provided that no update materially reduces the functionality described in the Documentation at the date of this Order Form.

### 3. Service Levels

3.1 Provider shall make the production Service available at least 99.95% of the time in each calendar month, excluding scheduled maintenance announced at least 48 hours in advance and performed between 01:00 and 05:00 China Standard Time.

3.2 Incidents are classified as follows. Priority 1: the Service is unavailable, or technicians at more than one property cannot receive or close work orders. Priority 2: a major function is degraded without a workaround. Priority 3: any other incident or request.

3.3 Provider shall respond to a Priority 1 incident within 1 hour, 24 hours a day, and work continuously to restore the Service; respond to a Priority 2 incident within 8 business hours; and respond to a Priority 3 incident within two business days.

3.4 The service levels in this Section 3 are performance targets. No service credits, fee reductions or other financial remedies apply if they are not met.

### 4. Customer Data

4.1 As between the parties, Customer owns all Customer Data. Provider obtains no rights in Customer Data other than the limited right to process it to provide the Service to Customer under this Agreement.

4.2 Provider shall not use Customer Data for any other purpose, including product development, benchmarking or analytics for other customers, and shall not sell, disclose or transfer Customer Data to any third party except its approved hosting subprocessor.

4.3 Within 30 days after the end of the Subscription Term, Provider shall return all Customer Data to Customer in a commonly used, machine-readable format and then permanently delete it, and shall certify the deletion in writing.

### 5. Data Security

5.1 Provider shall maintain administrative, technical and physical safeguards to protect Customer Data, including encryption in transit and at rest, role-based access control, multi-factor authentication for administrative access, logging of all administrative actions, and daily backups retained for 30 days.

5.2 Customer Data and personal information shall be stored and processed only in mainland China. Provider shall comply with the Personal Information Protection Law, the Data Security Law and the Cybersecurity Law of the PRC, and shall maintain MLPS level 3 filing for the environment hosting the Service.

5.3 Provider shall notify Customer within 24 hours after becoming aware of any security incident affecting Customer Data, take immediate steps to contain it, and cooperate with Customer and the authorities. Provider is liable for all losses, costs and regulatory penalties arising from a security incident caused by its breach of this Section 5.

### 6. Confidentiality

6.1 Each party shall protect the other party's Confidential Information with at least the care it uses for its own, use it only for the purposes of this Agreement, and disclose it only to its employees and advisers who need to know it and are bound by similar duties.

6.2 Confidential Information does not include information that is public, was already known to the recipient, or is independently developed. These obligations continue for three years after the Agreement ends.

### 7. Intellectual Property

7.1 Provider retains all rights in the Service, the Documentation and its underlying software.

7.2 Customer Configurations belong to Customer. Provider shall deliver them to Customer in editable form on request and at the end of the Subscription Term, and Customer may use, modify and allow third parties to use them without restriction.

### 8. Fees and Taxes

8.1 Fees are fixed for the Subscription Term and may not be increased during it.

8.2 If Customer fails to pay an undisputed invoice within 30 days after the due date, Provider may suspend the Service after giving 15 days' written notice.

### 9. Subcontracting

9.1 Provider shall not subcontract any part of its obligations, or appoint a new subprocessor of Customer Data, without Customer's prior written consent. Provider remains fully responsible for the acts and omissions of its approved subcontractors and subprocessors.

### 10. Term and Termination

10.1 This Agreement continues until the end of the Subscription Term.

10.2 Either party may terminate this Agreement by written notice if the other party materially breaches it and fails to cure the breach within 30 days after written notice. If Customer terminates under this Section, Provider shall refund the fees paid for the remainder of the Subscription Term.

10.3 On expiry or termination Section 4.3 applies.

### 11. Liability

11.1 Each party's total aggregate liability arising out of this Agreement shall not exceed 200% of the Total Fees.

11.2 The limit in 11.1 does not apply to a breach of Sections 4, 5 or 6, to personal injury, or to fraud or wilful misconduct.

### 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules then in force. The award is final and binding on both parties.

### 13. General

13.1 Neither party may assign this Agreement without the other party's prior written consent.

Signed for Customer: ____________________ Date: __________

Signed for Provider: ____________________ Date: __________
'''

H984E03 = '''\
T:Purchase Contract for Condition Monitoring Sensors and Software Licence
P:Contract No. JXCY-EQ-2027-0127
P:Buyer: Jiangxi Chenyang Paper Co., Ltd., No. 8 Binjiang Road, Jiujiang, Jiangxi Province, People's Republic of China (the "Buyer").
P:Supplier: Kishacoquillas Sensing Technologies Inc., 212 Electric Avenue, Lewistown, Pennsylvania 17044, United States of America (the "Supplier").
P:The Buyer wishes to equip the paper machines, pulpers, refiners and vacuum pumps of its Jiujiang mill with wireless vibration and temperature monitoring, and the Supplier has offered the equipment, software licence and services described below. This Contract is made on the Buyer's standard terms for equipment purchases.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways, mounting kits and accessories listed in the Price Schedule in clause 3.
P:1.2 "Software" means the Supplier's AssetPulse condition monitoring software, server edition, licensed for up to 400 measurement points, with the analytics, alarm management and reporting modules.
P:1.3 "System" means the Equipment and the Software installed, configured and integrated at the Buyer's mill.
P:1.4 "Deliverables" means all configurations, alarm rules, dashboards, interface programs and documents prepared by the Supplier for the Buyer under this Contract.
P:1.5 "Buyer Data" means all measurement data, alarms, asset records and other data generated or stored by the System.
H:2. Scope of Supply
P:2.1 The Supplier shall supply, deliver to the Buyer's mill at Jiujiang (DAP, Incoterms 2020), install, commission and integrate the System, including a perpetual, non-exclusive licence to the Software for the Buyer's use on its own servers.
P:2.2 The Supplier shall integrate the System with the Buyer's distributed control system (DCS) to read machine speed and load signals, and with the Buyer's maintenance management system to create work orders automatically from confirmed alarms.
P:2.3 The Supplier shall train the Buyer's reliability engineers, maintenance technicians and IT administrators, and supply the operating and maintenance manuals in Chinese and English.
P:2.4 Delivery of all Equipment shall take place within 70 days after signature. Installation and commissioning shall be completed, and the System submitted for acceptance, within 130 days after signature.
P:2.5 The Equipment shall be new, of current production, and suitable for the humid and dusty conditions of a paper mill, with a protection rating of at least IP67 for sensors. Each shipment shall be accompanied by a packing list, certificates of origin and quality, and the calibration certificates of the sensors. The Buyer shall inspect the packages on arrival in the presence of the Supplier's representative.
H:3. Price
P:3.1 The Contract Price is CNY 2,070,000, including VAT, customs duties, freight, insurance, installation, integration and training, as set out in the Price Schedule:
TB:Item|Description|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Wireless triaxial vibration sensor with mounting kit|240|3,900|936,000
TB:2|Wireless temperature sensor|120|1,450|174,000
TB:3|Industrial wireless gateway|16|18,500|296,000
TB:4|AssetPulse software licence, 400 points, perpetual|1|388,000|388,000
TB:|Hardware and Licence Subtotal|||1,794,000
TB:5|Installation and commissioning|1 lot|156,000|156,000
TB:6|DCS and maintenance-system integration|1 lot|98,000|98,000
TB:7|Training and documentation|1 lot|22,000|22,000
TB:|Contract Price|||2,070,000
P:3.2 The Contract Price is fixed and covers everything needed to supply a complete and working System.
H:4. Payment
P:4.1 10% of the Contract Price (CNY 207,000) within 15 working days after signature, against the Supplier's invoice and an advance payment guarantee from a bank acceptable to the Buyer for the same amount.
P:4.2 55% of the Contract Price (CNY 1,138,500) within 15 working days after delivery and installation of all Equipment, confirmed by an Installation Certificate signed by both parties. The Installation Certificate is not an acceptance of the System.
P:4.3 35% of the Contract Price (CNY 724,500) within 15 working days after the Final Acceptance Certificate is signed.
P:4.4 Each payment is made against a valid PRC VAT invoice issued by the Supplier's authorised distributor in Shanghai.
H:5. Acceptance
P:5.1 After commissioning, the System shall be tested against the acceptance test plan agreed by the parties. The tests shall show that: (a) every sensor transmits data to the Software at the configured interval; (b) measured vibration values agree with a calibrated portable analyser within ±5% on a sample of 30 measurement points; (c) alarms are generated and work orders created in the maintenance system within 2 minutes; (d) the DCS interface reads speed and load signals for all monitored machines; and (e) the System runs for 30 consecutive days without a Severity 1 fault and without any loss of stored data.
P:5.2 When all tests are passed the Buyer shall sign the Final Acceptance Certificate within ten working days. If any test fails, the Supplier shall correct the defects at its own cost and the test shall be repeated.
P:5.3 Delivery, installation, use of the System in production and payment of any amount do not constitute acceptance.
H:6. Warranty and Support
P:6.1 The Supplier warrants the Equipment and the Software for 36 months from the date of the Final Acceptance Certificate. During the warranty period the Supplier shall repair or replace defective Equipment free of charge, including shipping, and shall provide software updates, bug fixes and technical support free of charge.
P:6.2 Faults are classified as follows. Severity 1: the Software is unavailable, or more than ten sensors or any gateway stop transmitting. Severity 2: a single sensor or a non-critical function fails. The Supplier shall respond to a Severity 1 fault within 30 minutes by telephone or remote session and, where needed, have an engineer on site within 24 hours; and respond to a Severity 2 fault within 8 hours and fix it within five working days.
P:6.3 For each hour by which the Supplier exceeds a Severity 1 response time, and for each day by which it exceeds an on-site or fix time, the Supplier shall pay the Buyer CNY 1,000, deducted from any amount due or from the warranty bond.
P:6.4 After the warranty period, the Supplier shall offer annual support covering the services in clause 6.1 at 7% of the Hardware and Licence Subtotal, that is CNY 125,580 per year. This fee is fixed for four years after the warranty period and will be ordered by the Buyer year by year. Support does not renew automatically.
P:6.5 The Supplier shall keep spare sensors and gateways in stock in China and guarantee the supply of spare parts for at least eight years after Final Acceptance.
H:7. Intellectual Property
P:7.1 The Software remains the property of the Supplier and is licensed to the Buyer perpetually under clause 2.1.
P:7.2 The Deliverables belong to the Buyer. The Supplier shall deliver them in editable form, including the source code of interface programs, and the Buyer may use, modify and license them without restriction.
P:7.3 The Supplier shall indemnify the Buyer against any claim that the System infringes the rights of a third party.
H:8. Buyer Data and Data Security
P:8.1 All Buyer Data belongs to the Buyer. The Supplier may access Buyer Data only to perform this Contract and shall not copy, retain or use it for any other purpose.
P:8.2 The Software is installed on the Buyer's servers and Buyer Data shall not leave the Buyer's network. Remote support requires the Buyer's approval for each session, shall be carried out through the Buyer's bastion host and shall be recorded. The Supplier shall follow the Buyer's industrial network security rules and shall not connect any device to the Buyer's networks without approval.
P:8.3 The Supplier shall report any data security incident involving Buyer Data or the Buyer's networks to the Buyer within 12 hours and shall bear all losses caused by its breach of this clause 8.
H:9. Confidentiality
P:9.1 The Supplier shall keep confidential all information about the Buyer's production processes, equipment, networks and business that it receives under this Contract, and shall not disclose it to any third party without the Buyer's written consent. This obligation continues for three years after the Contract ends.
H:10. Delay and Liability
P:10.1 If the Supplier fails to deliver the Equipment or to submit the System for acceptance by the dates in clause 2.4, it shall pay liquidated damages of 0.08% of the Contract Price per day of delay, up to 8% of the Contract Price.
P:10.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 8 and 9.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract any part of the installation or services without the Buyer's prior written consent, and remains responsible for any approved subcontractor.
H:12. Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after notice, or if delay damages under clause 10.1 reach their maximum. The Supplier shall then refund the amounts paid for Equipment and services not accepted.
H:13. Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Nanchang Arbitration Commission for arbitration in Nanchang.
H:14. Force Majeure
P:14.1 Neither party is liable for failure or delay caused by events beyond its reasonable control, such as natural disasters, war or government action, if it notifies the other party promptly and does its best to limit the effects. Dates are extended by the period of such an event. If it lasts more than 90 days, either party may terminate this Contract by written notice.
H:15. General
P:15.1 This Contract is made in Chinese and English, both equally valid, and takes effect on signature by both parties.
P:For the Buyer: ____________________ For the Supplier: ____________________
'''

H984E04 = '''\
# Managed IT Services Agreement

**Agreement No. CQLL-MSA-2027-02**

**Customer:** Chongqing Lengliu Cold Chain Logistics Co., Ltd., 66 Konggang Avenue, Yubei District, Chongqing, People's Republic of China ("Customer").

**Provider:** Conemaugh Managed IT Inc., 401 Main Street, Johnstown, Pennsylvania 15901, United States of America, acting through its Chongqing branch ("Provider").

Customer operates six temperature-controlled warehouses and a fleet of refrigerated trucks in south-west China. It wishes to outsource the day-to-day operation of its IT infrastructure to Provider for a fixed term of 36 months, on the terms below and in Schedules 1 to 3.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Charges" means the charges set out in Schedule 2.

1.3 "Service Levels" means the service levels and service credits in Schedule 3.

1.4 "Customer Data" means all data of Customer and its customers that Provider accesses, processes or stores in performing the Services, including warehouse management records, temperature logs, shipment and driver data, and personal information.

1.5 "Transition" means the work described in Section 3 to take over the Services from Customer's internal IT team.

## 2. Term

2.1 This Agreement starts on the date it is signed by both parties and continues for 36 months from the Service Commencement Date (the "Term").

2.2 The Service Commencement Date is the day after Transition Acceptance under Section 3.3.

2.3 This Agreement does not renew automatically. Any extension requires a written amendment signed by both parties, at Charges agreed in that amendment.

## 3. Transition

3.1 Provider shall complete the Transition within 75 days after signature. The Transition includes: inventory and documentation of all in-scope assets; deployment of Provider's monitoring agents and ticketing integration; knowledge transfer from Customer's IT team; creation of runbooks for every in-scope system; and a 14-day parallel run.

3.2 If Transition Acceptance is delayed beyond the date in Section 3.1 for reasons attributable to Provider, Provider shall pay Customer CNY 2,000 for each day of delay.

3.3 Transition Acceptance occurs when Customer confirms in writing that: (a) all assets in Schedule 1 are monitored and visible in the service portal; (b) runbooks for all systems have been reviewed and approved by Customer; (c) incidents raised during the parallel run were handled within the Service Levels; and (d) a test restore of the warehouse management database has succeeded. Customer shall confirm or give reasons for rejection within ten working days after Provider's request.

## 4. Service Delivery

4.1 Provider shall deliver the Services in accordance with Schedule 1 and meet the Service Levels in Schedule 3.

4.2 Provider shall assign a named service delivery manager and at least one engineer on site at Customer's headquarters in Chongqing on working days. Changes to named personnel require reasonable prior notice to Customer.

4.3 Provider shall hold a monthly service review with Customer and provide a monthly report covering availability, incidents, changes, capacity and security events.

4.4 Provider shall follow Customer's change management process. No change to production systems may be made without an approved change request, except emergency changes to restore service, which must be reported within 24 hours.

4.5 Provider shall ensure that all personnel with access to Customer's systems have passed background checks, have signed confidentiality undertakings, and have been trained on Customer's security rules. Provider shall remove from the Services any person whom Customer reasonably objects to.

## 5. Charges and Payment

5.1 Customer shall pay the Charges in Schedule 2. The Charges are fixed for the Term.

5.2 The Monthly Service Charge is invoiced monthly in arrears and payable within 30 days after receipt of a valid PRC VAT invoice. The first Monthly Service Charge is invoiced at the end of the first month after the Service Commencement Date.

5.3 The Transition Charge is invoiced after Transition Acceptance and payable within 30 days.

5.4 Service credits under Schedule 3 are deducted from the next invoice.

## 6. Customer Data and Security

6.1 Customer Data belongs to Customer. Provider shall process Customer Data only to provide the Services and on Customer's documented instructions, and shall not use it for any other purpose.

6.2 Provider shall protect Customer Data with appropriate technical and organisational measures, including least-privilege access, multi-factor authentication for all administrative access, encryption of backups, and logging of privileged sessions through Customer's bastion host. Customer Data shall remain in mainland China.

6.3 Provider shall comply with the Cybersecurity Law, the Data Security Law and the Personal Information Protection Law of the PRC and with Customer's information security policies.

6.4 Provider shall notify Customer within 2 hours after detecting any security incident affecting Customer Data or Customer's systems, contain it, and support Customer's investigation. Provider is responsible for losses caused by its failure to comply with this Section 6.

## 7. Confidentiality

7.1 Each party shall keep confidential the other party's non-public business, technical and customer information, use it only for this Agreement and not disclose it to third parties without prior written consent. This obligation survives for three years after the end of the Term.

## 8. Intellectual Property

8.1 Runbooks, configuration baselines, scripts, reports and other documents created by Provider for Customer under this Agreement belong to Customer, which may use and modify them and give them to any successor provider.

8.2 Provider's monitoring tools and service portal remain Provider's property and are made available to Customer during the Term.

## 9. Subcontracting

9.1 Provider shall not subcontract any part of the Services without Customer's prior written consent. Provider remains responsible for the performance of any approved subcontractor.

## 10. Liability

10.1 Provider's total aggregate liability arising out of or in connection with this Agreement, whether in contract, tort or otherwise, shall not exceed the Charges paid by Customer in the nine months immediately preceding the event giving rise to the claim.

10.2 Neither party is liable for loss of profit or indirect loss.

## 11. Duration and Ending of the Agreement

11.1 This Agreement cannot be terminated by Customer before the end of the Term. Customer's remedies for any failure of Provider to perform are the service credits in Schedule 3, the delay payments in Section 3.2 and damages under Section 10.

11.2 Provider may terminate this Agreement by written notice if Customer fails to pay undisputed Charges within 60 days after the due date and still does not pay within 30 days after a written reminder.

11.3 At the end of the Term, Provider shall provide exit assistance for up to 60 days, return all Customer Data and documentation to Customer or a successor provider, and then delete Customer Data from its systems.

## 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the Chongqing Arbitration Commission for arbitration in Chongqing. The award is final.

## 13. General

13.1 The Schedules form part of this Agreement. If they conflict with the main body, the main body prevails.

13.2 Notices under this Agreement must be in writing and delivered by hand, courier or e-mail to the addresses given above or later notified. This Agreement is signed in two originals, one for each party.

## Schedule 1 — Scope of Services

| Service | In-scope assets | Main activities |
|---|---|---|
| Service desk | 480 users, six warehouses, head office | Chinese-language service desk, 24 × 7 telephone and portal, user account administration |
| Network operations | 2 core switches, 38 access switches, 6 firewalls, 96 wireless access points, SD-WAN links | 24 × 7 monitoring, incident handling, configuration backup, firmware updates |
| Server and storage operations | 42 virtual servers, 2 hyper-converged clusters, backup appliance | Monitoring, patching, capacity management, daily backup and quarterly restore test |
| Warehouse systems support | Warehouse management system, temperature monitoring platform, handheld terminals | Application monitoring, interface checks, first-line support and vendor coordination |
| Security operations | Endpoint protection, firewall logs, privileged access | Log review, vulnerability scanning every month, patch compliance reporting |

## Schedule 2 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition Charge | One-time, after Transition Acceptance | 124,000 |
| Monthly Service Charge | 86,000 per month × 36 months | 3,096,000 |
| **Total Contract Value** | | **3,220,000** |

All Charges include VAT and all costs of Provider's personnel, tools and travel within Chongqing.

## Schedule 3 — Service Levels and Service Credits

| Measure | Service Level | Service credit if missed |
|---|---|---|
| Availability of core network, firewalls and virtual server clusters | 99.95% per month | 5% of the Monthly Service Charge for each 0.02 percentage point or part below the level, up to 20% |
| Priority 1 incident response (site, warehouse system or cold-chain monitoring down) | 15 minutes, 24 × 7 | CNY 1,000 per late incident |
| Priority 1 incident restoration | 3 hours | CNY 2,000 per hour or part beyond the target |
| Priority 2 incident response | 1 hour | CNY 500 per late incident |
| Service desk average speed of answer | 30 seconds per month | 2% of the Monthly Service Charge |
| Monthly report delivered | by the 7th working day | CNY 1,000 |

Service credits are a price adjustment for the reduced level of service and do not limit Customer's right to claim damages under Section 10.
'''

H984E05 = '''\
DATA SUBSCRIPTION AGREEMENT
CROP WEATHER AND YIELD FORECAST API

Agreement No. SAD-CN-2027-017

BETWEEN

Dalian Beigu Grain Trading Co., Ltd., 17 Renmin Road, Zhongshan District, Dalian, Liaoning Province, People's Republic of China ("Customer"); and

Susquehanna AgriData Inc., 330 Pine Street, Williamsport, Pennsylvania 17701, United States of America ("Provider").

BACKGROUND

Customer buys and trades maize, soybeans and rice from growers in north-east China and wishes to use weather observations, seasonal forecasts and crop-yield estimates in its purchasing and risk models. Provider operates a data platform that delivers these data through an application programming interface (API). The parties agree as follows.

1. DEFINITIONS

1.1 "API" means Provider's AgriCast REST API, version 4, and any successor version made available during the Subscription Term.

1.2 "Data" means the datasets delivered through the API under this Agreement, namely: (a) gridded daily weather observations for the provinces of Heilongjiang, Jilin, Liaoning and Inner Mongolia; (b) 15-day and seasonal weather forecasts for the same area; (c) county-level yield estimates for maize, soybeans and rice, updated weekly during the growing season; and (d) historical series from 2000 onwards.

1.3 "Customer Data" means all data that Customer or its users submit to the API or the portal, including field boundaries, grower locations, contract volumes, query parameters and usage logs, and all account information of Customer's users.

1.4 "Subscription Year" means each period of 365 consecutive days starting on the Subscription Start Date or its anniversary.

1.5 "Subscription Start Date" means the date on which Provider issues production API keys to Customer and notifies Customer that the production service is available.

1.6 "Integration Support" means the services described in clause 4.

2. SUBSCRIPTION

2.1 Provider grants Customer, for the Subscription Term, a non-exclusive, non-transferable right to access the API and to use the Data for Customer's internal business purposes, including purchasing decisions, risk management, internal reports and internal models.

2.2 The Subscription Term consists of two Subscription Years from the Subscription Start Date. This Agreement does not renew automatically; any further subscription requires a new written agreement.

2.3 The subscription includes up to 2,000,000 API calls per calendar month and up to 25 named portal users. Calls above the monthly allowance are charged under clause 5.3.

2.4 Customer may keep and continue to use Data downloaded during the Subscription Term for its internal records and models after the term ends, but may not use it to build a competing data service.

3. LICENCE RESTRICTIONS

3.1 Customer shall not resell, sublicense or publish the Data as such, or make the API available to third parties, except to its wholly owned subsidiaries in mainland China.

3.2 Customer may include Data in reports to its banks, insurers and auditors in aggregated or derived form.

3.3 Customer shall not attempt to circumvent the rate limits or security controls of the API.

4. INTEGRATION SUPPORT AND ACCEPTANCE

4.1 Provider shall provide Integration Support within 40 working days after the Subscription Start Date, consisting of: mapping of Provider's grid and county codes to Customer's purchasing regions; a Python and Java client library configured for Customer's environment; an interface that loads daily data into Customer's data warehouse; three dashboards for Customer's trading desk; and two days of training for Customer's analysts.

4.2 Integration Acceptance occurs when Customer confirms in writing that: (a) the daily load has run without error for 15 consecutive days; (b) a sample of 200 county and date records in Customer's data warehouse matches the API responses exactly; (c) the dashboards show the agreed indicators for all purchasing regions; and (d) the training has been delivered. Customer shall confirm or state its reasons for rejection within ten working days after Provider's request.

4.3 The dashboards, interface programs and region mappings created for Customer belong to Customer. Customer may use, modify and allow third parties to use them without restriction, and Provider shall deliver their source code with the request for Integration Acceptance.

5. FEES AND PAYMENT

5.1 The fees are:

   Subscription Year 1 ........................ CNY 268,000
   Subscription Year 2 ........................ CNY 268,000
   Integration Support (one-time) ............. CNY  36,000
   Total Fees ................................. CNY 572,000

5.2 The fee for each Subscription Year is invoiced on the first day of that Subscription Year and is payable within 30 days of receipt of a valid PRC VAT invoice. The Integration Support fee is invoiced after Integration Acceptance and is payable within 30 days of receipt of the invoice.

5.3 API calls above the monthly allowance are charged at CNY 0.02 per call, invoiced quarterly in arrears. Such usage charges are not part of the Total Fees.

5.4 All fees include VAT and are fixed for the Subscription Term.

6. SERVICE LEVELS

6.1 Provider shall make the production API available at least 99.95% of each calendar month, excluding scheduled maintenance announced 72 hours in advance and performed on Sundays between 01:00 and 05:00 China Standard Time.

6.2 Daily observations shall be available through the API by 08:00 China Standard Time each day, and yield estimates by 12:00 on the publication day stated in the data calendar.

6.3 Incidents are classified as follows. Priority 1: the API is unavailable or returns errors for more than a tenth of requests, or daily data is not delivered. Priority 2: a dataset is delayed or incomplete. Priority 3: any other question or problem.

6.4 Provider shall respond to a Priority 1 incident within 8 hours, to a Priority 2 incident within one business day, and to a Priority 3 incident within three business days. Response means a qualified engineer has acknowledged the incident and begun work on it.

6.5 If monthly availability falls below the level in clause 6.1, Provider shall credit Customer 5% of the monthly equivalent of the subscription fee for each full 0.1 percentage point below that level, up to 25% of that amount. If daily data is delivered late on more than three days in a month, Provider shall credit Customer a further 5%. Credits are deducted from the next invoice or refunded at the end of the Subscription Term.

7. CUSTOMER DATA AND DATA SECURITY

7.1 Customer Data belongs to Customer. Provider shall process Customer Data only to provide the API and the portal to Customer and shall not use it for any other purpose, including analytics, benchmarking, model training or products for other customers.

7.2 Provider shall host the production API and all Customer Data for Customer in a data centre in mainland China operated by its hosting provider named in clause 10.1, shall not transfer Customer Data outside mainland China, and shall comply with the Personal Information Protection Law and the Data Security Law of the PRC.

7.3 Provider shall protect Customer Data with encryption in transit and at rest, access limited to named support staff, multi-factor authentication, logging of all access, and annual independent security testing.

7.4 Provider shall notify Customer within 24 hours after becoming aware of any unauthorised access to, or loss of, Customer Data, shall take immediate steps to contain the incident, and shall be liable for the losses caused by its breach of this clause 7.

7.5 Within 30 days after the end of the Subscription Term Provider shall return Customer Data on request and then delete it.

8. DATA QUALITY AND WARRANTIES

8.1 Provider warrants that the Data is produced with reasonable skill and care using the methods described in its documentation, and that it has all rights needed to license the Data to Customer.

8.2 Forecasts and estimates are inherently uncertain. Provider does not warrant that any forecast or estimate will be accurate, and Customer remains responsible for its trading decisions.

8.3 Provider shall indemnify Customer against any claim that the Data or the API infringes a third party's rights.

9. DELAY AND LIABILITY

9.1 If Integration Acceptance has not occurred within the period in clause 4.1 for reasons attributable to Provider, Provider shall pay Customer liquidated damages of 0.1% of the Total Fees for each day of delay, up to 10% of the Total Fees.

9.2 Each party's total liability under this Agreement is limited to 150% of the Total Fees, except for breach of clause 7, infringement claims under clause 8.3, personal injury and wilful misconduct.

9.3 Neither party is liable for lost profits or trading losses, except under clause 7.

10. SUBCONTRACTING

10.1 Provider's hosting provider for the production API is Tencent Cloud Computing (Beijing) Co., Ltd., which Customer approves by signing this Agreement. Provider shall not use any other subcontractor for the performance of this Agreement without Customer's prior written consent.

11. TERMINATION

11.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.

11.2 If Customer terminates under clause 11.1, Provider shall refund the part of the subscription fee paid for the period after termination.

11.3 Customer may also terminate this Agreement by written notice if monthly availability falls below the level in clause 6.1 in three consecutive months.

12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen under its rules in force at the time. The award is final and binding.

13. GENERAL

13.1 Neither party may assign this Agreement without the other party's prior written consent.

13.2 This Agreement is made in English. Amendments must be in writing and signed by both parties.

SIGNED for Customer: ____________________ Date: __________

SIGNED for Provider: ____________________ Date: __________
'''

FILES = {
    'h984z01': ('h984z01_weather_science_venue_booking_platform.pdf', 'pdf', H984Z01),
    'h984z02': ('h984z02_stew_pot_factory_line_control_retrofit.docx', 'docx', H984Z02),
    'h984z03': ('h984z03_spanish_school_chain_booking_saas.txt', 'text', H984Z03),
    'h984z04': ('h984z04_stormwater_tank_monitoring_om_service.txt', 'text', H984Z04),
    'h984z05': ('h984z05_lithography_studio_tracking_supplier_template.md', 'text', H984Z05),
    'h984e01': ('h984e01_maintenance_software_perpetual_licence_pa_vendor.pdf', 'pdf', H984E01),
    'h984e02': ('h984e02_facility_workorder_saas_order_form.md', 'text', H984E02),
    'h984e03': ('h984e03_paper_mill_vibration_sensors_monitoring.docx', 'docx', H984E03),
    'h984e04': ('h984e04_cold_chain_managed_it_services.md', 'text', H984E04),
    'h984e05': ('h984e05_crop_weather_data_api_subscription.txt', 'text', H984E05),
}

# ---- labels ----
KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"
T, F, N = True, False, None
# per draft: language, category, the 19 terms in KEYS order, extra, design rules, TCO inputs (fee base, warranty months)
DESIGN = {
    "h984z01": ("zh", "software", [99.5, 0.5, T, "buyer", T, T, T, 0.02, N, 20, T, T, 24, 9, F, T, F, "PRC", G],
                dict(sla_clause=T, ld_stated=T, post_warranty_fee_capped=T, acceptance_deemed_on_delivery=F,
                     contract_value=1208000), ["CR-LD-LOW", "CR-SLA-AVAILABILITY"], (620000, 24)),
    "h984z02": ("zh", "hardware", [N, 1, T, "buyer", T, T, T, 0.1, N, 20, T, T, 18, 32, F, T, T, "PRC", G],
                dict(sla_clause=T, ld_stated=T, post_warranty_fee_capped=T, acceptance_deemed_on_delivery=F,
                     contract_value=1610000),
                ["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"], (1284000, 18)),
    "h984z03": ("zh", "cloud", [99.95, 0.5, T, "buyer", T, F, T, 0.1, 150, N, T, N, N, N, T, T, F, "PRC", S],
                dict(sla_clause=T, ld_stated=T, acceptance_deemed_on_delivery=F, contract_value=552000),
                ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP"], None),
    "h984z04": ("zh", "services", [99.95, 0.25, T, "buyer", T, T, T, 0.1, N, N, T, N, N, N, F, T, F, "PRC", S],
                dict(sla_clause=T, ld_stated=T, acceptance_deemed_on_delivery=F, contract_value=686000), [], None),
    "h984z05": ("zh", "software", [N, N, F, "supplier", F, T, T, 0.08, 20, 65, F, F, 6, N, F, T, N, "PRC", G],
                dict(sla_clause=F, ld_stated=T, post_warranty_fee_capped=F, acceptance_deemed_on_delivery=T,
                     contract_value=322000),
                ["CR-ACCEPTANCE", "CR-DATA-SECURITY", "CR-IP-OWNERSHIP", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
                 "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-WARRANTY"], (168000, 6)),
    "h984e01": ("en", "software", [N, 1, T, "buyer", T, T, T, 0.1, 150, 20, T, T, 24, 11, F, T, F, "Pennsylvania", G],
                dict(sla_clause=T, ld_stated=T, post_warranty_fee_capped=T, acceptance_deemed_on_delivery=F,
                     contract_value=1920000), ["CR-GOVERNING-LAW"], (1360000, 24)),
    "h984e02": ("en", "cloud", [99.95, 1, F, "buyer", T, T, T, N, 200, N, T, N, N, N, F, T, F, "PRC", S],
                dict(sla_clause=T, ld_stated=F, acceptance_deemed_on_delivery=F, contract_value=694000),
                ["CR-LD-MISSING", "CR-SLA-NO-REMEDY"], None),
    "h984e03": ("en", "hardware", [N, 0.5, T, "buyer", T, T, T, 0.08, 200, 10, T, T, 36, 7, F, T, F, "PRC", G],
                dict(sla_clause=T, ld_stated=T, post_warranty_fee_capped=T, acceptance_deemed_on_delivery=F,
                     contract_value=2070000), [], (1794000, 36)),
    "h984e04": ("en", "services", [99.95, 0.25, T, "buyer", T, T, T, 2000 / 3220000 * 100, 9 / 36 * 100, N, T, N, N, N,
                                   F, F, F, "PRC", S],
                dict(sla_clause=T, ld_stated=T, acceptance_deemed_on_delivery=F, contract_value=3220000),
                ["CR-LIABILITY-CAP", "CR-TERMINATION"], None),
    "h984e05": ("en", "cloud", [99.95, 8, T, "buyer", T, T, F, 0.1, 150, N, T, N, N, N, F, T, F, "PRC", S],
                dict(sla_clause=T, ld_stated=T, acceptance_deemed_on_delivery=F, contract_value=572000),
                ["CR-CONFIDENTIALITY", "CR-SLA-RESPONSE"], None),
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
FORUM_OUTSIDE_MAINLAND = {"h984e01"}  # Franklin County, Pennsylvania courts
RISK = {"h984z01": "medium", "h984z02": "high", "h984z03": "medium", "h984z04": "low", "h984z05": "high",
        "h984e01": "low", "h984e02": "high", "h984e03": "low", "h984e04": "medium", "h984e05": "medium"}


def tco_share(t, x, tco):
    """Policy §4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years; fee base = itemised
    licence / hardware subtotal. None when the fee is not stated."""
    if tco is None or t["post_warranty_fee_pct"] is None:
        return None
    base, wm = tco
    years = max(0.0, 5 - wm / 12)
    post = base * t["post_warranty_fee_pct"] / 100 * years
    return post / (x["contract_value"] + post) * 100


def derive(key, t, x, tco):
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
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] is None or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        s = tco_share(t, x, tco)
        if s is not None and s > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or key in FORUM_OUTSIDE_MAINLAND:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


# ---- threshold scan ----
THRESH = re.compile("|".join([
    r"99\.90*(?!\d)", r"(?<![\d.])0?\.050*\s*%", r"(?<![\d.])0\.05(?!\d)", r"万分之五", r"千分之零点五",
    r"(?<![\d.,])4\s*(?:个)?\s*(?:小时|hours?|hrs?\b|-hour)", r"(?<![\d.,十])[四4]\s*(?:个)?小时", r"four[\s-]+hours?",
    r"(?<![\d.,])100\s*%", r"百分之百", r"(?<![\d.,])100\s*per\s*cent", r"one hundred per\s*cent",
    r"(?<![\d.,])30\s*%", r"百分之三十", r"三成", r"(?<![\d.,])30\s*per\s*cent", r"thirty per\s*cent",
    r"(?<![\d.,])15\s*%", r"百分之十五", r"(?<![\d.,])15\s*per\s*cent", r"fifteen per\s*cent",
    r"(?<![\d.,])40\s*%", r"百分之四十", r"四成", r"(?<![\d.,])40\s*per\s*cent", r"forty per\s*cent",
    r"(?<![\d.,])12\s*(?:个)?\s*月(?!\d*日)", r"(?<![\d.,])12\s*個?月份?(?=[^\d日]|$)", r"十二个月", r"(?<![下每第同逐])一年(?![级度])",
    r"(?<![\d.,])12[\s-]*months?", r"twelve[\s-]*months?", r"\bone[\s-]+year\b", r"(?<![\d.,])1[\s-]*year\b",
    r"(?<![\d.,])5\s*(?:个)?\s*年(?!\d)", r"五年", r"(?<![\d.,])5[\s-]*years?", r"five[\s-]*years?",
    r"(?<![\d.,])60\s*(?:个)?\s*月", r"六十个月", r"(?<![\d.,])60[\s-]*months?", r"sixty[\s-]*months?",
]), re.I)
MUST_HIT = ["99.9%", "99.90 %", "0.05%", "0.05 %", "万分之五", "4小时", "4 hours", "四小时", "four hours", "4-hour",
            "100%", "百分之百", "30%", "30 %", "百分之三十", "15%", "百分之十五", "40%", "百分之四十", "12个月", "12 months",
            "十二个月", "twelve months", "一年", "one year", "5年", "五年", "5 years", "five years", "60 months",
            "60个月", "12-month"]
MUST_MISS = ["99.95%", "99.5%", "0.08%", "24小时", "24 hours", "14 hours", "150%", "200%", "130%", "35%", "45%", "二十四小时", "十四个小时", "下一年度", "每一年度",
             "115%", "65%", "2027年12月31日", "24 months", "36 months", "2 hours", "1 hour", "十五日", "30 days",
             "15 working days", "40 working days", "第一年级", "Section 4 Payment", "5 working days", "25 years"]
for s in MUST_HIT:
    assert THRESH.search(s), ("must hit", s)
for s in MUST_MISS:
    assert not THRESH.search(s), ("must miss", s, THRESH.search(s))


def read_back(path, kind):
    if kind == "docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for tb in doc.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if kind == "pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def build():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    targets, sources = {}, {}
    for key, (name, kind, src) in FILES.items():
        if kind == "text":
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
        else:
            targets[key], sources[key] = (name, kind), src
    write(sources, targets, OUT, wrap_words=True)


THRESHOLD_VALUES = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05,
                    "liability_cap_pct": 100, "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}


def main():
    build()
    covered = set()
    for key, (name, kind, src) in FILES.items():
        lang, cat, vals, extra, rules, tco = DESIGN[key]
        terms = dict(zip(KEYS, vals))
        assert len(vals) == len(KEYS)
        for k, thr in THRESHOLD_VALUES.items():
            assert terms[k] is None or abs(terms[k] - thr) > 1e-9, (key, k)
        if terms["contract_kind"] == S:
            assert "post_warranty_fee_capped" not in extra and terms["warranty_months"] is None
            assert terms["post_warranty_fee_pct"] is None
        share = tco_share(terms, extra, tco)
        if share is not None:
            assert abs(share - 40) > 2, (key, share)
        derived = derive(key, terms, extra, tco)
        assert derived == sorted(rules), (key, derived, rules)
        covered |= set(derived)
        risk = "high" if set(derived) & HIGH else ("medium" if set(derived) - LOW else ("low"))
        assert risk == RISK[key], (key, risk)
        text = read_back(OUT / name, kind)
        if lang == "zh":
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (key, n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (key, n)
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            m = THRESH.search(variant)
            assert not m, (key, m.group(0), variant[max(0, m.start() - 40):m.end() + 40])
        label = {"file": name, "language": lang, "category": cat, "expected_terms": terms,
                 "expected_extra": extra, "expected_rules": sorted(rules)}
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                                        encoding="utf-8")
        print("%s %-5s len=%d rules=%s risk=%s%s" % (key, lang, n, ",".join(r[3:] for r in derived) or "-", risk,
                                                  "" if share is None else " tco_share=%.2f" % share))
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    assert sum(1 for k in DESIGN if not DESIGN[k][4]) == 2
    check_sums()
    print("all checks passed")


def check_sums():
    assert 620000 + 478000 + 86000 + 24000 == 1208000
    assert 241600 + 543600 + 422800 == 1208000 and 241600 == 1208000 * 0.20
    assert 708000 + 114000 + 276000 + 186000 == 1284000 and 6 * 118000 == 708000 and 12 * 9500 == 114000
    assert 1284000 + 168000 + 132000 + 26000 == 1610000
    assert 322000 + 724500 + 563500 == 1610000 and round(1284000 * 0.32) == 410880
    assert 35 * 6800 == 238000 and 2 * 238000 + 64000 + 12000 == 552000
    assert 312000 + 196000 + 98000 + 56000 + 24000 == 686000 and 686000 / 4 == 171500
    assert 168000 + 136000 + 18000 == 322000 and 209300 + 112700 == 322000 and 209300 == 322000 * 0.65
    assert 1360000 + 420000 + 96000 + 44000 == 1920000 and 384000 + 864000 + 672000 == 1920000
    assert round(1360000 * 0.11) == 149600
    assert 318000 * 2 + 58000 == 694000
    assert 240 * 3900 == 936000 and 120 * 1450 == 174000 and 16 * 18500 == 296000
    assert 936000 + 174000 + 296000 + 388000 == 1794000 and 1794000 + 156000 + 98000 + 22000 == 2070000
    assert 207000 + 1138500 + 724500 == 2070000 and 1138500 == 2070000 * 0.55 and round(1794000 * 0.07) == 125580
    assert 86000 * 36 == 3096000 and 3096000 + 124000 == 3220000
    assert 268000 * 2 + 36000 == 572000


if __name__ == "__main__":
    main()
