"""holdout606: builds the ten held-out drafts from the sources below, writes their .json labels and checks them.

Run: /work/main/.venv/bin/python -B make_files.py (in this folder). .docx/.pdf via ../word_pdf.py.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:食品安全检查记录管理平台采购合同
P:合同编号：JNSJ-ZC-2026-047    采购方式：公开招标（政府采购）
P:甲方（采购人）：江南市市场监督管理局
P:乙方（供应商）：杭州明衡信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，甲乙双方就食品安全检查记录管理平台的软件许可、定制开发及实施服务订立本合同，本合同以甲方提供的合同文本为准。
H:第一条 项目内容
P:1.1 乙方向甲方提供食品安全检查记录管理平台软件（V5.3）的永久使用许可，覆盖市局及下辖九个区县分局、共计六百个执法账号，不限服务器数量。
P:1.2 乙方按甲方需求完成以下定制开发：移动执法检查端（含现场签名、照片水印和离线暂存）、风险分级评定模块、与国家市场监管综合业务平台及省食品安全追溯平台的数据接口。
P:1.3 乙方负责将甲方原检查台账系统中约一百八十万条历史记录迁移至新平台，并承担部署、联调、培训及试运行期间的驻场支持。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰陆拾陆万肆仟元整（¥1,664,000），包括：平台软件许可费¥860,000；定制开发费¥612,000；数据迁移费¥118,000；实施及培训费¥74,000。
P:2.2 上述价款为固定总价，已包含税费、差旅、第三方组件费用及质保期内的全部服务费用，甲方不再另行支付其他费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行预付款保函后十五个工作日内，甲方支付合同总价的20%，即¥332,800。
P:3.2 平台完成部署、数据迁移并通过初步验收后，甲方支付合同总价的55%，即¥915,200。
P:3.3 平台经最终验收合格后，甲方支付合同总价的25%，即¥416,000。
P:3.4 每次付款前乙方应开具合法有效的等额增值税发票。甲方按财政国库集中支付程序付款，因审批流程造成的合理延迟不视为甲方违约。
H:第四条 交付进度
P:4.1 乙方应于合同签订后六十日内完成部署和数据迁移，一百二十日内完成全部定制开发并提请最终验收。
P:4.2 乙方应为甲方培训系统管理员不少于十名、执法人员骨干不少于一百二十名，并提供操作视频和考核题库；培训场地由甲方提供，讲师及资料费用由乙方承担。
P:4.3 乙方应指定项目经理一名常驻甲方现场，未经甲方同意不得更换；项目经理应每周提交进度报告，重大事项及时书面报告。
P:4.4 乙方应提交需求规格说明书、设计文档、接口文档、用户手册、运维手册及定制部分的全部源代码。
H:第五条 验收
P:5.1 初步验收标准：迁移数据经逐条比对，字段完整率及数值一致率均达到全量一致，差异记录须全部修正；移动执法端在无网络条件下可保存并在恢复连接后自动上传；与国家平台的数据接口连续十个工作日推送无失败。
P:5.2 最终验收标准：试运行满六十日；在三百个并发用户条件下，常用查询响应时间不超过2秒，检查记录提交不超过3秒；第三方测评机构出具的安全测评报告无高危问题；系统文档及源代码齐全。
P:5.3 验收由甲方组织，可邀请专家参与，形成书面验收报告。平台上线使用、甲方付款或签收文件，均不视为验收合格；未通过验收的，乙方应在十五日内整改并重新提请验收。
H:第六条 质量保证及后续维护
P:6.1 免费质保期为三十六个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、接口适配及远程和现场技术支持。
P:6.2 质保期满后，甲方如需继续委托乙方维护，年度维护费不超过平台软件许可费的9%（即每年¥77,400），且质保期满后三年内不得上调。维护服务需另行签订合同，不自动续期。
H:第七条 服务水平
P:7.1 质保期内平台月度可用率不低于99.95%，计划内维护须提前三个工作日经甲方同意，并安排在夜间进行。
P:7.2 故障分为三级。一级故障（平台整体不可用或执法端无法提交记录）：乙方应在30分钟内响应，2小时内到达现场，8小时内恢复；二级故障：1小时内响应，24小时内解决；三级故障：在下一版本中修复。
P:7.3 乙方未按时响应或恢复的，每超时1小时扣减¥800；月度可用率每低于承诺值0.01个百分点，扣减¥1,500。上述扣减从应付款项或履约保证金中扣除。
H:第八条 数据安全与数据归属
P:8.1 平台中的检查记录、企业信息、执法人员信息、照片及全部业务数据均属于甲方，乙方仅为履行本合同使用，不得用于其他任何目的，不得向第三方提供，也不得以脱敏、汇总等任何形式留存或再利用。
P:8.2 乙方应按网络安全等级保护第三级要求落实安全措施：访问须经甲方堡垒机并全程审计，不得将数据拷贝出甲方机房，测试使用甲方提供的脱敏数据。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方，立即采取补救措施，并承担由此造成的全部损失及相应法律责任。
H:第九条 保密
P:9.1 乙方对履行本合同中知悉的甲方工作秘密、执法信息及其他未公开信息负有保密义务，未经甲方书面许可不得披露，合同终止后保密义务继续有效。
P:9.2 乙方应与参与本项目的人员签订保密承诺书，人员违反保密义务的，由乙方承担责任。
H:第十条 知识产权
P:10.1 为本项目定制开发的程序、接口、源代码、文档及数据迁移脚本的知识产权归甲方所有，甲方可自行或委托第三方使用、修改和再开发。
P:10.2 平台原有产品的知识产权仍归乙方，甲方享有永久、不可撤销的使用许可。乙方保证所交付成果不侵犯第三方权利。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期提请验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方逾期超过六十日，或交付成果两次验收仍不合格的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
P:11.3 甲方无正当理由逾期付款的，按逾期金额每日万分之三支付违约金。
H:第十二条 分包与转让
P:12.1 本项目不允许分包，乙方不得将本合同项下的任何工作转包或分包给第三方，也不得转让合同权利义务。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面通知后十五日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
P:13.2 合同解除后，乙方应在十日内移交全部数据、文档和源代码，并协助甲方完成平稳过渡。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。双方因本合同发生争议，应协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 其他
P:15.1 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:15.2 双方指定的联系人及通知地址见合同首页，任何一方变更联系人或地址的，应提前五个工作日书面通知对方；按上述地址以邮寄或专人送达方式发出的通知，视为已经送达。
P:15.3 招标文件、投标文件、中标通知书为本合同组成部分。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：江南市市场监督管理局    乙方（盖章）：杭州明衡信息技术有限公司
P:签订日期：2026年  月  日
"""

Z02 = """T:制粉生产线控制系统改造及维保合同
P:合同编号：HF-SB-2026-118
P:甲方：河南禾丰面粉有限公司
P:乙方：郑州中控智联自动化工程有限公司
P:甲方日处理小麦六百吨的二号制粉生产线拟对原有继电器控制及单机仪表进行改造，乙方经比选确定为承包方。双方经协商一致，订立本合同。
H:一、改造范围
P:（一）更换清理、制粉、打包三个工段的控制柜，新建PLC集中控制系统及中控室上位机监控系统，实现一键启停、联锁保护和配方管理。
P:（二）加装变频器用于磨粉机喂料辊、风机和提升机调速；加装在线水分仪和流量秤，实现润麦加水自动控制。
P:（三）开发上位机与甲方现有MES及ERP的数据接口，自动上传产量、能耗和批次数据。
P:（四）完成拆除、安装、布线、调试、试生产配合及操作人员培训，并在质保期满后按本合同第七条提供维保服务。
H:二、合同价款
P:（一）合同总价为人民币壹佰伍拾柒万捌仟元整（¥1,578,000），明细见下表。
TB:序号|项目|数量|金额（元）
TB:1|PLC控制柜及IO模块|9套|486,000
TB:2|变频器（含电抗器）|42台|312,000
TB:3|上位机服务器及操作站|1套服务器、3台操作站|128,000
TB:4|组态软件及MES接口软件许可|1套|214,000
TB:5|在线水分仪及流量秤|6套|176,000
TB:|设备及软件小计||1,316,000
TB:6|安装调试及布线|1项|148,000
TB:7|PLC编程及接口开发|1项|96,000
TB:8|操作及维护培训|1项|18,000
TB:|合同总价||1,578,000
P:（二）合同总价为固定价，包含设备、运输、保险、安装、税费及质保期内服务费用。
H:三、付款
P:（一）合同生效后十个工作日内，甲方支付合同总价的10%作为预付款，即¥157,800。
P:（二）设备全部到货并经甲方开箱清点签收后，甲方支付合同总价的60%，即¥946,800。到货签收仅确认数量与外观，不视为验收。
P:（三）系统通过最终验收后十五个工作日内，甲方支付合同总价的25%，即¥394,500。
P:（四）余款5%（¥78,900）作为质量保证金，质保期满且无未决质量问题后十五个工作日内支付。
H:四、工期与停机安排
P:（一）乙方应在合同生效后四十五日内完成设备到货，改造施工利用甲方计划停产检修期进行，停机时间不超过十八日。
P:（二）停机期间乙方应每日向甲方生产部报告进度，因乙方原因延长停机的，按本合同第十一条承担违约责任。
P:（三）乙方施工人员进入甲方厂区应遵守甲方安全生产、粉尘防爆和动火作业管理制度，特种作业人员持证上岗。动火、登高及带电作业须提前办理作业票，施工期间发生的人身及财产事故由乙方负责。
P:（四）乙方应指定一名项目经理和一名电气工程师全程驻场，人员名单报甲方备案，未经甲方同意不得更换。
H:五、培训与资料
P:（一）乙方应在试生产前对甲方中控操作员、电工和设备管理人员进行分批培训，内容包括上位机操作、配方管理、报警处理、变频器参数设置和日常点检，培训后进行实际操作考核，考核合格人数不少于十六名。
P:（二）乙方应在最终验收前提交竣工图纸、电气原理图、IO点表、联锁表、PLC程序及组态工程文件的电子版和纸质版各一套，以及设备说明书、合格证和备品备件清单。
P:（三）乙方应随设备提供两年期常用备品备件，包括PLC模块、继电器、熔断器及变频器风扇，费用已包含在合同总价内。
H:六、验收
P:（一）验收标准：全部联锁逻辑按甲方确认的联锁表逐项测试通过；一键启停及故障急停功能正常；润麦加水控制精度在目标值±0.3个百分点内；产量、能耗数据与现场计量仪表偏差不超过1%；生产线连续满负荷试生产七十二小时无停机故障。
P:（二）满足上述标准后，双方共同签署最终验收报告。设备安装完毕、试生产开始或甲方使用系统，均不视为验收合格；验收不合格的，乙方应在十日内整改并重新组织验收。
H:七、质保及维保
P:（一）质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费维修或更换故障设备及部件，并免费提供程序修改和软件升级。
P:（二）质保期满后，乙方按设备及软件小计的7.5%每年收取维保费，即每年¥98,700，该价格在质保期满后三年内固定不变。维保内容包括每季度巡检、备件供应、程序备份和远程诊断。维保合同按年签订，不自动续期。
P:（三）故障分级及响应：一级故障（生产线全线停机或安全联锁失效）乙方应在接报后10小时内响应并到达现场，24小时内恢复生产；二级故障（单台设备或单个工段停机）24小时内响应，48小时内修复；三级故障在下次巡检时处理。
P:（四）乙方未按时响应或修复的，每超时1小时向甲方支付¥600违约金，从质量保证金或维保费中扣除。
H:八、数据安全
P:（一）生产线运行数据、配方、产量及能耗数据均属于甲方，乙方仅为履行本合同使用，不得用于其他任何目的，不得向第三方提供。
P:（二）乙方远程维护须经甲方审批，通过甲方指定的VPN及工控防火墙接入，每次访问留存日志；不得在上位机安装与本项目无关的软件。
P:（三）因乙方原因造成控制系统遭受攻击、数据泄露或丢失的，乙方应在2小时内报告甲方，及时处置并承担甲方因此遭受的全部损失。
P:（四）维保服务终止时，乙方应删除其持有的全部甲方程序备份和运行数据，并向甲方出具书面删除确认。
H:九、保密
P:乙方对在本项目中知悉的甲方工艺参数、配方、产能及经营信息负有保密义务，未经甲方书面同意不得向任何第三方披露，本条在合同终止后继续有效。
H:十、知识产权
P:乙方为本项目编写的PLC程序、组态画面、接口程序及其源代码归甲方所有，甲方可自行修改或委托第三方维护。组态软件产品本身的知识产权归原厂所有，甲方享有永久使用许可。
H:十一、违约责任
P:（一）乙方逾期到货、逾期完成改造或因乙方原因延长停机的，每逾期一日按合同总价的千分之一支付违约金。
P:（二）甲方逾期付款的，按逾期金额每日万分之三支付违约金。
H:十二、分包
P:电气安装及布线劳务，乙方可交由具有相应资质的施工单位完成，乙方提前三日书面通知甲方即可；乙方对分包单位的施工质量和安全负全部责任。
H:十三、合同解除
P:乙方严重违约，经甲方书面催告后十日内仍未改正的，甲方有权解除合同并要求乙方赔偿损失。合同解除后，乙方应配合甲方恢复生产线正常运行，并移交已完成部分的全部程序和图纸资料。
H:十四、法律适用及争议解决
P:本合同适用中华人民共和国法律。争议协商不成的，提交新乡仲裁委员会仲裁，仲裁裁决是终局的。
H:十五、不可抗力
P:因地震、洪水、疫情防控措施等不可抗力导致不能按期履行的，受影响一方应在三日内书面通知对方并提供证明，履行期限相应顺延；不可抗力持续超过六十日的，双方协商是否继续履行。
H:十六、其他
P:（一）本合同未尽事宜由双方另行签订补充协议。技术协议与本合同不一致的，以本合同为准。
P:（二）双方往来通知以书面形式送达合同首页所列地址，电子邮件经对方确认收到的视为书面通知。
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。技术协议、联锁表和设备清单为本合同附件。
P:甲方（盖章）：                乙方（盖章）：
"""

Z03 = """连锁烘焙中央厨房订货管理系统软件服务（SaaS）及实施合同

合同编号：MX-IT-2026-021
甲方：苏州麦香坊食品连锁有限公司
乙方：上海云订信息科技有限公司

甲方经营七十家烘焙门店及一座中央厨房，为统一门店订货、中央厨房排产和配送管理，采购乙方的订货管理系统软件服务及实施服务。双方经友好协商，订立本合同。

一、服务内容
（一）乙方以软件即服务方式向甲方提供订货管理系统，包括门店订货、要货审批、中央厨房生产计划、原料领用、配送排线、门店收货差异处理和报表分析模块，账号数量不限。
（二）乙方负责实施服务，包括：
1. 门店、商品、配方和供应商基础数据的初始化；
2. 与甲方金蝶ERP及收银系统的订单和结算数据接口开发；
3. 七十家门店店长和中央厨房计划员的操作培训；
4. 上线后三十日的驻场支持。
（三）服务期为两个服务年度，自系统上线验收合格之日起计算，每个服务年度为自起算日起的连续一年。

二、费用
（一）软件服务年费：门店端每店每服务年度¥6,000，七十家门店计¥420,000；中央厨房模块每服务年度¥48,000；合计每服务年度¥468,000，两个服务年度合计¥936,000。
（二）实施费（一次性）：¥126,000，包括数据初始化、接口开发、培训和驻场支持。
（三）本合同总金额为¥1,062,000，已包含增值税。服务期内门店数量增加的，新增门店按每店每服务年度¥6,000按月折算收费；门店关闭的，自次月起相应减少。

三、付款
（一）实施费在系统上线验收合格后十五个工作日内一次性支付。
（二）软件服务年费按季度支付，每个服务季度开始后十个工作日内，甲方支付该季度年费¥117,000。
（三）乙方应在每次收款前开具等额增值税专用发票。
（四）因乙方原因导致服务提前终止的，乙方应按剩余服务天数退还甲方已支付的服务费。

四、实施与上线验收
（一）乙方应在合同签订后五十日内完成实施并提请上线验收。
（二）上线验收标准：
1. 全部七十家门店均能完成订货、收货和差异上报；
2. 连续十个营业日门店订单与中央厨房生产计划、配送单、ERP入库单逐单核对一致，差异为零；
3. 门店订货页面在晚间订货高峰时段响应时间不超过2秒；
4. 甲方提出的问题清单全部关闭。
（三）验收合格后双方签署上线验收单。系统试用或甲方门店开始下单，均不视为验收合格。
（四）上线验收前，乙方应提交系统操作手册、接口文档、门店培训签到及考核记录。
（五）乙方未能按期提请上线验收的，每逾期一日按本合同总金额的万分之六向甲方支付违约金。

五、服务水平
（一）系统月度可用率不低于99.5%。计划内维护安排在凌晨零点至五点之间，并提前两个工作日通知甲方，不计入不可用时间。
（二）一级故障（全部门店无法订货或中央厨房无法生成生产计划）：乙方应在30分钟内响应，3小时内恢复；二级故障（部分门店或部分功能不可用）：1小时内响应，8小时内恢复；三级故障：2个工作日内解决。
（三）服务抵扣：月度可用率低于承诺值的，每低0.1个百分点，抵扣当季度服务费的2%；一级故障超时恢复的，每超时1小时抵扣¥500。抵扣在下一季度付款中扣除。
（四）乙方每月向甲方提交服务报告，列明可用率、故障及处理情况。
（五）乙方提供每日七时至二十三时的电话及在线客服，门店店员可直接报障；节假日及门店促销活动期间，乙方应安排专人值守，并提前对订货高峰进行压力测试。
（六）乙方对系统进行版本升级的，应提前五个工作日通知甲方并说明变更内容，影响门店操作的，应同步提供培训材料；升级不得降低既有功能和服务水平。

六、数据安全与数据归属
（一）甲方门店、商品、配方、订单、供应商及员工数据均属于甲方。乙方仅为提供本合同服务而处理上述数据，不得用于其他目的，不得向第三方提供，也不得以汇总或脱敏形式用于乙方其他客户或产品。
（二）系统部署于境内云服务机房，已通过网络安全等级保护第三级测评。数据传输和存储均加密，运维访问实行最小权限和多因素认证，操作日志保存不少于六个月。
（三）乙方每日备份甲方数据，备份保存三十日，恢复点目标不超过一小时。
（四）发生数据泄露、丢失或被篡改的，乙方应在2小时内通知甲方，采取补救措施，并赔偿甲方因此遭受的全部损失，包括行政罚款和第三方索赔。
（五）服务终止后三十日内，乙方应按甲方要求以通用格式导出全部数据交付甲方，交付确认后删除其保存的甲方数据并出具删除证明。

七、甲方的配合义务
（一）甲方应指定项目负责人一名，协调门店、中央厨房和信息部门配合实施，并在约定时间内提供基础数据和接口所需的测试环境。
（二）甲方负责门店终端设备和网络环境，并妥善保管系统账号和密码。因甲方账号保管不当造成的损失由甲方承担。
（三）甲方逾期提供配合事项导致工期延误的，乙方的实施期限相应顺延。

八、保密
双方对在合作中获知的对方商业秘密和未公开信息负有保密义务，未经对方书面同意不得向第三方披露。配方、成本和门店经营数据属于甲方商业秘密。保密义务在合同终止后三年内继续有效。

九、知识产权
订货管理系统平台的知识产权归乙方所有。乙方为甲方定制的报表、接口程序及相关文档的知识产权归甲方所有，甲方可自行或委托他人使用和修改。

十、续期
本合同服务期满前三十日内任何一方未书面提出不续期的，合同自动续期一个服务年度，可多次续期。续期时乙方有权根据其产品价格政策调整软件服务年费，以乙方在续期前发出的价格通知为准。乙方应至少在服务期满前四十五日以电子邮件方式向甲方发出价格通知，续期期间的其他条件不变。

十一、分包
未经甲方书面同意，乙方不得将本合同项下的服务分包或转包给第三方。云服务机房及短信通道由乙方选用的基础服务商提供，乙方对其服务质量负责。

十二、违约责任与责任限额
（一）乙方违反数据安全或保密义务的，除赔偿损失外，甲方有权解除合同。
（二）乙方在本合同项下的累计赔偿责任以本合同总金额的两倍为限，但因乙方故意或重大过失、违反第六条、第八条造成的损失不受此限。

十三、不可抗力
因不可抗力导致服务中断的，受影响一方应及时通知对方并采取措施减少损失；不可抗力期间的不可用时间不计入可用率计算，但乙方应按约定的备份恢复机制尽快恢复服务。

十四、合同解除
乙方严重违约，经甲方书面通知后十五日内未改正的，甲方有权解除合同，乙方应退还已预收但未提供服务期间的费用，并配合完成数据迁移。

十五、法律适用及争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交苏州仲裁委员会仲裁。

十六、其他
（一）双方往来通知应以书面形式发送至合同首页所列联系人及地址，电子邮件经对方确认收到的视为书面通知。
（二）本合同未尽事宜，双方可签订补充协议。门店清单、接口规格及服务报告模板为本合同附件，与本合同具有同等效力。
（三）本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：                 乙方（盖章）：
日期：                         日期：
"""

Z04 = """滨江市不动产交易中心排队叫号及预约系统2026年度运维服务合同

合同编号：BJBDC-YW-2026-009
甲方：滨江市不动产交易中心
乙方：江苏惠民信息系统服务有限公司
签订地点：滨江市

根据《中华人民共和国民法典》及相关规定，甲方委托乙方对其排队叫号及预约系统提供年度运维服务，经双方协商一致，订立本合同，共同遵守。

第一条 运维对象
1. 排队叫号及预约系统软件，包括网上预约、微信预约、现场取号、叫号调度、短信提醒、评价器管理和统计分析模块；
2. 系统运行所需的应用服务器四台、数据库服务器两台及存储设备一套；
3. 交易大厅及两个分中心的取号机十二台、窗口叫号屏八十六块、综合显示大屏三块和评价器八十六台；
4. 系统与不动产登记平台、政务服务网统一预约平台及短信平台的接口。

第二条 服务期限
服务期限自2026年1月1日起至2026年12月31日止。服务期满，本合同终止；甲方需要继续采购运维服务的，另行履行采购程序，本合同不自动续期。

第三条 服务内容
1. 日常运维：每个工作日开厅前完成系统巡检，确认取号、叫号、预约及短信功能正常，并填写巡检记录；
2. 驻场服务：乙方派驻运维工程师一名，工作日在交易大厅驻场，周六上午延时服务期间同样驻场；
3. 故障处理：负责软件缺陷修复、硬件故障诊断及更换，硬件备件由乙方提供，单件价值超过两千元的主板及显示模组同样由乙方提供，费用已含在年度运维费中；
4. 系统优化：根据甲方业务调整，完成叫号规则、窗口配置、预约时段和业务类型的参数调整，每年不少于二十次；
5. 接口维护：保障与不动产登记平台及政务服务统一预约平台的数据交换正常，接口规范变更时在十个工作日内完成适配；
6. 季度巡检：每季度对服务器、数据库和全部终端设备进行一次全面巡检，提交巡检报告和优化建议；
7. 重大保障：在月末、季末及政策调整等业务高峰期间，乙方增派工程师一名现场值守；
8. 用户培训：每半年对窗口工作人员和大厅引导人员进行一次系统操作培训，新上线功能应在启用前完成培训；
9. 资产管理：建立并维护运维设备台账，记录设备型号、序列号、安装位置、维修及更换情况，每季度与甲方核对一次。

第四条 服务水平
1. 系统月度可用率（工作日开厅时间内）不低于99.99%。
2. 故障分级：一级故障指取号或叫号功能全部中断、预约数据无法同步；二级故障指单个分中心或单类业务无法取号、叫号；三级故障指单台终端故障或统计报表错误。
3. 响应及恢复时限：一级故障15分钟内响应，1小时内恢复；二级故障30分钟内响应，3小时内恢复；三级故障2小时内响应，次个工作日内修复。
4. 服务扣减：月度可用率每低于承诺值0.01个百分点，扣减当季度运维费¥1,000；一级故障每超时恢复1小时扣减¥1,500；二级故障每超时恢复1小时扣减¥500。扣减在当季度付款中扣除。
5. 乙方每月前五个工作日内提交上月运维报告，内容包括可用率统计、故障清单、处理过程及遗留问题。

第五条 服务费用及支付
1. 本合同年度运维服务费总额为人民币肆拾贰万陆仟元整（¥426,000），含税，包括人员、备件、差旅及工具费用。
2. 运维服务费按季度支付，每季度¥106,500。每季度结束后，甲方对乙方当季服务进行考核，考核合格后十五个工作日内支付当季费用。
3. 乙方应在每次付款前开具合法有效的增值税发票。

第六条 服务考核与年度验收
1. 季度考核内容：月度可用率、故障响应及恢复时限达标情况、巡检记录完整性、运维报告提交情况及窗口工作人员满意度。考核结果分为合格与不合格，可用率或一级故障恢复时限未达标的，当季度考核为不合格，乙方应在十日内提交整改报告。
2. 年度验收：服务期满后十五日内，甲方根据全年运维记录、四个季度考核结果及乙方提交的运维总结、设备台账和系统文档进行年度验收，并出具书面验收意见。
3. 乙方应在年度验收时向甲方移交全部运维文档、配置备份、脚本和账号清单，并配合甲方或甲方指定的下一运维单位完成交接，交接期不少于十个工作日，交接期间乙方不另行收费。

第七条 服务启动与交接
1. 乙方应在2026年1月5日前完成与上一运维单位的交接，包括系统文档、账号权限、备件清单和遗留问题，并提交交接报告。
2. 乙方未按期完成交接或未按期提交季度巡检报告的，每逾期一日，按本合同总额的千分之一向甲方支付违约金。

第八条 数据安全
1. 系统中的预约人姓名、身份证号、联系电话、业务办理记录等数据均属于甲方，乙方仅为提供运维服务接触上述数据，不得用于其他任何目的，不得复制、留存或向第三方提供。
2. 乙方运维人员须通过甲方堡垒机访问服务器和数据库，实行一人一账号，禁止使用共享账号；不得在终端设备上使用移动存储介质。
3. 乙方应按网络安全等级保护第二级要求做好系统补丁、漏洞修复及日志审计工作，每季度提交安全检查报告。
4. 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方，配合甲方处置，并承担因其原因造成的全部损失和法律责任。

第九条 知识产权
乙方在运维过程中为甲方编写的脚本、配置文件、报表模板及运维文档，其知识产权归甲方所有。系统软件原有知识产权不因本合同而转移。

第十条 人员管理
1. 乙方驻场工程师应具备三年以上同类系统运维经验，人员名单及资质材料报甲方备案，未经甲方同意不得更换。
2. 乙方人员应遵守甲方大厅管理制度，着装整洁，不得干预窗口业务办理。
3. 乙方应为驻场人员配备必要的检测工具和备用终端，并设立二线技术支持团队，驻场人员休假时安排同等资质人员顶岗。

第十一条 应急保障
1. 乙方应在服务启动后三十日内编制应急预案，包括服务器宕机、网络中断、接口中断和大面积终端故障四类场景，报甲方审核后执行。
2. 乙方应配合甲方每半年开展一次应急演练，演练中切换至手工取号和备用叫号方式的时间不得超过十分钟，演练结束后提交总结报告。
3. 乙方应在交易大厅常备取号机打印模块、叫号屏电源和评价器各两套，保证常见故障可当场更换。

第十二条 分包
乙方不得将本合同项下的运维服务分包或转包给任何第三方。

第十三条 违约责任
1. 乙方未达到服务水平的，按第四条扣减服务费；扣减不影响乙方继续履行运维义务。
2. 甲方未按约定支付服务费的，每逾期一日按应付金额的万分之三支付违约金。
3. 任何一方违反本合同约定造成对方损失的，应予赔偿。

第十四条 争议解决
本合同的订立、履行和解释适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十五条 其他
1. 本合同未尽事宜，由双方协商签订补充协议。
2. 服务期内甲方业务场所迁移或新增分中心的，乙方应配合完成设备迁移和部署，相关费用由双方另行协商。
3. 本合同一式四份，甲乙双方各执两份，自双方签字盖章之日起生效。

附件：运维设备清单、服务考核表

甲方（盖章）：                       乙方（盖章）：
代表人签字：                         代表人签字：
日期：                               日期：
"""

Z05 = """# 鲜禽蛋品生产追溯管理软件许可及定制开发合同

**（溯源通科技标准合同文本 V3.0）**

合同编号：STT-2026-0412

甲方（需方）：湖北洪湖湖乡蛋业有限公司

乙方（供方）：武汉溯源通科技有限公司

甲方为实现咸鸭蛋从鸭蛋收购、清洗分级、腌制、蒸煮、真空包装到出厂销售的全过程追溯，向乙方采购生产追溯管理软件许可及定制开发服务。双方依据《中华人民共和国民法典》，在平等自愿基础上订立本合同。

## 第一条 合同标的

1.1 乙方向甲方授予溯源通生产追溯管理软件（企业版V6）的永久使用许可，限甲方洪湖生产基地使用，并发点数五十个。

1.2 乙方根据甲方工艺完成以下定制开发：收购批次与养殖户档案管理；腌制池批次赋码与腌制周期预警；电子秤、喷码机和真空包装机数据采集接口；一物一码消费者扫码查询页面；与甲方财务软件的出入库接口。

1.3 乙方负责软件安装部署、系统配置、基础数据导入和操作培训。

1.4 本软件许可不包括数据库软件、操作系统及中间件，由甲方自行采购并承担费用。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 生产追溯管理软件许可（企业版V6，五十并发） | 620,000 |
| 2 | 定制开发（采集接口、赋码、扫码查询、财务接口） | 238,000 |
| 3 | 安装部署、数据导入及培训 | 62,000 |
| | 合同总价 | 920,000 |

合同总价为人民币玖拾贰万元整（¥920,000），含增值税。甲方需要增加功能或接口的，费用另行计算。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，即¥598,000，乙方收款后启动项目。

3.2 系统上线运行后十个工作日内，甲方支付合同总价的35%，即¥322,000。

3.3 甲方逾期付款的，乙方有权暂停实施及服务，工期相应顺延，并按逾期金额每日千分之一向乙方支付违约金。

## 第四条 实施与上线

4.1 乙方在收到首付款后九十日内完成部署及定制开发，具备上线条件后通知甲方。

4.2 甲方应在接到乙方通知后五日内安排上线。系统上线运行即视为甲方验收合格；甲方未在期限内安排上线的，自乙方通知之日起满五日视为验收合格。

4.3 上线后甲方发现的问题，由乙方在免费维护期内处理，不影响验收结论及付款。

4.4 乙方为甲方提供两次集中操作培训，每次不超过两天，培训对象为甲方质检、仓库、生产统计及信息管理人员，培训地点在甲方生产基地。超出部分的培训按乙方收费标准另行计费。

4.5 乙方交付的资料包括：安装介质、用户操作手册和系统管理员手册。源代码、数据库设计文档及接口设计文档不属于交付范围。

## 第五条 甲方责任

5.1 甲方应提供符合乙方要求的服务器、网络、扫码枪、打印机及喷码设备，并承担相应费用。

5.2 甲方应在乙方要求的时间内提供生产工艺、批次规则、养殖户名单等基础资料，并对资料的真实性和完整性负责。

5.3 甲方应指定专人作为项目联系人，负责内部协调及需求确认。需求经甲方确认后发生变更的，乙方有权调整工期和费用。

5.4 甲方应按乙方提供的操作手册使用系统，因甲方操作不当、擅自修改配置或设备故障造成的问题，乙方不承担责任。

## 第六条 免费维护与年度维护

6.1 乙方自系统上线之日起提供六个月的免费维护，包括缺陷修复、远程技术支持和必要的现场服务。

6.2 免费维护期满后，甲方应与乙方签订年度维护合同。年度维护费按软件许可费的26%计收，即每年¥161,200，包括缺陷修复、版本升级、远程支持和每年两次现场巡检。

6.3 甲方未签订年度维护合同的，乙方不再承担系统维护义务，对此后系统出现的任何问题不承担责任。

## 第七条 技术支持

7.1 乙方提供工作日8:30至17:30的电话及远程支持。

7.2 一级故障（全厂无法赋码或无法采集生产数据）：乙方在接到报修后2小时内响应，24小时内提出解决方案；二级故障在8小时内响应，三个工作日内解决；其他问题在下一版本中解决。

7.3 免费维护期外的现场服务，按每人每天¥2,800另行收费，差旅及食宿费用由甲方承担。

7.4 乙方未在上述时限内响应的，每超时1小时向甲方支付¥200，累计不超过当年维护费的5%。

## 第八条 知识产权

8.1 本软件及乙方为甲方定制开发的全部程序、接口、页面、源代码和技术文档，其知识产权均归乙方所有。

8.2 乙方授予甲方在本合同约定范围内非独占、不可转让的使用权。甲方不得对定制成果进行修改、反向工程，也不得提供给第三方使用或维护。

8.3 乙方有权将定制开发成果用于其他客户或纳入其标准产品。

## 第九条 数据

9.1 甲方在系统中产生的生产数据、养殖户信息和销售数据归甲方所有。

9.2 甲方同意乙方在对上述数据进行脱敏处理后，将其用于行业统计分析、产品改进及乙方发布的蛋品行业研究报告，乙方无需另行支付费用，本授权在合同终止后继续有效。

9.3 乙方应采取访问控制、传输加密和操作日志等措施保障系统数据安全；远程维护须经甲方授权并留存记录。因乙方原因造成数据泄露或丢失的，乙方应在24小时内通知甲方，采取补救措施并承担相应赔偿责任。

## 第十条 保密

双方对在合同签订和履行中知悉的对方技术秘密和商业秘密承担保密义务，未经对方书面同意不得向第三方披露，保密期限自合同签订之日起三年。但第9.2条约定的数据使用不受本条限制。

## 第十一条 违约责任

11.1 乙方未按第4.1条约定期限具备上线条件的，每逾期一日按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

11.2 因甲方未及时提供资料、场地或配合造成工期延误的，乙方不承担责任。

11.3 乙方在本合同项下的全部赔偿责任（含违约金）以合同总价的25%为限，且不承担甲方的间接损失、利润损失和商誉损失。

## 第十二条 合同解除

任何一方严重违反本合同，经守约方书面通知后三十日内仍未纠正的，守约方有权解除本合同。合同解除的，乙方已收取的首付款不予退还，但乙方故意违约的除外。

## 第十三条 不可抗力

13.1 因自然灾害、疫情、政府行为、电力或通信中断、第三方网络攻击等不可抗力或乙方无法控制的原因导致不能履行或延迟履行的，乙方不承担违约责任。

13.2 受影响一方应在不可抗力发生后十日内通知对方。不可抗力持续超过九十日的，双方可协商解除本合同，已收款项不予退还。

## 第十四条 争议解决

因本合同引起的争议，双方应友好协商；协商不成的，任何一方均可向乙方所在地人民法院提起诉讼。

## 第十五条 其他

15.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

15.2 本合同为乙方标准文本，双方另有约定的，以补充协议为准。补充协议与本合同不一致的，以乙方盖章确认的文本为准。

15.3 甲方签署本合同即表示已阅读并理解本合同全部条款，包括第六条、第八条、第九条及第十一条的约定。

甲方（盖章）：                    乙方（盖章）：

授权代表：                        授权代表：

日期：                            日期：
"""

E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. EMQ-CN-2026-07
P:This Software Licence and Services Agreement (the "Agreement") is made between Qingdao Haiyue Seafood Processing Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Qingdao, Shandong Province (the "Buyer"), and Emajõe Quality Systems OÜ, a private limited company registered in Estonia with its registered office at Riia 181A, 50411 Tartu, Estonia (the "Vendor").
P:The Buyer operates three processing plants and two cold stores and wishes to replace its paper-based quality records with an electronic quality management system. The Vendor has offered its EQS Quality Suite together with configuration, migration and training services. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the EQS Quality Suite, version 8, including the document control, HACCP monitoring, corrective action, supplier audit and training record modules, in object code, and any updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the configurations, forms, workflows, report templates, interface programs and migration scripts that the Vendor develops specifically for the Buyer under this Agreement, with their source code and documentation.
P:1.3 "Buyer Data" means all data entered into, generated by or migrated to the Software by or for the Buyer, including inspection results, temperature logs, batch records and personal data of employees and suppliers.
P:1.4 "Final Acceptance" means the Buyer's written confirmation under Article 5.3 that the system meets the acceptance criteria.
H:Article 2 Licence
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, irrevocable licence to install and use the Software on servers located in the Buyer's premises in the People's Republic of China for its own business and that of its affiliates, for up to 350 named users and unlimited read-only users.
P:2.2 The Buyer may make copies of the Software for backup, testing and disaster recovery. The licence survives any termination of the services under this Agreement once the Licence Fee has been paid.
H:Article 3 Services
P:3.1 The Vendor shall install the Software, configure it to the Buyer's processes as described in Annex 1, develop interfaces to the Buyer's ERP system and to the temperature sensors of the cold stores, migrate approximately 48,000 existing quality documents and records, and train 40 key users and 6 administrators.
P:3.2 The Vendor shall appoint a project manager who speaks Chinese and shall perform the on-site work in Qingdao. The project shall be completed and ready for acceptance testing within 150 days after the date of this Agreement.
H:Article 4 Prices and Payment
P:4.1 The total contract price is CNY 1,716,000, inclusive of all taxes payable in the People's Republic of China, made up as follows: Licence Fee CNY 1,180,000; configuration and interfaces CNY 356,000; data migration CNY 142,000; training CNY 38,000.
P:4.2 The Buyer shall pay 20% of the contract price (CNY 343,200) within 20 days after signature and receipt of an advance payment guarantee from a bank acceptable to the Buyer; 55% (CNY 943,800) within 20 days after installation and completion of migration; and 25% (CNY 429,000) within 20 days after Final Acceptance.
P:4.3 Each payment is due against a correct invoice. Prices are fixed and are not subject to exchange-rate adjustment.
H:Article 5 Acceptance
P:5.1 The Vendor shall notify the Buyer in writing when the system is ready for acceptance testing. Testing follows the acceptance test plan in Annex 2.
P:5.2 The acceptance criteria are: all functions in Annex 1 work as specified; every migrated document and record matches its source, checked in full by automated comparison and by a manual sample of 500 records; the ERP and sensor interfaces transfer data without loss for 15 consecutive working days; screens open within 3 seconds with 120 concurrent users; and the system runs for 30 days in production without a Severity 1 incident.
P:5.3 When the criteria are met, the Buyer shall issue a Final Acceptance certificate within 10 working days. Installation, productive use or any payment does not constitute acceptance. If the system fails a test, the Vendor shall correct the defects and repeat the test at its own cost.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform substantially in accordance with their documentation for 24 months after Final Acceptance. During this warranty period the Vendor shall correct defects, supply updates and new versions free of charge, and provide the support services in Article 7.
P:6.2 After the warranty period the Buyer may order annual support at 11% of the Licence Fee per year, that is CNY 129,800 per year. This fee is fixed for the first three years after the warranty period. Support is ordered by a separate purchase order for each year and does not renew automatically.
H:Article 7 Service Levels
P:7.1 The Vendor shall provide a support desk in Chinese and English from 08:00 to 20:00 China Standard Time on working days, and an on-call line for Severity 1 incidents at all times.
P:7.2 A Severity 1 incident is one in which the system is unavailable or HACCP monitoring or batch release cannot be performed. The Vendor shall respond to a Severity 1 incident within 1 hour and restore service or provide a workaround within 8 hours. Severity 2 incidents shall be answered within 2 hours and resolved within 2 working days.
P:7.3 For each full hour by which a response or restoration time is exceeded, the Vendor shall pay the Buyer CNY 1,000, which the Buyer may deduct from any amount due.
H:Article 8 Intellectual Property
P:8.1 The Software remains the property of the Vendor and its licensors.
P:8.2 All rights in the Custom Deliverables pass to the Buyer on creation. The Buyer may use, modify, copy and license them, and have them maintained by third parties. The Vendor shall deliver their source code at Final Acceptance.
H:Article 9 Buyer Data and Data Security
P:9.1 Buyer Data belongs to the Buyer. The Vendor shall process Buyer Data only to perform this Agreement and shall not use it for any other purpose, including in anonymised or aggregated form.
P:9.2 The Software is installed on the Buyer's servers. The Vendor may access them remotely only through the Buyer's VPN with multi-factor authentication, after approval by the Buyer for each session, and all sessions are logged. The Vendor shall not copy Buyer Data outside the Buyer's systems and shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China.
P:9.3 The Vendor shall notify the Buyer of any actual or suspected security incident affecting Buyer Data within 12 hours, take all reasonable remedial action, and is liable for the Buyer's losses caused by its breach of this Article.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information received from the other party, use it only for this Agreement and not disclose it to third parties without prior written consent, except to employees and advisers who need to know it and are bound by equivalent duties.
P:10.2 These obligations continue for three years after the end of this Agreement.
H:Article 11 Delay and Liability
P:11.1 If the system is not ready for acceptance testing within the period in Article 3.2 for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of 0.08% of the total contract price for each day of delay, up to 8% of the total contract price.
P:11.2 The Vendor's total liability under this Agreement is limited to 150% of the total contract price. This limit does not apply to personal injury, wilful misconduct, infringement of third-party rights, or breach of Articles 9 and 10.
H:Article 12 Subcontracting
P:12.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent, and remains responsible for the acts of any subcontractor.
H:Article 13 Termination
P:13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after receiving notice. The Buyer may also terminate if the liquidated damages under Article 11.1 reach their maximum.
P:13.2 On termination the Vendor shall hand over all Custom Deliverables completed so far and return or delete any Buyer Data in its possession.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the Republic of Estonia, excluding its conflict-of-law rules and the United Nations Convention on Contracts for the International Sale of Goods.
P:14.2 Any dispute arising out of or in connection with this Agreement shall be finally settled by the Arbitration Court of the Estonian Chamber of Commerce and Industry. The place of arbitration is Tallinn and the language of the proceedings is English.
H:Article 15 General
P:15.1 This Agreement, with Annex 1 (Functional Scope) and Annex 2 (Acceptance Test Plan), is the entire agreement of the parties. Amendments must be in writing and signed by both parties. The English text prevails over any translation.
P:15.2 Notices shall be given in writing in English or Chinese to the addresses stated above, by courier or by e-mail confirmed by the recipient. Neither party may assign this Agreement without the written consent of the other party, except that the Buyer may assign it to an affiliate that takes over the plants.
P:Signed for the Buyer: ____________________    Signed for the Vendor: ____________________
"""

E02 = """# ORDER FORM AND GENERAL TERMS — DAUGAVA WORKPLAN SUBSCRIPTION

Order Form No. DW-2026-CN-031

## PART A — ORDER FORM

### A1. Parties

**Provider:** Daugava Workforce Analytics SIA, registration No. 40203318762, Krišjāņa Valdemāra iela 118, Riga, LV-1013, Latvia.

**Customer:** Tianjin Binhai Hengtong Supply Chain Management Co., Ltd., Room 1206, Tower B, Xiangluowan Business Centre, Binhai New Area, Tianjin, People's Republic of China.

### A2. Subscribed Service

Daugava WorkPlan, the Provider's cloud service for warehouse labour forecasting, shift planning, task allocation and productivity reporting, for the Customer's six warehouses in Tianjin and Langfang. The subscription covers 320 named planner and supervisor users and unlimited mobile users among warehouse staff, the WMS connector, and the Premium Support package.

### A3. Subscription Term

The Subscription Term is two Subscription Years. The first Subscription Year starts on the Service Start Date, which is the date of Onboarding Acceptance under Section 3 of Part B; each Subscription Year ends on the day before the anniversary of that date. This Order Form does not renew automatically. Any renewal requires a new Order Form signed by both parties.

### A4. Fees

| Item | Basis | Year 1 (CNY) | Year 2 (CNY) | Total (CNY) |
|---|---|---|---|---|
| WorkPlan subscription, 320 named users | per Subscription Year | 384,000 | 384,000 | 768,000 |
| Premium Support | per Subscription Year | 36,000 | 36,000 | 72,000 |
| Onboarding (configuration, WMS connector, data load, training) | one-time | 58,000 | — | 58,000 |
| **Total fees under this Order Form** | | **478,000** | **420,000** | **898,000** |

All fees are in Chinese yuan and include VAT at the applicable rate. Additional named users may be added at CNY 1,200 per user per Subscription Year, pro rata for part of a year; such additional fees are not part of the total above.

### A5. Invoicing and Payment

(a) The Onboarding fee is invoiced after Onboarding Acceptance.

(b) The subscription and Premium Support fees for each Subscription Year are invoiced at the start of that Subscription Year.

(c) The Customer shall pay each correct invoice within 30 days after receipt, by bank transfer to the Provider's account with its Shanghai payment agent.

### A6. Contacts and Signature

Provider contact: Customer Success Manager, cn-success@daugava-workplan.example. Customer contact: Head of Warehouse Operations and the IT Manager of the Customer.

This Order Form incorporates the General Terms in Part B. If Part A and Part B conflict, Part A prevails.

Signed for the Provider: ____________________ Date: __________

Signed for the Customer: ____________________ Date: __________

## PART B — GENERAL TERMS

### 1. Definitions

1.1 "Service" means the subscribed service described in A2, including its updates and the related documentation.

1.2 "Customer Data" means all data that the Customer or its users submit to the Service or that the Service generates from them, including warehouse volumes, shift rosters, productivity measurements and employee personal data.

1.3 "Customer Configurations" means the forecasting models, planning rules, report layouts and connector mappings that the Provider configures or develops specifically for the Customer.

### 2. Provision of the Service

2.1 The Provider shall make the Service available to the Customer during the Subscription Term in accordance with these General Terms and the documentation.

2.2 The Service is hosted for the Customer in a data centre of Alibaba Cloud in the Shanghai region of the People's Republic of China. The Provider shall not move Customer Data outside mainland China.

2.3 The Provider may update the Service from time to time, provided that an update does not materially reduce the functions or security of the Service.

2.4 The Customer is responsible for the accuracy of the data it submits, for keeping its user credentials secure, and for providing the WMS test environment, sample data and a technical contact needed for Onboarding. The Customer shall ensure that its users comply with the acceptable-use rules in the documentation.

2.5 Premium Support includes a named support engineer who speaks Chinese, quarterly service reviews, and two additional training sessions per Subscription Year for new planners.

### 3. Onboarding and Acceptance

3.1 The Provider shall configure the Service, build the connector to the Customer's WMS, load two years of historical volume data and train the Customer's planners and supervisors. The parties' target for completing Onboarding is 75 days after signature of the Order Form.

3.2 Onboarding Acceptance requires that: the WMS connector transfers orders, tasks and labour hours for all six warehouses without loss for ten consecutive working days; the weekly labour forecast for each warehouse is produced automatically; shift plans can be published to the mobile application; and all open defects of high priority are closed.

3.3 The Customer shall confirm Onboarding Acceptance in writing within five working days after the criteria are met, or state the failed criteria. Use of the Service before that confirmation does not constitute acceptance.

### 4. Service Levels

4.1 The Provider targets a monthly availability of the Service of 99.95%, excluding scheduled maintenance announced at least five days in advance and performed between 01:00 and 05:00 China Standard Time.

4.2 The Customer may report incidents through the support portal or the Premium Support hotline. For a Priority 1 incident (the Service is unavailable for all users, or shift plans cannot be published), the Provider shall respond within 1 hour and work continuously on restoration. Priority 2 incidents are answered within 3 hours and Priority 3 incidents within one business day.

4.3 The Provider shall report availability and incident statistics to the Customer each month.

4.4 The service levels in this Section are targets. No service credits, fee reductions or refunds apply if a target is not met, and the Provider has no further liability for missing a target.

### 5. Customer Data and Security

5.1 Customer Data belongs to the Customer. The Provider shall process Customer Data only to provide the Service to the Customer and shall not use it for any other purpose, including benchmarking, product development or in anonymised or aggregated form.

5.2 The Provider shall maintain appropriate technical and organisational security measures, including encryption of Customer Data in transit and at rest, role-based access, multi-factor authentication for administrators, logging of all administrative access, and daily backups kept for 35 days. The hosting environment holds a valid MLPS level-3 record and ISO 27001 certification.

5.3 The Provider shall notify the Customer of any security incident affecting Customer Data without undue delay and in any event within 24 hours after becoming aware of it, shall cooperate with the Customer in the investigation and in notifications to authorities, and is liable for the losses the Customer suffers as a result of the Provider's breach of this Section.

5.4 Within 30 days after the end of the Subscription Term, the Provider shall return all Customer Data in CSV format and then delete it, and confirm deletion in writing.

### 6. Sub-processors

The Provider shall not engage any subcontractor or sub-processor to perform the Service, other than the hosting provider named in Section 2.2, without the Customer's prior written consent.

### 7. Intellectual Property

7.1 The Service and the Provider's software remain the property of the Provider.

7.2 Customer Configurations belong to the Customer. The Customer may use, modify and let third parties use them freely, during and after the Subscription Term, and the Provider shall deliver them in an exportable form on request.

### 8. Confidentiality

Each party shall keep confidential the other party's non-public business and technical information received in connection with the Order Form, use it only for the purposes of the Order Form and not disclose it to third parties without the other party's prior written consent. This obligation continues for three years after the end of the Subscription Term.

### 9. Liability

9.1 Each party's total liability arising out of or in connection with the Order Form is limited to two times the total fees under the Order Form.

9.2 This limit does not apply to breach of Section 5 or Section 8, personal injury, or wilful misconduct.

### 10. Term and Termination

10.1 The Order Form ends at the end of the Subscription Term.

10.2 The Customer may terminate the Order Form by written notice if the Provider commits a material breach and does not remedy it within 30 days after written notice. In that case the Provider shall refund the prepaid fees for the period after termination.

### 11. Governing Law and Disputes

11.1 The Order Form and these General Terms are governed by the laws of the People's Republic of China.

11.2 Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time. The arbitral award is final and binding on both parties.

### 12. General

12.1 Neither party may assign the Order Form without the other party's written consent. Notices shall be in writing and sent to the contacts in A6.

12.2 The Order Form is signed in English and Chinese; both versions have equal effect.
"""

E03 = """T:Supply Contract for Wireless Temperature Monitoring Devices and Monitoring Software
P:Contract No. GZYT-WL-2026-015
P:Buyer: Guangzhou Yitong Pharmaceutical Logistics Co., Ltd., No. 88 Huangpu East Road, Huangpu District, Guangzhou, People's Republic of China.
P:Supplier: Neris Sensing UAB, company code 305118264, Žalgirio g. 92, LT-09303 Vilnius, Lithuania.
P:The Buyer operates GSP-certified cold rooms, refrigerated warehouses and a fleet of refrigerated vehicles for the distribution of medicines and vaccines. This Contract is made on the Buyer's standard terms for the supply, installation and validation of a wireless temperature and humidity monitoring system.
H:1. Scope
P:1.1 The Supplier shall supply 1,240 wireless temperature and humidity loggers, 86 gateways and a perpetual licence of the NerisWatch monitoring software, install them in the Buyer's three warehouses in Guangzhou and Foshan, carry out temperature mapping of all cold rooms, validate the system, and train the Buyer's staff.
P:1.2 The system shall record temperature and humidity at intervals of not more than five minutes, raise alarms by SMS, telephone call and on-screen notification, and keep electronic records that satisfy the Good Supply Practice for pharmaceutical products and its annex on temperature monitoring.
P:1.3 The monitoring software shall be installed on the Buyer's servers in its Guangzhou data room. No part of the system may depend on servers outside the People's Republic of China.
H:2. Price
P:2.1 The total contract price is CNY 1,572,000, including VAT, import duties, delivery to site, insurance and all costs of installation and validation. The price is itemised in the table below.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity loggers, calibrated|1,240|620|768,800
TB:2|Gateways with backup battery|86|2,400|206,400
TB:3|NerisWatch monitoring software, perpetual licence, 2,000 points|1|318,000|318,000
TB:|Hardware and licence subtotal|||1,293,200
TB:4|Installation and temperature mapping|1 lot|164,000|164,000
TB:5|Validation (IQ/OQ/PQ documentation and execution)|1 lot|92,000|92,000
TB:6|Training of operators and administrators|1 lot|22,800|22,800
TB:|Total contract price|||1,572,000
P:2.2 The price is fixed for the duration of the Contract and is not subject to adjustment for exchange rates or changes in the cost of components.
H:3. Payment
P:3.1 The Buyer shall pay 10% of the contract price (CNY 157,200) as an advance within 15 working days after signature, against a bank guarantee for the same amount.
P:3.2 The Buyer shall pay 65% of the contract price (CNY 1,021,800) within 20 working days after all devices have been delivered and installed and the Buyer has signed the installation certificate. The installation certificate confirms quantities and installation only and is not acceptance.
P:3.3 The Buyer shall pay the remaining 25% (CNY 393,000) within 20 working days after Final Acceptance under clause 5.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all devices within 60 days and complete installation and mapping within 100 days after signature. Each logger shall be delivered with a calibration certificate traceable to national standards and valid for at least one calendar year after installation.
P:4.2 If the Supplier fails to meet either date for reasons for which it is responsible, it shall pay liquidated damages of 0.1% of the total contract price for each day of delay, up to 10% of the total contract price.
P:4.3 The Buyer shall provide access to the sites, power supply points, network connections and a server environment meeting the Supplier's written requirements, and shall name a project coordinator. The Supplier shall follow the Buyer's site rules for cold rooms, including limits on the time doors may stay open and the use of protective clothing.
P:4.4 The Supplier shall train at least 30 operators and 4 administrators in alarm handling, calibration records, report generation and user management, and shall provide Chinese-language manuals and standard operating procedure templates.
H:5. Acceptance
P:5.1 Final Acceptance requires that: every installed logger reports to the software with a data loss rate below 0.1% over 14 consecutive days; measured values agree with a reference instrument within ±0.5 °C; alarms reach the responsible staff within 60 seconds in every test scenario of the acceptance test plan; audit trails and electronic signatures work as required; and the IQ/OQ/PQ reports have been approved by the Buyer's quality department.
P:5.2 The Buyer shall sign the Final Acceptance certificate within 10 working days after the criteria are met. Installation, operation of the system or payment does not amount to acceptance. If a test fails, the Supplier shall remedy the failure and repeat the test at its own cost.
H:6. Warranty and Support
P:6.1 The warranty period is 36 months from Final Acceptance. During the warranty period the Supplier shall repair or replace any defective device free of charge, correct software defects, provide software updates and recalibrate every logger once each calendar year.
P:6.2 After the warranty period the Buyer may order support and recalibration services for the whole system at 8% of the hardware and licence subtotal per year, that is CNY 103,456 per year. This fee is fixed for three years after the warranty period. Support after the warranty is ordered by separate purchase orders and does not renew automatically.
H:7. Service Levels
P:7.1 The monitoring server software shall achieve a monthly availability of at least 99.95% during the warranty period, excluding maintenance agreed with the Buyer in advance.
P:7.2 Severity 1 means that alarms are not delivered or that data from a cold room or vehicle is not recorded. The Supplier shall respond to a Severity 1 incident within 30 minutes, have an engineer on site within 6 hours if remote work is not sufficient, and restore the function within 12 hours. Severity 2 incidents shall be answered within 2 hours and resolved within 3 working days.
P:7.3 For each hour by which a Severity 1 response or restoration time is exceeded, the Supplier shall pay the Buyer CNY 1,200. For each 0.01 percentage point by which monthly availability falls below the committed level, the Supplier shall pay CNY 2,000. The Buyer may deduct these amounts from any payment due.
H:8. Data
P:8.1 All temperature and humidity records, alarm logs, audit trails and other data generated by the system belong to the Buyer. The Supplier may use them only to perform this Contract and shall not use them for any other purpose, in identifiable, anonymised or aggregated form.
P:8.2 The Supplier shall access the Buyer's servers only on site or through the Buyer's remote-access system with the Buyer's approval for each session; all sessions are recorded. The Supplier shall not copy the Buyer's data outside the Buyer's systems and shall comply with the Data Security Law of the People's Republic of China.
P:8.3 The Supplier shall report any security incident affecting the system or the Buyer's data to the Buyer within 2 hours after discovering it, take all necessary remedial measures, and is liable for all losses the Buyer suffers through the Supplier's breach of this clause 8.
H:9. Intellectual Property
P:9.1 The mapping reports, validation documents, alarm configurations, report templates and interface programs that the Supplier prepares for the Buyer under this Contract belong to the Buyer, which may use, modify and license them freely.
P:9.2 The NerisWatch software and the device firmware remain the property of the Supplier and are licensed to the Buyer perpetually.
H:10. Confidentiality
P:10.1 The Supplier shall keep confidential all information about the Buyer's business, customers, facilities and systems obtained in connection with this Contract and shall not disclose it to any third party without the Buyer's prior written consent. This obligation continues for three years after the end of the Contract.
H:11. Liability
P:11.1 The Supplier's total liability under this Contract is limited to 150% of the total contract price. The limit does not apply to personal injury, wilful misconduct or breach of clauses 8 and 10.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier remains fully responsible for any subcontractor approved by the Buyer.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after written notice, or if the liquidated damages under clause 4.2 reach their maximum.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou. The award is final.
H:15. Force Majeure
P:15.1 Neither party is liable for a delay caused by events beyond its reasonable control, such as natural disasters or government measures, provided it notifies the other party promptly and takes reasonable steps to limit the effects. Dates are extended by the duration of the event.
H:16. General
P:16.1 Annex 1 (Technical Specification) and Annex 2 (Acceptance Test Plan) form part of this Contract. Amendments must be made in writing and signed by both parties.
P:Buyer: ____________________    Supplier: ____________________
"""

E04 = """# MANAGED IT SERVICES AGREEMENT

Agreement No. NMS-CZ-2026-004

**Customer:** Changzhou Jinlong Precision Auto Parts Co., Ltd., No. 26 Hehai West Road, Xinbei District, Changzhou, Jiangsu Province, People's Republic of China.

**Provider:** Nemunas Managed Services UAB, company code 304861552, Savanorių pr. 187, LT-50162 Kaunas, Lithuania, acting with its delivery team in Suzhou.

**Background.** The Customer manufactures brake and steering components in two plants in Changzhou and wishes to outsource its IT service desk, end-user device support and infrastructure monitoring. The Provider has submitted a proposal and the parties agree as follows.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Levels" means the levels and service credits set out in Schedule 2.

1.3 "Charges" means the charges set out in Schedule 3.

1.4 "Transition" means the taking over of the Services from the Customer's internal team and current supplier, ending with Transition Acceptance under Section 4.

1.5 "Service Commencement Date" means the day after Transition Acceptance.

## 2. Term

2.1 The Services are provided for 36 months from the Service Commencement Date.

2.2 The Agreement ends at the end of that period unless the parties agree in writing to extend it. There is no automatic renewal.

## 3. Services

3.1 The Provider shall perform the Services in Schedule 1 for approximately 1,100 users, 950 desktops and laptops, 260 shop-floor terminals, 84 servers and the networks of both plants.

3.2 The Provider shall keep at least four engineers on site in Changzhou during the Customer's working hours and run the service desk from its Suzhou centre 24 hours a day, 7 days a week, in Chinese and English.

3.3 The Provider shall maintain a service catalogue, a configuration management database and a knowledge base, and shall use the Customer's IT service management tool for all tickets.

3.4 The Provider shall attend a monthly service review with the Customer's IT manager and present a report on Service Levels, ticket volumes, recurring problems and improvement actions.

3.5 The Customer shall give the Provider's engineers access to its sites, a workspace in each plant, the necessary user accounts in its systems and timely decisions on change requests. The Customer shall keep its software licences and hardware maintenance contracts with manufacturers valid, and the Provider shall manage those contracts on the Customer's behalf.

3.6 The Provider shall propose, at least once a year, an improvement plan covering automation of recurring requests, lifecycle replacement of devices and reduction of P1 incidents.

## 4. Transition and Acceptance

4.1 The Provider shall complete Transition within 70 days after signature of this Agreement, following the transition plan agreed at the kick-off meeting.

4.2 Transition Acceptance requires that: all configuration items are recorded in the configuration management database and checked against a physical inventory of both plants; the monitoring of every server and network device has been set up and tested; runbooks for the twenty most frequent request types have been approved by the Customer; and the Provider has handled all tickets during a shadow period of 20 working days with at least 95% of them resolved within the target times.

4.3 The Customer shall confirm Transition Acceptance in writing within five working days after the criteria are met, or state the failed criteria. Partial operation of the Services does not amount to acceptance.

4.4 If Transition Acceptance is delayed beyond the date in Section 4.1 for reasons attributable to the Provider, the Provider shall pay the Customer CNY 3,500 for each day of delay, up to a total of CNY 245,000.

## 5. Customer Data

5.1 All data of the Customer that the Provider receives or accesses in performing the Services, including data in the Customer's systems, tickets and configuration records, remains the property of the Customer. The Provider shall use it only to perform the Services and for no other purpose.

5.2 At the end of the Agreement the Provider shall return all Customer data and documents in its possession.

## 6. Intellectual Property

6.1 Runbooks, scripts, knowledge articles, reports and configuration records created by the Provider for the Customer under this Agreement belong to the Customer, which may use, modify and give them to any successor supplier without restriction.

6.2 The Provider's pre-existing tools and methods remain its property. Where they are embedded in a deliverable, the Customer receives a free, perpetual licence to use them with that deliverable.

## 7. Charges and Payment

7.1 The Charges are set out in Schedule 3. The total value of this Agreement is CNY 3,580,000.

7.2 The Transition Charge is invoiced after Transition Acceptance. The Monthly Service Charge is invoiced monthly in arrears, less any service credits for that month.

7.3 Each invoice shall list the tickets closed in the month, the service credits applied and any additional work approved by the Customer in writing. The Customer shall pay each correct invoice within 30 days. The Charges are fixed for the term and include VAT, travel and the Provider's tools.

## 8. Confidentiality

8.1 Each party shall keep confidential the other party's non-public information, including the Customer's product drawings, production plans and prices, and shall not disclose it to third parties without the other party's prior written consent. The Provider shall ensure that its staff are bound by written confidentiality undertakings. This Section survives termination for three years.

## 9. Staff and Subcontracting

9.1 The Provider shall assign a service delivery manager and shall not replace key staff without the Customer's prior consent, which the Customer shall not unreasonably withhold.

9.2 The Provider shall not subcontract any part of the Services without the Customer's prior written consent.

## 10. Liability

10.1 Each party's total aggregate liability arising out of or in connection with this Agreement is limited to the Charges paid by the Customer in the nine months preceding the event giving rise to the claim.

10.2 The limit in Section 10.1 does not apply to personal injury or death, fraud or wilful misconduct.

## 11. Termination

11.1 The Customer may terminate this Agreement by written notice if the Provider commits a material breach and fails to remedy it within 30 days after written notice, or if the Provider misses the Service Level for Priority 1 resolution in three consecutive months.

11.2 On expiry or termination, the Provider shall provide exit assistance for up to 60 days at the rates in Schedule 3 so that the Services can be handed over to the Customer or a successor supplier without interruption.

## 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the Changzhou Arbitration Commission for arbitration in Changzhou. The award is final and binding.

## 13. General

13.1 The Schedules form part of this Agreement. If they conflict with the Sections, the Sections prevail. Amendments must be in writing and signed by both parties.

Signed for the Customer: ____________________

Signed for the Provider: ____________________

## Schedule 1 — Services

| Service | Scope | Hours |
|---|---|---|
| Service desk | Single point of contact by telephone, e-mail and portal; logging, classification and first-line resolution | 24 × 7 |
| End-user support | Desktops, laptops, printers, shop-floor terminals, mobile devices; installation, moves, repairs and replacements | Plant working hours |
| Server and network monitoring | 84 servers, core and access switches, wireless network, firewalls; event monitoring, patching, capacity reports | 24 × 7 |
| Backup operations | Daily backup jobs, monthly restore tests, tape rotation | 24 × 7 |
| Problem and change management | Root-cause analysis of recurring incidents; change requests through the Customer's change board | Working days |

## Schedule 2 — Service Levels

| Priority | Definition | Response | Resolution | Service credit |
|---|---|---|---|---|
| P1 | Production line stopped, ERP or MES unavailable for a plant | 15 minutes | 3 hours | 3% of the Monthly Service Charge for each P1 resolved late |
| P2 | Service degraded for a department or a critical user | 30 minutes | 8 hours | 1% of the Monthly Service Charge for each P2 resolved late |
| P3 | Single user affected, workaround available | 2 hours | 2 working days | — |
| Requests | Standard service requests from the catalogue | 1 working day | 3 working days | — |

Service credits in any month are capped at 20% of the Monthly Service Charge for that month.

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition Charge | one-time, after Transition Acceptance | 124,000 |
| Monthly Service Charge | per month, 36 months | 96,000 |
| Total Monthly Service Charges | 36 × 96,000 | 3,456,000 |
| Total value of this Agreement | | 3,580,000 |
| Additional work and exit assistance | per engineer day | 2,600 |
"""

E05 = """DATA SUBSCRIPTION AGREEMENT
VESSEL POSITION AND PORT CALL DATA API

Agreement No. PMD-NB-2026-11

PARTIES

1.1 Pärnu Maritime Data OÜ, registry code 14872305, Rüütli 40, 80010 Pärnu, Estonia (the "Provider").

1.2 Ningbo Haitong International Freight Forwarding Co., Ltd., No. 555 Zhongshan East Road, Yinzhou District, Ningbo, Zhejiang Province, People's Republic of China (the "Customer").

1.3 The Customer arranges ocean freight for exporters in the Yangtze River Delta and wishes to show its clients the live position and expected arrival of container vessels. The Provider operates a global database of vessel positions based on terrestrial and satellite AIS receivers and port call records. The parties agree as follows.

DEFINITIONS

2.1 "Data" means the vessel position reports, voyage information, port call events and estimated arrival times that the Provider makes available through the API.

2.2 "API" means the Provider's REST application programming interface and streaming feed, together with the documentation published for them.

2.3 "Subscription Year" means each consecutive period of one year starting on the Start Date or on an anniversary of it.

2.4 "Start Date" means the date of Integration Acceptance under clause 5.

2.5 "Customer Data" means the vessel watch lists, shipment references, client names, queries and any other information that the Customer or its users submit to the API.

2.6 "Integration Adapter" means the software components, mappings and dashboards that the Provider builds specifically to connect the API to the Customer's freight management system and client portal.

SUBSCRIPTION

3.1 The Provider grants the Customer a non-exclusive, non-transferable right during the Subscription Term to access the API and to use the Data for its own business, including displaying Data to its clients in the Customer's client portal and in shipment notifications.

3.2 The subscription covers global vessel positions for container, general cargo and tanker vessels, updated at least every three minutes where coverage exists, port call events for all ports worldwide, and up to 2,000,000 API calls per month.

3.3 The Customer shall not resell the Data as a separate product or provide bulk extracts of the Data to third parties.

3.4 The Customer is responsible for keeping its API credentials secure, for the systems and networks it uses to call the API, and for the way it presents the Data to its clients. The Customer shall show the Provider's name as the source of the Data where the client portal displays vessel positions.

3.5 The Subscription Term is two Subscription Years starting on the Start Date, renewed as set out in clause 10.

FEES AND PAYMENT

4.1 The Subscription Fee is CNY 540,000 per Subscription Year, CNY 1,080,000 for the two Subscription Years of the initial term.

4.2 The Integration Fee for building the Integration Adapter, testing and training is a one-time fee of CNY 46,000.

4.3 The total value of this Agreement for the initial term is CNY 1,126,000, including VAT. API calls above the monthly allowance are charged at CNY 0.02 per call and are not included in that total.

4.4 The Integration Fee is invoiced after Integration Acceptance. The Subscription Fee for each Subscription Year is invoiced at the start of that Subscription Year. Invoices are payable within 30 days after receipt.

INTEGRATION AND ACCEPTANCE

5.1 The Provider shall build the Integration Adapter, provide API credentials for test and production, and train up to ten of the Customer's developers and customer service staff. The Data feed and the Integration Adapter shall be ready for acceptance testing within 45 days after signature of this Agreement.

5.2 Integration Acceptance requires that: the Integration Adapter receives positions for all vessels on the Customer's test watch list of 300 vessels; position updates appear in the client portal within two minutes of their receipt by the Provider; port call events for the ports of Ningbo-Zhoushan, Shanghai, Rotterdam, Hamburg and Los Angeles match the published port records in a sample of 200 calls; and the Integration Adapter runs without data loss for ten consecutive days.

5.3 The Customer shall confirm Integration Acceptance in writing within five working days after the criteria are met. Use of the API before that confirmation does not amount to acceptance.

5.4 If the Data feed and Integration Adapter are not ready for acceptance testing within the period in clause 5.1 for reasons attributable to the Provider, the Provider shall pay the Customer 0.1% of the total value of this Agreement for each day of delay, up to 10% of that value.

SERVICE AND SUPPORT

6.1 The Provider will use commercially reasonable efforts to keep the API available and to deliver Data without undue delay. Coverage of vessel positions depends on AIS reception and may vary by region.

6.2 The Customer may report problems by e-mail to the Provider's support team. The Provider will respond to support requests as soon as reasonably practicable during its business hours and will inform the Customer of planned maintenance where possible.

6.3 The Provider will notify the Customer by e-mail of changes to the API that are not backward compatible at least 60 days in advance.

CUSTOMER DATA AND SECURITY

7.1 Customer Data belongs to the Customer. The Provider shall process Customer Data only to provide the API to the Customer and shall not use it for any other purpose, including in anonymised or aggregated form, and shall not disclose it to third parties.

7.2 The Provider shall protect Customer Data with appropriate technical and organisational measures, including encryption in transit and at rest, restricted and logged access by named staff, and separation from the data of other customers. Customer Data shall be stored only on servers located in the People's Republic of China, operated for the Provider by its hosting provider in Hangzhou.

7.3 The Provider shall notify the Customer of any security incident affecting Customer Data within 24 hours after becoming aware of it, take all necessary measures to contain it, and is liable for the Customer's losses resulting from the Provider's breach of this clause 7.

7.4 On expiry or termination of this Agreement the Provider shall delete all Customer Data within 30 days and confirm the deletion in writing.

INTELLECTUAL PROPERTY

8.1 The Provider and its licensors own the Data, the API and the database.

8.2 The Integration Adapter belongs to the Customer. The Provider shall deliver its source code at Integration Acceptance, and the Customer may use, modify and license it freely.

CONFIDENTIALITY

9.1 Each party shall keep confidential the non-public information of the other party that it receives under this Agreement, including the terms of this Agreement, and shall not disclose it to any third party without the other party's prior written consent. This obligation continues for three years after the end of this Agreement.

RENEWAL

10.1 At the end of the initial term this Agreement renews automatically for successive periods of one Subscription Year unless either party gives written notice of non-renewal at least 60 days before the end of the current Subscription Year.

10.2 The Provider may increase the Subscription Fee for any renewal period by giving the Customer written notice at least 75 days before the renewal. The increased fee applies from the start of the renewal period.

SUBCONTRACTING

11.1 The Provider shall not subcontract the performance of this Agreement, except to the hosting provider named in clause 7.2, without the Customer's prior written consent.

LIABILITY

12.1 Each party's total liability under this Agreement is limited to 150% of the total value of this Agreement. This limit does not apply to breach of clauses 7 and 9, personal injury, or wilful misconduct.

12.2 The Provider does not warrant that the Data is complete or error-free, but shall correct errors in the Data of which it becomes aware without undue delay.

TERMINATION

13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.

13.2 If the Customer terminates under clause 13.1, the Provider shall refund the part of the Subscription Fee paid for the period after termination.

GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration by its Zhejiang Sub-Commission in Hangzhou. The arbitral award is final and binding on both parties.

GENERAL

15.1 This Agreement is the entire agreement of the parties on its subject matter. Amendments must be in writing and signed by both parties. Notices shall be sent to the addresses stated above or by e-mail to the contacts named by each party.

15.2 Neither party may assign this Agreement without the prior written consent of the other party. This Agreement is signed in English and Chinese, and both texts have equal effect.

For the Provider: ____________________        For the Customer: ____________________
Date: __________                                Date: __________
"""

# ---------------------------------------------------------------- targets and labels
NAMES = {
    "z01": "h606z01_food_safety_inspection_records_platform.pdf",
    "z02": "h606z02_flour_mill_milling_line_control_retrofit.docx",
    "z03": "h606z03_bakery_chain_central_kitchen_ordering_saas.txt",
    "z04": "h606z04_real_estate_trading_centre_queue_system_om.txt",
    "z05": "h606z05_salted_duck_egg_traceability_supplier_template.md",
    "e01": "h606e01_seafood_qms_perpetual_licence_tartu_vendor.pdf",
    "e02": "h606e02_warehouse_labour_planning_saas_order_form_riga.md",
    "e03": "h606e03_pharma_cold_chain_sensors_monitoring_licence.docx",
    "e04": "h606e04_auto_parts_managed_it_services_36_months.md",
    "e05": "h606e05_vessel_position_data_api_subscription_parnu.txt",
}
SRC = {"z01": Z01, "z02": Z02, "z03": Z03, "z04": Z04, "z05": Z05,
       "e01": E01, "e02": E02, "e03": E03, "e04": E04, "e05": E05}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]
G, S = "goods_or_licence", "service"

# per draft: category, terms (in TERM_KEYS order), extra, design rules, TCO data (fee base, fee per year) or None,
# forum outside mainland China
D = {
 "z01": ("software", [99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 36, 9, False, True, False,
         "PRC", G], dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
         acceptance_deemed_on_delivery=False, contract_value=1664000), [], (860000, 77400), False),
 "z02": ("hardware", [None, 10, True, "buyer", True, True, True, 0.1, None, 10, True, True, 24, 7.5, False, True, True,
         "PRC", G], dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
         acceptance_deemed_on_delivery=False, contract_value=1578000), ["CR-SLA-RESPONSE", "CR-SUBCONTRACT"],
         (1316000, 98700), False),
 "z03": ("cloud", [99.5, 0.5, True, "buyer", True, True, True, 0.06, 200, None, True, None, None, None, True, True, False,
         "PRC", S], dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1062000),
         ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"], None, False),
 "z04": ("services", [99.99, 0.25, True, "buyer", True, True, False, 0.1, None, None, True, None, None, None, False, False,
         False, "PRC", S], dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False,
         contract_value=426000), ["CR-CONFIDENTIALITY", "CR-TERMINATION"], None, False),
 "z05": ("software", [None, 2, True, "supplier", True, False, True, 0.02, 25, 65, False, False, 6, 26, False, True, None,
         None, G], dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
         acceptance_deemed_on_delivery=True, contract_value=920000),
         ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
          "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"], (620000, 161200), False),
 "e01": ("software", [None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 24, 11, False, True, False,
         "Estonia", G], dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
         acceptance_deemed_on_delivery=False, contract_value=1716000), ["CR-GOVERNING-LAW"], (1180000, 129800), True),
 "e02": ("cloud", [99.95, 1, False, "buyer", True, True, True, None, 200, None, True, None, None, None, False, True, False,
         "PRC", S], dict(sla_clause=True, ld_stated=False, acceptance_deemed_on_delivery=False, contract_value=898000),
         ["CR-LD-MISSING", "CR-SLA-NO-REMEDY"], None, False),
 "e03": ("hardware", [99.95, 0.5, True, "buyer", True, True, True, 0.1, 150, 10, True, True, 36, 8, False, True, False,
         "PRC", G], dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
         acceptance_deemed_on_delivery=False, contract_value=1572000), [], (1293200, 103456), False),
 "e04": ("services", [None, 0.25, True, "buyer", False, True, True, 3500 / 3580000 * 100, 9 / 36 * 100, None, True, None,
         None, None, False, True, False, "PRC", S], dict(sla_clause=True, ld_stated=True,
         acceptance_deemed_on_delivery=False, contract_value=3580000), ["CR-DATA-SECURITY", "CR-LIABILITY-CAP"], None,
         False),
 "e05": ("cloud", [None, None, False, "buyer", True, True, True, 0.1, 150, None, True, None, None, None, True, True, False,
         "PRC", S], dict(sla_clause=False, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1126000),
         ["CR-AUTO-RENEWAL", "CR-SLA-MISSING", "CR-SLA-RESPONSE"], None, False),
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
RISK = {"z01": "low", "e01": "low", "e03": "low", "z02": "medium", "z03": "medium", "z04": "medium",
        "e02": "high", "e04": "high", "e05": "high", "z05": "high"}
# payment splits as written in the texts (must sum to the contract value)
SPLITS = {"z01": [332800, 915200, 416000], "z02": [157800, 946800, 394500, 78900], "z03": [126000, 936000],
          "z04": [106500] * 4, "z05": [598000, 322000], "e01": [343200, 943800, 429000],
          "e02": [58000, 478000 - 58000, 420000], "e03": [157200, 1021800, 393000], "e04": [124000, 96000 * 36],
          "e05": [46000, 540000, 540000]}
ITEMS = {"z01": [860000, 612000, 118000, 74000], "z02": [486000, 312000, 128000, 214000, 176000, 148000, 96000, 18000],
         "z03": [420000 * 2, 48000 * 2, 126000], "z05": [620000, 238000, 62000], "e01": [1180000, 356000, 142000, 38000],
         "e02": [384000 * 2, 36000 * 2, 58000], "e03": [768800, 206400, 318000, 164000, 92000, 22800]}


def tco_share(key):
    cat, t, extra, rules, tco, _ = D[key]
    if t[18] != G or tco is None or t[13] is None or t[12] is None:
        return None
    base, fee = tco
    assert abs(fee - base * t[13] / 100) < 0.5, key
    post_years = max(0.0, 5 - t[12] / 12)
    post = fee * post_years
    return post / (extra["contract_value"] + post) * 100


def derive(key):
    """My reading of policy section 3, applied to my own labels."""
    cat, t, x, _, _, forum_outside = D[key]
    v = dict(zip(TERM_KEYS, t))
    r = set()
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if v["availability_pct"] is not None and v["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if v["p1_response_hours"] is None or v["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
    if x["sla_clause"] and not v["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if v["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not v["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if v["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not v["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not x["ld_stated"]:
        r.add("CR-LD-MISSING")
    elif v["ld_rate_per_day_pct"] is not None and v["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if v["liability_cap_pct"] is not None and v["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if v["prepayment_pct"] is not None and v["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not v["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or v["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if v["contract_kind"] == G:
        if v["warranty_months"] is None or v["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if v["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or v["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(key)
        if share is not None and share > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if v["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not v["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if v["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (v["governing_law"] not in (None, "PRC")) or forum_outside:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk_of(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


def label(key):
    cat, t, x, rules, _, _ = D[key]
    return {"file": NAMES[key], "language": "zh" if key[0] == "z" else "en", "category": cat,
            "expected_terms": dict(zip(TERM_KEYS, t)), "expected_extra": x, "expected_rules": sorted(rules)}


# ---------------------------------------------------------------- reading back and threshold scan
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
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


P = r"[%％]"
NB = r"(?<![\d.,])"
THRESHOLD_RES = [re.compile(x, re.I) for x in [
    NB + r"99\.90*(?!\d)", r"百分之九十九点九(?![一二三四五六七八九])",
    NB + r"4\s*(?:-\s*)?(?:hours?|hrs?\b|h\b|小时|个小时|钟头)", r"(?<![十二三])四个?小时", r"\bfour[\s-]*hours?\b",
    NB + r"0\.050*\s*" + P, r"万分之五(?![十一二三四五六七八九])", r"千分之零点五", NB + r"0\.5\s*‰",
    NB + r"100(?:\.0+)?\s*" + P, r"百分之(?:一)?百", r"one[\s-]*hundred\s*per\s*cent",
    NB + r"30(?:\.0+)?\s*" + P, r"百分之三十(?![一二三四五六七八九])", r"\bthirty\s*per\s*cent",
    NB + r"15(?:\.0+)?\s*" + P, r"百分之十五", r"\bfifteen\s*per\s*cent",
    NB + r"40(?:\.0+)?\s*" + P, r"百分之四十(?![一二三四五六七八九])", r"\bforty\s*per\s*cent",
    NB + r"12\s*(?:-\s*)?(?:months?|个\s*月)", r"十二个?月", r"\btwelve[\s-]*months?",
    NB + r"5\s*(?:-\s*)?(?:years?|个?年)(?!\d)", r"(?<![十二三四五六七八九〇零])五年", r"\bfive[\s-]*years?\b",
]]
MUST_HIT = ["预付30%", "99.9%", "可用率99.9", "4小时内", "4 hours", "4-hour", "四小时", "four hours", "0.05%", "万分之五",
            "100%", "100 %", "百分之百", "30 %", "百分之三十", "15%", "百分之十五", "40%", "百分之四十", "12个月",
            "12 months", "12-month", "十二个月", "twelve months", "5 years", "五年", "five years", "１５％".replace("１５", "15")]
MUST_MISS = ["130%", "24小时", "24 hours", "99.95%", "99.99%", "0.055%", "万分之五十", "2026年", "25%", "115%", "1.5%",
             "0.15%", "120个月", "14 hours", "3.5 years", "25 years", "十五年", "400%", "0.4 hours", "1,500%", "12 hours",
             "万分之八", "35%", "65%"]


def scan(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for rx in THRESHOLD_RES:
            hits += [m.group(0) for m in rx.finditer(variant)]
    return hits


def self_test():
    for s in MUST_HIT:
        assert scan(s), ("must hit", s)
    for s in MUST_MISS:
        assert not scan(s), ("must miss", s, scan(s))


# ---------------------------------------------------------------- main
def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    self_test()
    targets, sources = {}, {}
    for k, name in NAMES.items():
        if name.endswith((".docx", ".pdf")):
            targets[k] = (name, name.rsplit(".", 1)[1])
            sources[k] = SRC[k]
        else:
            (OUT / name).write_text(SRC[k], encoding="utf-8")
            print("wrote", name)
    write(sources, targets, OUT, wrap_words=True)

    covered = set()
    for k, name in NAMES.items():
        cat, t, x, rules, tco, _ = D[k]
        v = dict(zip(TERM_KEYS, t))
        lab = label(k)
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1),
                                                               encoding="utf-8")
        # rules derived from the labels = design list
        got = derive(k)
        assert got == sorted(rules), (k, got, sorted(rules))
        assert risk_of(got) == RISK[k], (k, risk_of(got))
        covered |= set(got)
        # sums
        assert sum(SPLITS[k]) == x["contract_value"], (k, sum(SPLITS[k]))
        if k in ITEMS:
            assert sum(ITEMS[k]) == x["contract_value"], (k, sum(ITEMS[k]))
        # key sets
        assert ("post_warranty_fee_capped" in x) == (v["contract_kind"] == G), k
        if v["contract_kind"] == S:
            assert v["warranty_months"] is None and v["post_warranty_fee_pct"] is None, k
        # no label value on a threshold
        for key, thr in [("availability_pct", 99.9), ("p1_response_hours", 4), ("ld_rate_per_day_pct", 0.05),
                         ("liability_cap_pct", 100), ("prepayment_pct", 30), ("warranty_months", 12),
                         ("post_warranty_fee_pct", 15)]:
            assert v[key] is None or abs(v[key] - thr) > 1e-9, (k, key)
        share = tco_share(k)
        if share is not None:
            assert not (38 <= share <= 42), (k, share)
        # lengths and threshold figures, read back from the built file
        text = read_back(OUT / name)
        if k[0] == "z":
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (k, n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (k, n)
        hits = scan(text)
        assert not hits, (k, hits)
        print("%s %-62s %5d %s %s %s" % (k, name, n, RISK[k], ",".join(r[3:] for r in got) or "(none)",
                                         "" if share is None else "TCO %.2f%%" % share))
    assert covered == set(ALL_RULES), sorted(set(ALL_RULES) - covered)
    print("all 20 rules covered; all checks passed")


if __name__ == "__main__":
    main()
