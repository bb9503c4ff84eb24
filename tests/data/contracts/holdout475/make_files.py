"""holdout475: ten blind, ordinary draft contracts (5 zh, 5 en) with their labels.

Run: /work/main/.venv/bin/python -B make_files.py   (in this folder)
Writes the ten contract files (.pdf/.docx via ../word_pdf.py, .txt/.md directly) and the ten .json labels, then
reads every built file back, measures its length, scans it for threshold figures, derives each draft's expected
rules from its labels (own reading of policy.md section 3) and checks them against the design list.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------------------------------------------
H475Z01 = """T:婚姻登记管理平台建设项目采购合同
P:合同编号：QZMZ-ZFCG-2026-017　采购方式：公开招标（政府采购）
P:甲方（采购人）：清州市民政局　地址：清州市东湖区民安路18号
P:乙方（供应商）：江城数智信息技术有限公司　地址：江城市高新区云谷路66号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件（项目编号QZCG2026-0113）、乙方投标文件和中标通知书，甲乙双方就清州市婚姻登记管理平台（以下简称“平台”）的软件许可及定制开发事宜，经协商一致，订立本合同。招标文件、投标文件、中标通知书及澄清文件均为本合同的组成部分，与本合同不一致的，以本合同为准。
H:第一条 项目内容与合同价款
P:1.1 乙方向甲方提供婚姻登记管理平台V5.0永久使用许可（覆盖市级登记处及8个县区登记处，不限用户数），并完成以下定制开发：网上预约与排号模块、电子证照库对接、历史婚姻档案数字化查询模块、与省级婚姻登记信息系统及公安人口信息库的数据接口、登记大厅叫号及评价终端对接。
P:1.2 合同价款明细如下：平台软件许可费820,000元；定制开发费465,000元；历史数据迁移费78,000元；实施及培训费57,000元。合同总价为人民币1,420,000元（大写：壹佰肆拾贰万元整），含税及乙方完成本合同所需的全部费用，合同履行期间不作调整。
H:第二条 交付期限与地点
P:2.1 乙方应于合同签订之日起90日内完成平台部署、定制开发及数据迁移，并提交初验申请；于初验合格后60日内完成试运行并提交终验申请。
P:2.2 交付地点为甲方指定的政务云机房及各婚姻登记处。乙方应提交需求规格说明书、设计文档、接口文档、测试报告、用户手册及运维手册，并对各登记处工作人员进行不少于3轮的操作培训。
P:2.3 乙方应指定项目经理一名，未经甲方同意不得更换；项目经理每周向甲方报送项目进度，重大问题应在发现后1个工作日内书面报告甲方。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行保函后10个工作日内，甲方支付合同总价的20%作为预付款，计284,000元。
P:3.2 平台初验合格后10个工作日内，甲方支付合同总价的45%，计639,000元。
P:3.3 平台终验合格后10个工作日内，甲方支付合同总价的35%，计497,000元。
P:3.4 乙方每次收款前应开具合法有效的等额发票，甲方按财政国库集中支付程序付款。预付款保函在平台初验合格后退还。
H:第四条 验收
P:4.1 初验标准：定制功能全部按需求规格说明书实现并通过甲方组织的功能测试；历史婚姻档案数据迁移后逐条比对一致，无差错；省级系统及公安人口信息库接口连续5个工作日调用无失败记录；在300个并发用户下，常用业务页面响应时间不超过2秒。
P:4.2 终验标准：试运行满60日，未发生一级故障；平台通过第三方机构的网络安全等级保护第三级测评及商用密码应用安全性评估；文档齐全并经甲方书面确认。
P:4.3 甲方在收到验收申请后10个工作日内组织验收并出具书面验收意见。平台上线运行、甲方使用平台或支付任何款项，均不视为验收合格。验收不合格的，乙方应在15日内整改并重新提交验收。
H:第五条 质量保证与售后服务
P:5.1 质保期为二十四个月，自终验合格之日起计算。质保期内乙方免费提供软件缺陷修复、版本升级、接口适配及技术支持。
P:5.2 服务水平：质保期内平台月可用率不低于99.95%（经甲方同意的计划内维护时间不计入）。故障分为三级：一级故障指平台整体不可用或无法办理婚姻登记业务，乙方应在30分钟内响应、2小时内到场、6小时内恢复；二级故障指部分功能不可用，乙方应在2小时内响应、24小时内解决；三级故障为一般问题，乙方应在3个工作日内解决。
P:5.3 乙方未达到上述响应或恢复时限的，每迟延1小时向甲方支付1,000元；月可用率每低于承诺值0.01个百分点，乙方向甲方支付2,000元，甲方可从应付款项中直接扣除。
P:5.4 质保期满后，如甲方续购维护服务，年度维护费不超过软件许可费的8%（即65,600元/年），质保期满后三个年度内不上调。维护合同由双方另行签订，不自动续期。
H:第六条 知识产权
P:6.1 平台软件产品的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:6.2 本项目定制开发的功能模块、接口程序、源代码、数据库设计及全部技术文档的知识产权归甲方所有，乙方应在终验前向甲方交付完整源代码，甲方有权自行或委托第三方修改、使用。
P:6.3 乙方保证所提供的软件不侵犯第三方的知识产权；发生侵权争议的，由乙方负责处理并承担全部责任。
H:第七条 数据安全
P:7.1 平台承载的婚姻登记数据、档案影像及日志均属于甲方所有，乙方仅可为履行本合同之目的在甲方授权范围内处理，不得用于其他任何目的，不得留存、复制或向第三方提供。
P:7.2 乙方应遵守《中华人民共和国数据安全法》《中华人民共和国个人信息保护法》，落实访问控制、加密存储及操作审计措施，运维人员须经甲方审批并通过堡垒机访问。发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
H:第八条 保密
P:8.1 乙方对履行本合同过程中知悉的甲方工作秘密、系统架构、账号口令等非公开信息负有保密义务，未经甲方书面同意不得向第三方披露。保密义务不因合同终止而解除。
H:第九条 违约责任
P:9.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金；逾期超过30日的，甲方有权解除合同。
P:9.2 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三向乙方支付违约金。
H:第十条 分包
P:10.1 乙方不得将本合同项下的任何工作分包或转包。
H:第十一条 合同解除
P:11.1 乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权书面通知解除合同，并要求乙方赔偿损失。
P:11.2 因不可抗力致使合同目的不能实现的，任何一方均可解除合同，互不承担违约责任。
H:第十二条 法律适用与争议解决
P:12.1 本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十三条 其他
P:13.1 因不可抗力不能履行合同的，受影响方应在不可抗力发生后3日内通知对方，并在15日内提供证明；双方根据不可抗力的影响部分或全部免除责任。
P:13.2 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。双方往来通知以书面形式送达本合同首页载明的地址。
P:13.3 乙方应遵守廉洁从业规定，不得向甲方工作人员提供任何形式的不正当利益。
P:13.4 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：清州市民政局　　　　乙方（盖章）：江城数智信息技术有限公司
P:法定代表人或授权代表：________　　法定代表人或授权代表：________
P:签订日期：2026年　月　日　　　　签订日期：2026年　月　日
"""

H475Z02 = """T:吹膜机组控制系统改造及维保合同
P:合同编号：HR-JX-2026-0305
P:甲方（买方）：江门市恒润塑料薄膜有限公司　地址：江门市蓬江区荷塘工业园3号
P:乙方（卖方）：佛山精控自动化工程有限公司　地址：佛山市顺德区大良科技路21号
P:鉴于甲方三条三层共挤吹膜生产线（1号、2号、3号线）原有控制系统老化，膜厚波动大、故障频繁，甲方决定对其控制系统进行改造；乙方具备相应的设计、供货、安装及调试能力。双方经协商一致，订立本合同。
H:一、改造内容
P:（一）乙方为三条吹膜线提供并安装新的PLC控制系统、伺服牵引及收卷驱动、在线测厚仪和HMI触摸屏，提供上位监控软件许可，完成电气改造、程序编制、工艺联调和操作培训。
P:（二）改造后每条线应实现自动风环膜厚闭环控制、配方管理、收卷张力自动控制、故障报警记录及生产数据采集，并接入甲方现有MES系统。
H:二、合同价款
P:（一）合同价款明细见下表：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC控制系统（含CPU、IO模块、控制柜）|3套|168,000|504,000
TB:2|伺服牵引及收卷驱动改造|3套|96,000|288,000
TB:3|在线测厚仪（含扫描架）|3台|74,000|222,000
TB:4|HMI触摸屏及上位监控软件许可|3套|36,000|108,000
TB:|软硬件小计|||1,122,000
TB:5|安装调试及工艺联调|1项|126,000|126,000
TB:6|操作及维护培训|1项|18,000|18,000
TB:|合同总价|||1,266,000
P:（二）合同总价为人民币1,266,000元（大写：壹佰贰拾陆万陆仟元整），含13%增值税、运输、保险、安装及调试等全部费用。
H:三、付款方式
P:（一）合同生效后7个工作日内，甲方支付合同总价的20%作为预付款，计253,200元。
P:（二）设备全部到货并经甲方签收后10个工作日内，甲方支付合同总价的35%，计443,100元。到货签收仅表示数量及外观清点，不视为验收。
P:（三）三条线全部通过最终验收后15个工作日内，甲方支付合同总价的45%，计569,700元。
H:四、交付与停机安排
P:（五）乙方应在进场前提交改造实施方案，包括停机计划、旧设备拆除及电缆敷设方案、程序备份与回退方案、安全措施及人员名单，经甲方生产部和设备部书面确认后实施。改造期间乙方应保留原控制系统的全部程序备份，确保改造失败时可在24小时内恢复原状。
P:（六）乙方拆除的旧控制柜、驱动器等设备归甲方所有，由乙方整理后移交甲方仓库。
P:（一）乙方应于合同生效后45日内将全部设备运抵甲方工厂。改造按1号、2号、3号线顺序逐线实施，每条线停机改造时间不超过7日，具体停机日期由甲方根据订单情况书面通知。
P:（二）乙方在甲方厂区施工时应遵守甲方的安全生产、动火作业及消防管理规定，施工人员应持证上岗并佩戴安全防护用品。因乙方原因发生安全事故的，由乙方承担责任。
P:（三）乙方应派驻一名项目经理和不少于两名电气工程师全程驻厂，改造期间每日与甲方设备部召开碰头会，通报当日进度及次日计划。每条线改造完成后，乙方应提交该线的电气图纸、程序清单、参数设定表及调试记录。
H:五、验收
P:（一）每条线改造完成后连续试生产72小时，验收标准为：膜厚偏差不超过±3%；收卷端面整齐度不超过2毫米；配方切换及报警功能全部正常；生产数据准确上传MES；连续试生产期间无因控制系统导致的停机。
P:（二）三条线均达标后，由甲方组织最终验收并签署验收报告。任何一条线未达标的，乙方应在10日内整改并重新试生产，整改期间发生的停机损失由乙方承担。设备安装完成、试生产或甲方使用，均不视为最终验收合格。
H:六、质保与维保
P:（一）质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费维修或更换故障部件，免费提供程序修改及软件升级。
P:（二）故障分级及响应：一级故障指整线停机或无法控制膜厚，乙方应在1小时内远程响应、8小时内到场；二级故障指单项功能失效，乙方应在2小时内响应、24小时内到场；三级故障为一般问题，乙方应在2个工作日内处理。
P:（三）乙方到场超过上述时限的，每迟延1小时向甲方支付500元，甲方可从应付款项中扣除。
P:（四）质保期满后，乙方提供年度维保服务，年度维保费按软硬件小计的7%计取，即78,540元/年，质保期满后三个年度内不上调，维保合同每年另行签订。
H:七、知识产权
P:（一）PLC、伺服及测厚仪的内置软件及上位监控软件产品的知识产权归其权利人所有，甲方获得永久使用许可。
P:（二）乙方为本项目编制的PLC程序、HMI画面、配方模板及与MES的接口程序，其知识产权归甲方所有，乙方应在最终验收时交付源程序及注释文件，甲方可自行修改或委托他人维护。
H:八、数据安全与保密
P:（一）生产工艺参数、配方及采集的生产数据属于甲方所有，乙方不得复制、留存或用于本合同以外的任何用途。
P:（二）乙方远程维护须经甲方逐次批准，通过甲方提供的VPN及专用账号进行，操作全程记录。发生数据泄露或被篡改的，乙方应在2小时内通知甲方并协助处置；因乙方原因造成的，乙方赔偿甲方全部损失。
P:（三）乙方对在本项目中知悉的甲方工艺配方、客户信息及经营信息负有保密义务，未经甲方书面同意不得向任何第三方披露。
H:九、分包
P:（一）乙方可将伺服驱动安装、电气布线及测厚仪扫描架安装等工作分包给第三方，但应提前书面通知甲方；乙方对分包方的工作向甲方负责。
H:十、违约责任
P:（一）乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的万分之六向甲方支付违约金，违约金总额不超过合同总价的10%。
P:（二）因乙方原因造成甲方停机时间超过约定的，乙方还应赔偿甲方因此造成的直接损失。
P:（三）甲方逾期付款的，每逾期一日按逾期金额的万分之三向乙方支付违约金。
H:十一、合同的履行
P:（一）本合同生效后，任何一方不得单方解除合同。乙方违约的，甲方可以要求乙方继续履行、采取补救措施并支付违约金，但不得以此为由解除合同。
H:十二、法律适用与争议解决
P:（一）本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交江门仲裁委员会仲裁。
H:十三、其他
P:（一）因不可抗力不能履行合同的，受影响方应及时通知对方并提供证明，双方根据影响程度部分或全部免除责任，并协商调整交付期限。
P:（二）乙方应对甲方设备维护人员进行两轮培训，内容包括系统原理、日常点检、配方管理、常见故障处理及程序备份，培训后每条线至少3名人员能够独立操作和处理一般故障。
P:（三）本合同附件包括：技术协议、设备清单、改造实施方案及培训计划，附件与本合同具有同等效力。
P:（四）本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：江门市恒润塑料薄膜有限公司　　乙方（盖章）：佛山精控自动化工程有限公司
P:授权代表：________　　授权代表：________　　日期：2026年　月　日
"""

H475Z03 = """宠物寄养门店预约及会员管理SaaS服务合同

合同编号：PB-SaaS-2026-011

甲方（客户）：成都萌宠之家宠物服务连锁有限公司
地址：成都市武侯区桐梓林北路9号
乙方（服务商）：杭州云爪信息科技有限公司
地址：杭州市余杭区文一西路1218号

鉴于甲方在成都、重庆两地经营17家宠物寄养及洗护门店，需要统一的在线预约、寄养房位管理、会员储值及营销系统；乙方提供“云爪门店通”SaaS服务。双方经友好协商，就甲方订阅该服务及乙方提供实施服务事宜，订立本合同。

1. 服务内容
1.1 乙方向甲方17家门店提供“云爪门店通”SaaS服务，包括：微信小程序在线预约、寄养房位及笼位管理、宠物档案与疫苗记录、会员卡及储值、积分营销、门店收银、经营报表及总部管理后台。
1.2 乙方提供一次性实施服务：系统初始化配置、原有会员及储值余额数据迁移、小程序页面按甲方品牌定制配置、各门店员工培训及上线保障。
1.3 服务期为三个服务年度，自上线验收合格之日起计算。

2. 服务费用
2.1 订阅费：每家门店每个服务年度9,600元，17家门店每个服务年度合计163,200元，三个服务年度合计489,600元。
2.2 实施费：58,000元（一次性）。
2.3 本合同总价为人民币547,600元（大写：伍拾肆万柒仟陆佰元整），含6%增值税。服务期内甲方新增门店的，按本条单价另行计费。

3. 付款方式
3.1 实施费在上线验收合格后15个工作日内一次性支付。
3.2 订阅费按季度支付，每季度订阅费为40,800元，甲方在每个服务季度结束后15个工作日内支付上一季度费用。
3.3 乙方在每次收款前开具增值税专用发票。

4. 实施与验收
4.1 乙方应于合同签订后45日内完成实施并提交上线验收申请。
4.2 上线验收标准：17家门店均可通过小程序完成预约、寄养入住及离店结算；会员数据及储值余额迁移后与甲方原系统逐户核对一致；小程序首页在正常网络下3秒内打开；门店收银与甲方微信支付商户号对账无差异；各门店至少2名员工通过操作考核。
4.3 甲方应在收到申请后7个工作日内完成验收测试并书面确认。门店试用或甲方支付款项均不视为验收合格。验收未通过的，乙方应在10日内整改并重新提交验收。
4.4 实施期间，乙方应指派实施顾问驻场不少于10个工作日，逐店完成设备调试、房位及价目配置，并在首批3家门店试点运行一周后再全面推广。上线后首月，乙方应安排专人在营业高峰时段（周末及节假日）远程值守。

5. 服务水平
5.1 乙方承诺系统月可用率不低于99.5%，计划内维护应安排在每日凌晨1:00至5:00之间，并提前2日通知甲方。
5.2 故障响应：一级故障（全部门店无法预约或收银）30分钟内响应、2小时内恢复；二级故障（部分功能不可用）2小时内响应、8小时内恢复；一般问题1个工作日内答复。乙方提供7×24小时客服热线。
5.3 月可用率未达承诺的，每低于承诺值0.1个百分点，按当月订阅费的5%给予服务抵扣，当月抵扣合计以当月订阅费为限；一级故障超时恢复的，每超时1小时抵扣当月订阅费的2%。

6. 数据归属与数据安全
6.1 甲方会员信息、宠物档案、交易记录及经营数据均属于甲方所有。乙方仅为向甲方提供本合同约定服务而处理上述数据，不得用于其他目的，不得向第三方提供。
6.2 乙方应将数据存储于中国境内的云平台，采取传输加密、存储加密、分级权限及操作日志等措施，遵守《中华人民共和国个人信息保护法》。发生数据泄露、丢失的，乙方应在24小时内通知甲方并采取补救措施；因乙方原因造成的，乙方承担赔偿责任，包括甲方因此向会员承担的赔偿。
6.3 乙方应每日对甲方数据进行备份，备份保留不少于30日；甲方可随时在管理后台导出会员及交易数据。乙方员工访问甲方数据须经审批并留存日志，乙方应每半年向甲方提供一次安全检查报告。
6.4 服务期满或合同解除后30日内，乙方应按甲方要求以通用格式导出全部数据交付甲方，并在甲方确认后删除。

7. 保密
7.1 双方对在合作中获知的对方商业秘密、会员资料及价格信息负有保密义务，未经对方书面同意不得披露。本条在合同终止后三年内继续有效。

8. 知识产权
8.1 “云爪门店通”平台及其软件的知识产权归乙方所有。
8.2 乙方为甲方定制配置的小程序页面、品牌素材、报表模板及数据迁移脚本归甲方所有，甲方可自由使用、修改或交由第三方使用。

9. 续期
9.1 服务期满前30日，任何一方未书面提出不再续订的，本合同自动续展一个服务年度，以后亦同。
9.2 每次续展时，乙方有权根据其价格政策上调订阅费单价，上调幅度不超过上一服务年度单价的8%，乙方应在续展前以电子邮件通知甲方。

10. 违约责任
10.1 乙方未按期完成实施的，每逾期一日按合同总价的万分之八向甲方支付违约金。
10.2 乙方违反第6条约定的，应赔偿甲方因此遭受的全部损失。
10.3 除第6条及第7条责任外，乙方在本合同项下的累计赔偿责任以合同总价的150%为限。

11. 分包
11.1 未经甲方书面同意，乙方不得将本合同项下的实施服务分包给第三方。

12. 服务变更与退出
12.1 乙方对平台功能进行重大调整的，应提前30日通知甲方，且不得降低本合同约定的功能和服务水平。甲方门店关闭或迁址的，可书面通知乙方减少相应门店订阅，减少部分自下一季度起不再计费。服务期满不续订或合同解除的，乙方应提供不少于30日的数据导出及过渡协助，期间系统保持可用。

13. 合同解除
13.1 乙方严重违约，经甲方书面通知后10日内仍未改正的，甲方有权解除本合同，乙方应退还已预收但未提供服务部分的费用。
13.2 甲方逾期付款超过60日的，乙方可暂停服务。

14. 法律适用与争议解决
14.1 本合同适用中华人民共和国法律。因本合同引起的争议，提交成都仲裁委员会仲裁。

15. 其他
15.1 因不可抗力导致服务中断的，乙方应及时通知甲方并尽快恢复，不可抗力持续超过30日的，任何一方可解除合同。
15.2 乙方应为甲方指定一名客户成功经理，负责上线后的使用指导、季度业务回顾及需求收集，每季度向甲方提交一次系统使用情况报告，包括各门店预约量、会员增长及储值余额变动。
15.3 本合同附件包括：服务功能清单、实施计划、数据迁移方案及服务水平说明。
15.4 本合同一式两份，双方各执一份，自双方签章之日起生效。

甲方（盖章）：成都萌宠之家宠物服务连锁有限公司    授权代表：________
乙方（盖章）：杭州云爪信息科技有限公司            授权代表：________
日期：2026年  月  日
"""

H475Z04 = """特种设备安全监管信息系统年度运维服务合同

项目名称：特种设备安全监管信息系统运维服务项目
项目编号：LHSJ-CS-2026-004（竞争性磋商）

甲方（采购人）：临海市市场监督管理局
乙方（成交供应商）：台州安信软件服务有限公司

根据本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就临海市特种设备安全监管信息系统（以下简称“系统”）运维服务事宜，经协商一致，订立本合同。磋商文件、响应文件及成交通知书为本合同的组成部分。

一、服务范围
（1）系统包括电梯、锅炉、压力容器、起重机械、场（厂）内专用机动车辆等特种设备的登记、检验、维保、隐患排查及执法检查模块，以及与省特种设备监管平台、电梯应急处置平台的数据接口。
（2）运维服务内容：日常运行监控与巡检；故障处理；系统缺陷修复及小型功能调整（每次不超过10人日）；数据库维护与备份；配合等级保护测评及安全加固；特种设备历史档案数据治理；用户培训与技术支持。
（3）乙方派驻运维工程师2名在甲方现场工作，工作时间为工作日8:30至17:30，节假日及夜间安排专人值守电话。

二、服务期限
（1）服务期自2026年1月1日起至2026年12月31日止。
（2）服务期满本合同自动终止。甲方需继续采购的，依法另行组织采购，乙方不得以本合同为由要求续约。

三、合同价款
（1）合同总价为人民币642,000元（大写：陆拾肆万贰仟元整），包括：系统运维及驻场服务468,000元；等保测评配合及安全加固52,000元；历史档案数据治理86,000元；巡检及应急保障36,000元。
（2）合同总价包含人员、差旅、工具、税费等全部费用，服务期内不作调整。

四、付款方式
（1）服务费按季度支付，每季度160,500元。
（2）每季度结束后，甲方在季度考核完成后15个工作日内支付该季度服务费。季度考核得分低于80分的，按考核办法扣减当季服务费。

五、服务水平
（1）系统月可用率不低于99.95%，计划内停机应提前3个工作日经甲方同意。
（2）故障分级：一级故障指系统整体无法访问或电梯应急处置数据中断；二级故障指部分模块不可用；三级故障指一般性问题。
（3）响应与处理时限：一级故障乙方应在6小时内响应并开始处置，12小时内恢复；二级故障8小时内响应，24小时内恢复；三级故障2个工作日内解决。
（4）乙方每月5日前提交上月运维报告，内容包括巡检记录、故障清单、处理时长及可用率统计。每季度末提交系统运行分析报告，提出性能优化及安全改进建议。
（5）乙方每日对服务器、数据库、中间件及接口运行状态进行巡检，每周进行一次全量备份检查，每季度进行一次备份恢复演练，并将演练结果书面报告甲方。遇重大活动、汛期及节假日，乙方应按甲方要求安排专人值守。
（6）乙方未达到本条约定的，每发生一次超时，扣减当季服务费1,000元；月可用率每低于承诺值0.01个百分点，扣减当季服务费500元。

六、验收与考核
（1）甲方按季度对乙方服务进行考核，考核指标包括故障处理时效、可用率、巡检完成率、用户满意度及文档质量，满分100分。
（2）服务期满后，甲方组织年度验收，标准为：全年运维报告齐全；数据治理完成且抽检差错率不高于千分之二；等保测评整改项全部关闭；系统运行文档及账号移交完毕。
（3）数据治理完成后，乙方应提交数据治理报告，列明清洗前后的档案数量、重复及错误记录处理情况、无法核实的记录清单，经甲方业务科室抽查确认。
（4）年度验收不合格的，乙方应在15日内整改，整改后仍不合格的，甲方有权扣减第四季度服务费。

七、数据安全
（1）系统数据（含特种设备档案、使用单位信息、检验及执法记录）属于甲方所有，乙方仅为履行运维义务在授权范围内接触，不得复制、留存或用于任何其他目的。
（2）乙方运维操作须通过甲方堡垒机进行，禁止使用个人设备连接业务网络；数据库导出须经甲方书面审批。
（3）发生数据泄露、篡改、丢失等安全事件的，乙方应在1小时内报告甲方并采取处置措施；因乙方原因造成的，乙方承担全部赔偿责任及相应法律责任。

八、保密
（1）乙方及其驻场人员对在服务中知悉的执法信息、企业信息、系统账号及网络结构负有保密义务，乙方应与驻场人员签订保密承诺书。保密义务在合同终止后继续有效。

九、知识产权
（1）乙方在服务期内编写的运维脚本、数据治理成果、报表及技术文档归甲方所有，甲方可自由使用和修改。

十、人员管理
（1）驻场工程师应具备相应资格，乙方更换驻场人员须提前10日书面征得甲方同意，且新人员资历不得低于原人员。
（2）驻场人员应遵守甲方的考勤、保密及机房管理制度，每日填写运维日志，每周向甲方信息科报告工作情况；甲方认为驻场人员不能胜任的，乙方应在10日内更换。
（3）乙方应建立不少于3人的后台技术支持团队，在驻场人员无法处理时提供远程或现场支持，并提供重大活动及节假日期间的保障值守。
（4）合同签订后10日内，乙方应与原运维单位及甲方完成系统账号、文档、源代码及运维记录的交接，并提交交接清单。
（5）服务期满或合同解除时，乙方应向甲方或甲方指定的后续服务单位移交全部运维文档、脚本、账号及未结工单，并提供不少于20日的交接协助，交接期间不另收费。

十一、违约责任
（1）乙方未按约定时间完成驻场人员到岗、历史档案数据治理或安全加固任务的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
（2）乙方驻场人员缺勤的，每人每日扣减服务费800元；乙方未按月提交运维报告的，每次扣减服务费500元。
（3）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。

十二、分包
（1）乙方不得将本合同项下的服务分包或转包给第三方。

十三、合同解除
（1）乙方严重违约或连续两个季度考核不合格的，甲方有权书面通知解除合同，并按实际服务期间结算费用。

十四、法律适用与争议解决
（1）本合同适用中华人民共和国法律。争议协商不成的，向甲方所在地人民法院提起诉讼。
（2）争议处理期间，除争议事项外，双方应继续履行本合同其他义务，乙方不得以存在争议为由中断运维服务。

十五、其他
（1）因不可抗力不能履行合同的，受影响方应及时通知对方并提供证明，根据影响部分或全部免除责任。
（2）乙方承诺遵守政府采购廉洁规定，不得向甲方工作人员提供任何不正当利益。本合同未尽事宜，双方可签订补充协议。
（3）本合同一式五份，甲方三份，乙方二份，自双方签字盖章之日起生效。

甲方（盖章）：临海市市场监督管理局        乙方（盖章）：台州安信软件服务有限公司
代表：________                            代表：________
日期：2026年  月  日
"""

H475Z05 = """# 链溯生产追溯系统软件许可及定制开发合同

**（乙方标准合同文本 LS-CT-2025 版）**

合同编号：LS-2026-0219

- 甲方（需方）：漳州甜乡果脯食品有限公司
- 乙方（供方）：厦门链溯信息技术有限公司

鉴于甲方需建设覆盖原料采购、腌制糖渍、烘干、包装及出库全过程的生产追溯系统，乙方拥有“链溯”生产追溯系统软件的著作权。双方经协商，就软件许可及定制开发事宜签订本合同，以资共同遵守。

## 第一条 合同标的

1.1 乙方向甲方提供“链溯”生产追溯系统V3软件永久使用许可（单工厂，含50个用户及20个数据采集终端授权）。

1.2 乙方根据甲方需求进行定制开发：原料果批次与供应商档案关联、糖渍及烘干工序参数记录、包装赋码与一物一码查询、与甲方用友财务系统及电子秤的接口。

1.3 乙方负责系统安装部署、基础数据初始化及操作培训。

1.4 系统功能以乙方《链溯V3产品功能清单》及双方确认的定制需求说明为准，清单以外的功能不属于本合同范围。甲方应在需求调研结束后5个工作日内确认需求说明，确认后的需求变更按变更流程处理。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 链溯生产追溯系统V3软件许可费 | 720,000 |
| 2 | 定制开发费 | 168,000 |
| 3 | 实施及培训费 | 72,000 |
| | 合同总价 | 960,000 |

合同总价为人民币960,000元（大写：玖拾陆万元整），含税。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的50%作为预付款，即480,000元，乙方收到预付款后开始实施。

3.2 系统上线运行后10个工作日内，甲方支付合同总价的50%，即480,000元。

3.3 甲方逾期付款的，乙方有权暂停实施和服务，交付期限相应顺延。

## 第四条 交付与上线

4.1 乙方在收到预付款后75日内完成软件部署及定制开发，并通知甲方上线。

4.2 乙方可根据开发进度分模块上线，上线时间以乙方通知为准。

4.3 甲方应在实施开始前提供服务器、网络、电子秤及扫码枪等软硬件环境，并指定项目联系人配合需求调研、基础数据整理和用户测试。因甲方环境未就绪或配合不到位导致的延误，交付期限相应顺延。

4.4 乙方提供的培训包括管理员培训和各车间操作员培训，共计4场，每场半天。培训后甲方人员应能够独立完成原料入库登记、工序记录、赋码包装及追溯查询。

4.5 乙方交付的文档包括安装手册、用户手册及接口说明。系统上线时，乙方应协助甲方将现有纸质批次记录中最近三个月的数据录入系统，超出部分的数据整理由甲方自行完成或另行委托乙方。

## 第五条 验收

5.1 系统上线运行后，即视为甲方验收合格。

5.2 上线前乙方进行内部测试，并向甲方演示主要功能。甲方在演示中提出的问题，乙方在上线后的免费维护期内逐步完善。

5.3 甲方在上线后提出的需求变更，由双方另行协商并签订补充协议，费用另计。

## 第六条 免费维护

6.1 自系统上线之日起六个月为免费维护期，乙方提供远程技术支持及缺陷修复。

6.2 紧急故障（系统无法录入或无法赋码）乙方在接到甲方通知后8小时内响应；一般故障在3个工作日内响应。

6.3 乙方将尽力排除故障，但对故障持续时间及因此造成的生产损失不承担扣款、赔偿或违约金责任。

## 第七条 年度维护

7.1 免费维护期满后，甲方应向乙方购买年度维护服务，年度维护费为软件许可费的25%，即180,000元/年，包括远程支持、缺陷修复及版本升级。

7.2 年度维护服务按年签订。年度维护期内，乙方提供工作日远程支持、缺陷修复及新版本升级；现场服务按每人每日2,000元另行收费，差旅费由甲方承担。

7.3 甲方未购买年度维护服务的，乙方不再提供缺陷修复及升级服务，甲方恢复购买时须补缴中断期间的维护费。

## 第八条 知识产权

8.1 “链溯”软件及其全部版本的著作权归乙方所有。

8.2 乙方为甲方定制开发的功能模块、接口程序、源代码及相关文档的知识产权亦归乙方所有，甲方获得在本工厂范围内的非独占使用权，不得修改、反编译或许可第三方使用。

## 第九条 数据

9.1 甲方在系统中录入的生产、批次、供应商及客户数据归甲方所有。

9.2 甲方同意，乙方可以对系统中的数据进行脱敏和汇总处理后，用于改进其产品、开展行业分析及向其他客户提供行业基准报告。

9.3 乙方为甲方部署的系统运行于甲方自有服务器，乙方通过远程方式进行维护的，应使用甲方分配的账号，维护完成后及时退出。

9.4 乙方采取防病毒、权限控制及定期备份等措施保障系统数据安全；因乙方原因发生数据泄露或丢失的，乙方应及时通知甲方、协助恢复并承担相应赔偿责任。

## 第十条 保密

10.1 双方对在合作中获知的对方技术秘密和经营信息负有保密义务，未经对方书面同意不得向第三方披露，合同终止后三年内继续有效。

## 第十一条 违约责任

11.1 乙方逾期交付的，每逾期一日按合同总价的万分之二向甲方支付违约金。

11.2 乙方在本合同项下的累计赔偿责任（含违约金）不超过合同总价的20%，且不承担间接损失及利润损失。

## 第十二条 合同解除

12.1 一方严重违约，经另一方书面催告后30日内仍未纠正的，守约方可以书面通知解除本合同。

12.2 合同解除后，甲方应停止使用未付款部分对应的软件功能；乙方已完成的工作，甲方应按实际完成比例结算费用。

## 第十三条 争议解决

13.1 因本合同发生的争议，双方协商解决；协商不成的，向乙方所在地人民法院提起诉讼。

## 第十四条 不可抗力

14.1 因地震、台风、洪水、疫情、政府行为等不可抗力导致一方不能履行合同的，该方不承担违约责任，但应及时通知对方并在合理期限内提供证明。不可抗力影响消除后，双方继续履行合同。

## 第十五条 其他

15.1 甲方不得对软件进行反向工程、复制或转让，不得超出授权范围使用软件。甲方新增用户数或采集终端的，应按乙方届时报价另行购买授权。

15.2 本合同未尽事宜，由双方另行协商并签订补充协议。本合同附件包括：软件功能清单、定制开发需求说明及实施计划。

15.3 双方通知以书面形式送达本合同载明的地址或电子邮箱，一方变更联系方式的，应在3日内书面通知对方，否则按原地址送达即视为有效送达。

15.4 本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：漳州甜乡果脯食品有限公司　　乙方（盖章）：厦门链溯信息技术有限公司

签订日期：2026年　月　日
"""

H475E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. KSW-CN-2026-008
P:This Software Licence and Services Agreement (the "Agreement") is made between Kanazawa Soft Works K.K., a company incorporated in Japan with its registered office at 2-14 Hirooka, Kanazawa, Ishikawa, Japan (the "Vendor"), and Hangzhou Qingshan Home Appliances Co., Ltd., a company incorporated in the People's Republic of China with its registered office at 88 Xingye Road, Xiaoshan District, Hangzhou (the "Customer").
P:WHEREAS the Customer manufactures small kitchen appliances on four assembly lines and wishes to replace its spreadsheet-based production planning with an advanced planning and scheduling system; AND WHEREAS the Vendor develops and licenses the "KSW Planner" software and provides implementation services; the parties agree as follows.
H:Article 1 Definitions
P:1.1 "Licensed Software" means KSW Planner version 9, server and client components, as described in Annex 1. "Custom Deliverables" means the interfaces, report templates, scheduling rules and scripts developed for the Customer under this Agreement. "Final Acceptance" means the Customer's written acceptance under Article 5.3. "Customer Data" means all data entered into or generated by the Licensed Software at the Customer's site.
H:Article 2 Scope
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Licensed Software at the Customer's Xiaoshan plant for its internal business, for one server instance and twenty named planners.
P:2.2 The Vendor shall provide implementation services: installation, configuration of the factory model, development of interfaces to the Customer's ERP system and its manufacturing execution system, data migration of routings and bills of materials, user training and go-live support, as set out in Annex 2.
P:2.3 The Vendor shall assign a project manager who speaks Chinese or shall provide a qualified interpreter at its own cost for all workshops, training sessions and steering meetings. The project manager shall send a written progress report every two weeks, listing completed tasks, open issues, risks and the updated plan, and shall attend a monthly steering meeting with the Customer's operations director.
P:2.4 The Customer shall provide a project team, the test data, access to its ERP and execution systems in a test environment, and decisions on open design questions within 5 working days after they are raised.
H:Article 3 Fees
P:3.1 At the Customer's request all fees are stated and paid in CNY. The fees are as follows: Server licence CNY 460,000; Planner named-user licences, 20 at CNY 14,500 each, CNY 290,000; Licence Fee subtotal CNY 750,000; Implementation services (fixed price) CNY 236,000; Training CNY 24,000. The total Contract Price is CNY 1,010,000, inclusive of applicable taxes, and is fixed.
P:3.2 The Vendor shall invoice through its authorised Shanghai reseller, which shall issue Chinese VAT invoices.
H:Article 4 Payment
P:4.1 The Customer shall pay 10% of the Contract Price (CNY 101,000) within 20 days after signature, against an advance payment guarantee from a bank in China.
P:4.2 The Customer shall pay 55% of the Contract Price (CNY 555,500) within 20 days after the Installation Certificate. The Installation Certificate confirms only that the software is installed and is not acceptance.
P:4.3 The Customer shall pay the remaining 35% of the Contract Price (CNY 353,500) within 20 days after Final Acceptance.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall install the Licensed Software within 30 days after signature and shall complete the implementation services within 150 days after signature.
P:5.2 Acceptance tests shall show that: (a) a full weekly schedule for all four assembly lines and 1,800 active orders is generated in less than 10 minutes; (b) the ERP and execution-system interfaces transfer orders, stock and completions without error for 15 consecutive working days; (c) all migrated routings and bills of materials reconcile with the ERP system; (d) the functions listed in Annex 2 work as specified; and (e) no Severity 1 defect occurs during a parallel run of 30 days.
P:5.3 When the tests are passed, the Customer shall issue a Final Acceptance certificate within 10 working days. Go-live, productive use of the software or any payment shall not be deemed acceptance. If a test fails, the Vendor shall correct the defect and repeat the test at its own cost.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Licensed Software and the Custom Deliverables will perform substantially in accordance with their documentation for 18 months from Final Acceptance. During this warranty period the Vendor shall correct defects, provide new releases and provide remote and on-site support free of charge.
P:6.2 Defects are classified as Severity 1 (scheduling or an interface is unavailable and production planning cannot continue), Severity 2 (a function is impaired and a workaround exists) and Severity 3 (minor issues). The Vendor shall respond to a Severity 1 defect within 1 hour and provide a fix or workaround within 8 hours; respond to a Severity 2 defect within 2 hours and fix it within 3 working days; and fix a Severity 3 defect in the next release.
P:6.3 For each full hour by which the Vendor misses a Severity 1 response or fix time, the Vendor shall credit the Customer CNY 800, which the Customer may set off against any amount due.
P:6.4 After the warranty period the Customer may order annual support for the same scope. The annual support fee shall be 11% of the Licence Fee subtotal (CNY 82,500 per year) and shall not be increased for the first three support years. Support is ordered each year by purchase order and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Licensed Software and all its versions remain the property of the Vendor and its licensors.
P:7.2 All rights in the Custom Deliverables, including their source code and documentation, vest in the Customer upon creation. The Vendor shall deliver the source code at Final Acceptance. The Customer may use, modify and license the Custom Deliverables freely.
H:Article 8 Customer Data and Data Security
P:8.1 Customer Data belongs to the Customer. The Vendor shall process Customer Data only to perform this Agreement and shall not keep, copy or use it for any other purpose.
P:8.2 The Vendor shall access the Customer's systems only through the remote access channel provided by the Customer, with per-session approval and logging, and shall comply with the Personal Information Protection Law and the Data Security Law of the PRC. No Customer Data may be transferred outside the PRC.
P:8.3 The Vendor shall notify the Customer within 12 hours after becoming aware of any unauthorised access to or loss of Customer Data, shall take remedial measures and shall be liable for all losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party, including production volumes, prices, customer lists and system configurations, and shall not disclose it to any third party without prior written consent. This obligation survives for three years after termination.
H:Article 10 Delay and Liability
P:10.1 If the Vendor fails to complete the implementation services by the date in Article 5.1, the Vendor shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price.
P:10.2 The Vendor's total liability under this Agreement shall not exceed 150% of the Contract Price. This limit does not apply to personal injury, wilful misconduct, infringement of third-party rights or breach of Article 8.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent, except that its Shanghai reseller may issue invoices. The Vendor remains responsible for any approved subcontractor.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after notice. The Customer may also terminate if the liquidated damages under Article 10.1 reach their maximum.
P:12.2 On termination before Final Acceptance caused by the Vendor's breach, the Vendor shall refund the amounts paid, less the value of accepted deliverables.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of Japan.
P:13.2 Any dispute arising out of or in connection with this Agreement shall be finally settled by arbitration administered by the Japan Commercial Arbitration Association in Tokyo under its Commercial Arbitration Rules. The language of the arbitration shall be English.
H:Article 14 General
P:14.1 This Agreement, with Annex 1 (Licensed Software and Documentation) and Annex 2 (Implementation Scope and Acceptance Tests), is the entire agreement of the parties. Amendments must be in writing and signed by both parties. This Agreement is made in English in two originals.
P:For the Vendor: Kanazawa Soft Works K.K.  Name: __________  Title: Representative Director  Date: __________
P:For the Customer: Hangzhou Qingshan Home Appliances Co., Ltd.  Name: __________  Title: General Manager  Date: __________
"""

H475E02 = """# ORDER FORM No. DCW-2026-0412

**Vendor:** Daejeon Cloudworks Co., Ltd., 77 Expo-ro, Yuseong-gu, Daejeon, Republic of Korea ("Vendor")

**Customer:** Suzhou Lianfeng Property Management Co., Ltd., 135 Suhua Road, Suzhou Industrial Park, Jiangsu, PRC ("Customer")

This Order Form is entered into under, and incorporates, the General Terms below. Together they form the "Agreement". The Customer manages 38 residential and office properties and orders the Vendor's "FixFlow" work-order and facility maintenance service for its engineering and front-desk staff.

## Part A. Order Details

1. **Service.** FixFlow Professional edition: work-order management, preventive maintenance plans, asset register with QR labels, inspection checklists, owner repair requests through a WeChat mini program, mobile app for technicians, dashboards and reports.

2. **Subscription Term.** Two Subscription Years, from 1 April 2026 to 31 March 2028. The first Subscription Year starts on 1 April 2026 or, if later, on the date of Go-Live Acceptance.

3. **Fees (CNY, at the Customer's request).**

| Item | Quantity | Unit price (CNY) | Amount (CNY) |
|---|---|---|---|
| FixFlow Professional user seats, per Subscription Year | 150 seats | 1,080 | 162,000 |
| Subscription fees for two Subscription Years | | | 324,000 |
| Onboarding (configuration, data import, training), one-time | 1 | 36,000 | 36,000 |
| Total Contract Value | | | 360,000 |

4. **Payment.** The onboarding fee is payable within 30 days after Go-Live Acceptance. Subscription fees are invoiced quarterly in arrears (CNY 40,500 per quarter) and payable within 30 days after each invoice. No advance payment is due. The Vendor shall issue invoices through its appointed agent in Shanghai, which issues Chinese VAT invoices.

5. **Onboarding and Go-Live.** The Vendor shall complete onboarding within 40 days after signature. Go-Live Acceptance tests: (a) all 38 properties, their buildings and 9,600 asset records are imported and reconcile with the Customer's asset list; (b) owners can submit repair requests through the mini program and requests reach the right technician within 1 minute; (c) preventive maintenance plans generate work orders on schedule for two weeks; (d) the monthly maintenance-cost report matches the Customer's test data. The Customer shall confirm acceptance in writing within 7 working days after the tests are passed. Use of the service before written confirmation is not acceptance.

6. **Late onboarding.** If Go-Live Acceptance is not achieved within the period in item 5 for reasons attributable to the Vendor, the Vendor shall pay the Customer CNY 300 for each day of delay.

7. **Renewal.** This Order Form does not renew automatically. Any renewal requires a new Order Form signed by both parties.

8. **Contacts and Governance.** Each party names a contract manager. The Vendor's customer success manager shall hold a monthly call with the Customer's engineering director during the first Subscription Year and a quarterly review after that, covering usage per property, open work orders, support tickets, service availability and planned releases. The Vendor shall give at least 30 days' notice of any release that changes the technicians' mobile app or the mini program screens, so that the Customer can inform its staff and property owners.

9. **Additional Seats.** The Customer may add user seats at any time at the unit price in item 3, prorated to the end of the current Subscription Year. Seats may be reduced at the start of a Subscription Year by up to 20 seats with 30 days' written notice.

10. **Training.** Onboarding includes four remote training sessions for administrators and technicians, recorded training videos in Chinese, and a quick reference card for front-desk staff. Further training days may be ordered at CNY 3,200 per day.

## Part B. General Terms

1. **Provision of the Service.** 1.1 The Vendor shall make the service available to the Customer's authorised users in accordance with the documentation and this Agreement. 1.2 The Vendor may improve the service from time to time, provided that no update materially reduces the functions ordered. 1.3 The Customer is responsible for its users' accounts and for the accuracy of the data it enters. 1.4 The Vendor shall keep the service compatible with current versions of WeChat, Android and iOS and shall publish release notes in Chinese for each release.

2. **Service Levels.** 2.1 The Vendor shall keep the service available 99.95% of each calendar month, excluding scheduled maintenance announced at least 48 hours in advance and carried out between 00:00 and 06:00 China Standard Time. 2.2 Priority 1 incidents (the service or the mobile app is unavailable to all users) shall be responded to within 30 minutes and restored within 3 hours; Priority 2 incidents (a major function is impaired) within 2 hours response and 1 business day restoration; Priority 3 incidents within 1 business day response. Support is available by telephone, email and WeChat in Chinese, 24 hours a day for Priority 1. 2.3 If availability falls below the committed level in a month, the Customer receives a service credit of 5% of that month's subscription fees for each 0.1 percentage point (or part of it) below the commitment, up to that month's fees. If a Priority 1 response or restoration time is missed, the Customer receives a further credit of CNY 500 per incident. Credits are deducted from the next invoice.

3. **Customer Data.** 3.1 All data that the Customer or its users enter into the service, including owner names, addresses, telephone numbers, repair photos and asset records ("Customer Data"), belongs to the Customer. 3.2 The Vendor shall use Customer Data only to provide the service to the Customer under this Agreement and for no other purpose. 3.3 The service is hosted on a cloud platform located in mainland China. At the end of the Subscription Term the Vendor shall, at the Customer's choice, export the Customer Data in a standard format and then delete it.

4. **Confidentiality.** 4.1 Each party shall keep confidential the other party's non-public business, technical and financial information disclosed under this Agreement, use it only for this Agreement and not disclose it to third parties except to its employees and advisers who need to know it and are bound by similar duties. 4.2 These obligations continue for three years after the Agreement ends.

5. **Intellectual Property.** 5.1 The Vendor owns the service, the FixFlow software and its documentation. 5.2 Inspection checklists, maintenance plan templates, report layouts and mini program pages configured specifically for the Customer during onboarding belong to the Customer, which may use, modify and license them freely, also with another provider.

6. **Subcontractors.** The Vendor may use subcontractors and hosting providers to perform any part of the service, including onboarding and local support in China, by giving the Customer notice by email. The Vendor remains responsible for their performance.

7. **Liability.** 7.1 The Vendor's total liability under this Agreement shall not exceed 150% of the Total Contract Value. 7.2 Neither party is liable for indirect or consequential loss, except for breach of Section 4 of these General Terms.

8. **Termination.** 8.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving notice. 8.2 If the Customer terminates for the Vendor's breach, the Vendor shall refund any fees paid for the period after termination. 8.3 The Vendor may suspend the service if undisputed invoices remain unpaid for more than 60 days after a written reminder.

9. **Governing Law and Disputes.** This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission (CIETAC) for arbitration in Shanghai in accordance with its rules in force at the time. The arbitral award is final and binding on both parties.

10. **General.** 10.1 Notices shall be in writing and sent to the addresses above or to the email addresses named by each party. 10.2 Neither party may assign this Agreement without the other party's written consent. 10.3 If a provision is held invalid, the remaining provisions remain in force. 10.4 This Order Form prevails over the General Terms where they differ. 10.5 The Agreement is made in English and Chinese; both versions have equal effect. 10.6 Neither party is liable for a failure to perform caused by force majeure, such as natural disasters, epidemics, government action or a general failure of public telecommunications networks, provided that it notifies the other party promptly, limits the effect and resumes performance as soon as possible. If force majeure prevents use of the service for more than 30 days, the Customer may terminate this Agreement and receive a refund of any fees paid for the period after termination.

**Signed for the Vendor:** Daejeon Cloudworks Co., Ltd. - Name: ______ - Title: Chief Executive Officer - Date: ______

**Signed for the Customer:** Suzhou Lianfeng Property Management Co., Ltd. - Name: ______ - Title: General Manager - Date: ______
"""

H475E03 = """T:PURCHASE CONTRACT FOR KILN AND EQUIPMENT CONDITION MONITORING SYSTEM
P:Contract No. FSRT-PUR-2026-0047
P:Buyer: Foshan Ruitai Ceramics Co., Ltd., 16 Nanzhuang Avenue, Chancheng District, Foshan, Guangdong, PRC (the "Buyer").
P:Supplier: Coimbatore Sensing Systems Pvt. Ltd., Plot 42, SIDCO Industrial Estate, Kurichi, Coimbatore, Tamil Nadu, India (the "Supplier").
P:Background: The Buyer operates two roller kilns and the related glazing and pressing lines at its Nanzhuang plant. It wishes to monitor kiln temperature profiles and the vibration of fans, motors and roller drives in order to plan maintenance and avoid unplanned stoppages. The Supplier was selected through the Buyer's competitive tender. This contract is on the Buyer's standard purchase terms.
H:Section 1 Scope of Supply
P:1.1 The Supplier shall supply, install and commission the condition monitoring system described in this contract (the "System"), consisting of wireless vibration sensors, kiln thermocouple transmitters, edge gateways and the Supplier's monitoring software, and shall integrate the System with the Buyer's maintenance management system.
P:1.2 The Supplier shall also provide the mounting accessories, cabling inside the gateway cabinets, configuration of alarm limits agreed with the Buyer, as-built documentation and training for the Buyer's maintenance staff.
H:Section 2 Price
P:2.1 All prices are in CNY, fixed, and include delivery to the Buyer's plant (DDP), import duties, VAT and all costs of installation and commissioning. The Price Schedule is as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless tri-axial vibration sensor, ATEX-rated housing|240|1,150|276,000
TB:2|Kiln thermocouple transmitter with wireless module|96|1,850|177,600
TB:3|Edge gateway with industrial enclosure|12|9,800|117,600
TB:4|Monitoring software, perpetual site licence|1|128,000|128,000
TB:|Hardware and Licence Subtotal|||699,200
TB:5|Installation and commissioning|1|68,400|68,400
TB:6|Training (two sessions)|1|12,400|12,400
TB:|Contract Price|||780,000
P:2.2 The Contract Price is CNY 780,000 and shall not change during the performance of this contract.
H:Section 3 Payment
P:3.1 No advance payment is payable under this contract.
P:3.2 65% of the Contract Price (CNY 507,000) is payable within 30 days after the Buyer signs the Delivery and Installation Certificate. That certificate records that the equipment has arrived and is installed; it is not acceptance.
P:3.3 35% of the Contract Price (CNY 273,000) is payable within 30 days after Final Acceptance under Section 5.
P:3.4 Each payment is made by bank transfer against a correct commercial invoice and, for the local portion, a Chinese VAT invoice issued by the Supplier's Guangzhou agent.
H:Section 4 Delivery
P:4.1 The Supplier shall deliver all equipment to the Buyer's plant within 70 days after signature and complete installation within 25 days after delivery. Installation on each kiln shall take place during the maintenance stops notified by the Buyer.
P:4.2 The Supplier's staff shall follow the Buyer's site safety rules, including hot-work permits and lock-out procedures. The Supplier shall remove its packaging and waste from the site at its own cost.
P:4.3 Before shipment the Supplier shall submit the packing list, certificates of origin, calibration certificates for every thermocouple transmitter and the factory test reports of the sensors and gateways. The Buyer may witness the factory acceptance test in Coimbatore at its own travel cost, or accept a video record of the test.
P:4.4 The Supplier shall appoint a project engineer who will be present on site during installation and commissioning and who can communicate with the Buyer's engineers in English or through an interpreter provided by the Supplier. The Supplier shall submit a weekly report during installation showing the sensors mounted, gateways connected, open issues and the plan for the following week.
P:4.5 Risk in the equipment passes to the Buyer when the Buyer signs the Delivery and Installation Certificate. Title passes on payment under Section 3.2.
H:Section 5 Acceptance
P:5.1 After installation, the System shall run for 30 consecutive days. Final Acceptance requires that: (a) every sensor and transmitter reports data to the software at the configured interval, with no more than 0.5% of readings missing; (b) temperature readings agree with the Buyer's calibrated reference thermocouples within plus or minus 3 degrees Celsius; (c) vibration alarms are raised in the maintenance system within 60 seconds of a test signal; (d) trend reports and the kiln temperature profile display work as specified in the technical annex; and (e) documentation and training are complete.
P:5.2 The Buyer shall issue the Final Acceptance Certificate within 10 working days after the criteria are met. Installation, use of the System or payment shall not be deemed acceptance.
H:Section 6 Warranty and Support
P:6.1 The Supplier warrants the hardware and the software for 36 months from Final Acceptance. During the warranty the Supplier shall repair or replace defective items free of charge, including shipping, and shall provide software updates.
P:6.2 The Supplier shall respond to a Severity 1 fault (loss of monitoring for a whole kiln or more than 20 sensors) within 1 hour by remote connection and, if needed, have an engineer on site within 24 hours. Severity 2 faults shall be responded to within 8 hours and fixed within 3 days.
P:6.3 For each hour by which a Severity 1 response or on-site time is missed, the Supplier shall pay the Buyer CNY 500, which may be deducted from any payment.
P:6.4 After the warranty the Supplier shall offer annual support at 6% of the Hardware and Licence Subtotal (CNY 41,952 per year), fixed for two years after the warranty ends. Support is ordered by separate purchase order each year and does not renew automatically. The Supplier shall keep spare parts available for at least seven years after Final Acceptance.
H:Section 7 Intellectual Property
P:7.1 The embedded firmware and the monitoring software remain the property of the Supplier, which grants the Buyer a perpetual licence to use them at the plant.
P:7.2 The alarm configurations, dashboards, integration scripts and documentation produced for the Buyer belong to the Buyer, which may use and modify them freely and have them maintained by others.
H:Section 8 Data and Data Security
P:8.1 All measurement data, alarm records and equipment information collected by the System belong to the Buyer. The Supplier shall use them only to perform this contract and shall not keep copies.
P:8.2 The System shall be hosted on the Buyer's servers. Remote access by the Supplier requires the Buyer's approval for each session, uses the Buyer's VPN and is logged. The Supplier shall keep the gateways patched, change all default passwords and report any security incident to the Buyer within 12 hours. The Supplier is liable for losses caused by its breach of this Section.
H:Section 9 Confidentiality
P:9.1 The Supplier shall keep confidential the Buyer's production data, kiln designs, plant layout and commercial terms and shall not disclose them without the Buyer's prior written consent. This obligation continues for three years after the contract ends.
H:Section 10 Delay and Liability
P:10.1 If the Supplier fails to deliver or to complete installation on time, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 The Supplier's total liability under this contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of Sections 8 and 9.
P:10.3 The Buyer may deduct delay damages and any other amounts due from the Supplier from any payment due to the Supplier, after written notice.
H:Section 11 Subcontracting
P:11.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier remains responsible for approved subcontractors.
H:Section 12 Termination
P:12.1 The Buyer may terminate this contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after notice, or if the delay damages reach their maximum.
H:Section 13 Governing Law and Disputes
P:13.1 This contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou.
H:Section 14 General
P:14.1 Neither party is liable for a failure caused by force majeure, provided that it notifies the other party promptly and takes reasonable steps to limit the effect. If force majeure lasts more than 60 days, either party may terminate the unperformed part of this contract.
P:14.2 Changes to the scope or the Price Schedule require a written change order signed by both parties. The Supplier shall not ship any item that differs from the technical annex, including a different sensor model or firmware version, without the Buyer's prior written approval. Notices under this contract shall be given in writing to the addresses above or to the email addresses named by each party, and take effect on receipt.
P:14.3 This contract is made in English and Chinese in two originals for each party. It takes effect on signature by both parties.
P:For the Buyer: ____________________  For the Supplier: ____________________
"""

H475E04 = """# MANAGED SERVICE DESK AND END-USER SUPPORT AGREEMENT

Agreement No. CDS-NHA-2026-03

**Between:** Chattogram Digital Services Ltd., a company incorporated in Bangladesh, with its office at 1205 Agrabad Commercial Area, Chattogram, Bangladesh (the "Provider"), **and** Ningbo Haixing Apparel Co., Ltd., a company incorporated in the PRC, with its office at 28 Huancheng North Road, Yinzhou District, Ningbo (the "Customer").

**Background.** The Customer runs garment factories in Ningbo and Anhui and sourcing offices in Dhaka and Ho Chi Minh City, with about 1,400 computer users. The Provider operates a multilingual service desk in Chattogram and a partner network for on-site work. The Customer wishes to outsource its first- and second-level end-user support to the Provider.

## 1. Definitions

1.1 "Services" means the services described in Schedule 1. 1.2 "Service Commencement" means the date on which the Customer accepts the transition under clause 4. 1.3 "Customer Data" means all data of the Customer and its employees that the Provider accesses, receives or processes in performing the Services. 1.4 "Charges" means the charges in Schedule 2.

## 2. Services

2.1 From Service Commencement the Provider shall provide the Services in accordance with Schedule 1 and the service levels in Schedule 3. 2.2 The Provider shall staff the service desk with agents able to work in Chinese, English and Bengali. 2.3 The Customer shall give the Provider the access, tools and information reasonably required, including accounts in the Customer's ticketing system. 2.4 The Provider shall keep the knowledge base current, propose at least two service improvements per quarter, and report recurring incidents to the Customer's infrastructure team with a root-cause analysis. 2.5 On-site work at the Customer's factories in Ningbo and Anhui is carried out by field engineers within the next business day after a ticket is dispatched, unless the incident priority in Schedule 3 requires a faster response. 2.6 Changes to the scope of the Services, including new sites or a material change in the number of users, shall be agreed in a written change note that states the effect on the Charges.

**Schedule 1 - Service Description**

| Service | Scope | Hours |
|---|---|---|
| Service desk | Telephone, email and chat support for all users; password resets; incident logging and tracking | 24 x 7 |
| Remote support | Desktop, laptop, email and office software issues; software installation requests | 24 x 7 |
| Second-level support | Active Directory, endpoint management, printers, Wi-Fi access issues | Business days 08:00-20:00 (Beijing time) |
| Asset administration | Keeping the hardware and licence register up to date | Business days |
| Reporting | Monthly service report and quarterly service review | Monthly / quarterly |

## 3. Term

3.1 The Agreement runs for 24 months from Service Commencement. 3.2 It ends at the end of that period unless the parties sign a written extension; there is no automatic renewal.

## 4. Transition and Acceptance

4.1 The Provider shall complete the transition within 60 days after signature. 4.2 Transition acceptance requires that: (a) the knowledge base holds at least 250 approved articles covering the Customer's systems; (b) routing to the Customer's infrastructure team has been tested for each incident category; (c) a shadow operation of 14 days has met the service levels in Schedule 3; and (d) the Customer's staff have signed off the runbooks. 4.3 The Customer shall confirm transition acceptance in writing within 5 working days after these criteria are met; handling live tickets before that confirmation is not acceptance. 4.4 If the Provider fails to achieve transition acceptance within the period in clause 4.1 for reasons attributable to it, the Provider shall pay CNY 800 for each day of delay.

## 5. Charges and Payment

5.1 At the Customer's request the Charges are stated and paid in CNY. **Schedule 2 - Charges**

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | one-time | 48,000 |
| Monthly service charge | 24 months x CNY 42,000 | 1,008,000 |
| Total contract value | | 1,056,000 |

5.2 The transition fee is invoiced after transition acceptance. The monthly service charge is invoiced monthly in arrears. Invoices are payable within 30 days. No advance payment is due. 5.3 Volumes above 2,600 tickets in a month are charged at CNY 18 per ticket, which is not part of the total contract value. 5.4 The Charges are fixed for the term.

## 6. Service Levels

6.1 The Provider shall meet the service levels in Schedule 3, measured monthly from the ticketing system. 6.2 If a service level is missed, the Customer receives the service credit shown in Schedule 3, deducted from the next invoice. Service credits in a month shall not exceed 20% of that month's service charge.

**Schedule 3 - Service Levels and Credits**

| Priority | Definition | Response time | Resolution / workaround | Credit if missed |
|---|---|---|---|---|
| P1 - critical | A factory, an office or more than 50 users cannot work | 15 minutes | 2 hours | 5% of the monthly charge per incident |
| P2 - high | A group of users or a key user cannot work | 30 minutes | 8 hours | 2% of the monthly charge per incident |
| P3 - normal | A single user is affected, a workaround exists | 2 hours | 2 business days | 1% of the monthly charge if fewer than 90% are met |
| Calls | Calls answered within 30 seconds | 85% each month | - | 2% of the monthly charge |

## 7. Customer Data and Security

7.1 Customer Data belongs to the Customer. The Provider shall use it only to provide the Services and shall not copy, keep or use it for any other purpose. 7.2 The Provider shall access the Customer's systems only through the Customer's privileged access gateway with multi-factor authentication, using named accounts. All sessions are recorded. 7.3 The Provider shall maintain ISO 27001 certification for its service desk, screen its agents before they are given access, and apply the Customer's security policies. 7.4 The Provider shall not transfer Customer Data from the Customer's systems to its own systems except ticket records, which shall be stored in the Customer's ticketing system hosted in China. 7.5 The Provider shall notify the Customer of any security incident affecting Customer Data within 12 hours, cooperate in the investigation and remediation, and bear the losses caused by its breach of this clause.

## 8. Intellectual Property

8.1 Knowledge base articles, scripts, runbooks and reports created for the Customer belong to the Customer, which may use, modify and pass them to a successor provider freely. 8.2 The Provider's own tools remain the Provider's.

## 9. Personnel and Subcontracting

9.1 The Provider shall name a service delivery manager for the Customer. 9.2 The Provider shall not subcontract any part of the Services, including on-site work, without the Customer's prior written consent. Approved subcontractors are listed in writing and the Provider remains responsible for them.

## 10. Liability

10.1 The Provider's total liability arising out of or in connection with this Agreement in any claim or series of claims shall not exceed the Charges paid by the Customer in the 6 months preceding the event giving rise to the claim. 10.2 Neither party is liable for indirect loss or loss of profit.

## 11. Termination

11.1 The Customer may terminate this Agreement by written notice if the Provider commits a material breach and does not remedy it within 20 days after notice, or if the P1 service level is missed in three consecutive months. 11.2 The Provider may terminate this Agreement by written notice if undisputed Charges remain unpaid for more than 60 days after a written reminder. 11.3 On expiry or termination the Provider shall give exit assistance for up to 45 days at the same rates and hand over all knowledge base content.

## 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China. 12.2 Any dispute shall be submitted to the Ningbo Arbitration Commission for arbitration in Ningbo.

## 13. General

13.1 Notices shall be in writing and in English and sent to the addresses above or to the email addresses named by each party. 13.2 Neither party is liable for a delay caused by force majeure, provided that it informs the other party promptly and uses reasonable efforts to resume performance; the Provider shall maintain a business continuity plan for its Chattogram service desk, including a secondary site, and test it twice a year. 13.3 Amendments must be signed by both parties. 13.4 This Agreement with its Schedules is the entire agreement between the parties on its subject.

**For the Provider:** ____________________ **For the Customer:** ____________________
"""

H475E05 = """DATA API SUBSCRIPTION AGREEMENT

Agreement No. PDL-CD-2026-021

THE PARTIES

Pokhara Data Labs Pvt. Ltd., a company registered in Nepal, with its office at Lakeside Road 6, Pokhara, Gandaki Province, Nepal ("Provider"); and

Chengdu Yuelai Outdoor Travel Service Co., Ltd., a company registered in the People's Republic of China, with its office at 19 Renmin South Road, Wuhou District, Chengdu ("Customer").

BACKGROUND

The Customer organises trekking and mountain travel in Nepal and western China for Chinese travellers. The Provider collects and publishes mountain weather forecasts, trail conditions, lodge availability and road status data for the Himalaya region and makes them available through an application programming interface ("API"). The Customer wishes to show this data in its booking mini program and in its guides' mobile app and has agreed to subscribe on the terms below.

1. DEFINITIONS

1.1 "API" means the Provider's Mountain Conditions API, version 3, and its documentation. 1.2 "Provider Data" means the weather, trail, lodge and road data delivered through the API. 1.3 "Customer Data" means any data the Customer sends to the API, including trip identifiers, itineraries, query logs and traveller counts. 1.4 "Start Date" means 1 May 2026. 1.5 "Subscription Year" means the period from 1 May 2026 to 30 April 2027 and the period from 1 May 2027 to 30 April 2028. 1.6 "Integration Package" means the one-time integration support described in clause 3.

2. SUBSCRIPTION

2.1 The Provider grants the Customer, for the two Subscription Years, a non-exclusive right to call the API and to display Provider Data to its customers and guides in its own channels. 2.2 The subscription includes up to 2,000,000 API calls per Subscription Year, all current endpoints (forecasts, trail status, lodge availability, road status, alerts) and the Chinese-language field labels. 2.3 The Customer shall not resell Provider Data as a data feed or make it available to other travel companies. 2.4 The Customer shall display the Provider's name as the source of the data where Provider Data is shown to travellers. 2.5 The Provider may add new endpoints and fields to the API. It shall give the Customer at least 60 days' notice before it removes an endpoint or changes a response format, and shall keep the previous version of the API running during that period so that the Customer can adapt its integration.

3. INTEGRATION PACKAGE

3.1 The Provider shall provide a sandbox account, a Chinese-language integration guide, a custom mapping of the Provider's trail and lodge codes to the Customer's itinerary codes, and up to 60 hours of remote engineering support. 3.2 Integration acceptance: the Customer's test suite of 300 sample calls returns correct, complete responses for all listed routes; the code mapping covers all 46 routes in the Customer's catalogue; and alerts reach the Customer's test endpoint. The Customer shall confirm acceptance in writing within 7 working days after the tests pass. Use of the API in production before that confirmation is not acceptance. If a test fails, the Provider shall correct the problem at its own cost and the test shall be repeated. 3.3 The Provider shall assign a named integration engineer who answers the Customer's developers in Chinese or English and joins a weekly call until integration acceptance.

4. FEES AND PAYMENT

4.1 At the Customer's request all fees are in CNY. The subscription fee is CNY 96,000 per Subscription Year, CNY 192,000 for both Subscription Years. The Integration Package costs CNY 14,000, one-time. The total contract value is CNY 206,000. 4.2 Calls above the annual allowance are charged at CNY 6 per 1,000 calls, billed quarterly; these charges are not part of the total contract value. 4.3 The subscription fee is invoiced quarterly in arrears (CNY 24,000 per quarter). The Integration Package is invoiced after integration acceptance. Invoices are payable within 30 days. No payment is due in advance. 4.4 Fees are fixed for both Subscription Years.

5. SERVICE AND SUPPORT

5.1 The Provider will use commercially reasonable efforts to keep the API available and to update forecasts several times a day. 5.2 Support is provided by email in English and Chinese on Nepal business days. The Provider will endeavour to reply to support requests promptly. 5.3 The Provider may carry out maintenance at any time and will try to announce it in advance on its status page. 5.4 The Provider publishes a status page showing current incidents and planned maintenance, and the Customer may subscribe to email notifications from it. 5.5 Provider Data is collected from weather models, lodge operators and field reporters. The Provider takes care in compiling it but does not guarantee that it is complete or accurate at every moment, and the Customer remains responsible for the safety decisions it takes on its trips.

6. CUSTOMER DATA AND DATA SECURITY

6.1 Customer Data belongs to the Customer. The Provider shall process it only to provide the API to the Customer and shall not sell, share or use it for any other purpose, including for its own analytics or for other customers. 6.2 The API shall not receive traveller names, passport numbers or other personal information; the Customer shall send only trip identifiers and itineraries. 6.3 The Provider shall protect Customer Data with encryption in transit and at rest, role-based access, logging and regular security testing, and shall delete query logs after 90 days. 6.4 The Provider shall notify the Customer within 24 hours after becoming aware of any unauthorised access to Customer Data, take remedial measures and be liable for the losses caused by its breach of this clause. 6.5 The Provider shall keep a record of all processing of Customer Data and make it available to the Customer on request. The Customer may, once per Subscription Year and with 15 days' notice, ask the Provider to answer a written security questionnaire and to show evidence of the measures described in this clause.

7. CONFIDENTIALITY

7.1 Each party shall keep confidential the non-public information received from the other party, including prices, itineraries, customer volumes and technical documentation, and shall use it only for this Agreement. 7.2 This obligation continues for three years after the Agreement ends.

8. INTELLECTUAL PROPERTY

8.1 Provider Data and the API remain the property of the Provider and its sources. 8.2 The code mapping prepared for the Customer under clause 3, and all code written by or for the Customer to call the API, belong to the Customer, which may use, modify and license them freely.

9. SUBCONTRACTING

9.1 The Provider shall not subcontract the performance of this Agreement, other than the use of its hosting provider named in the documentation, without the Customer's prior written consent.

10. TERM, RENEWAL AND TERMINATION

10.1 This Agreement starts on signature and ends on 30 April 2028. It does not renew automatically; any extension requires a written amendment signed by both parties. 10.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after notice. 10.3 If the Customer terminates for the Provider's breach, the Provider shall refund fees paid for any period after termination. 10.4 On expiry or termination the Customer's right to call the API ends, and the Provider shall delete the Customer Data within 30 days.

11. LIABILITY

11.1 Neither party is liable for indirect or consequential loss. 11.2 Nothing in this Agreement limits liability for fraud or wilful misconduct.

12. LATE PAYMENT

12.1 If the Customer does not pay an undisputed invoice when due, the Provider may, after 15 days' written notice, suspend access to the API until payment is made. 12.2 If the Customer disputes an invoice in good faith, it shall notify the Provider in writing with reasons within 15 days after receipt and pay the undisputed part. The parties shall try to settle the dispute within 30 days.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China. 13.2 Any dispute arising out of this Agreement shall be submitted to the Chengdu Arbitration Commission for arbitration in Chengdu. The award is final.

14. GENERAL

14.1 Notices shall be sent by email to the addresses named by each party and confirmed in writing. 14.2 Neither party may assign this Agreement without the other party's written consent. 14.3 Neither party is liable for a failure to perform caused by events beyond its reasonable control, such as natural disasters, earthquakes, landslides, floods, epidemics or government action, provided that it informs the other party promptly and resumes performance as soon as possible. 14.4 This Agreement is the entire agreement between the parties on its subject and may be amended only in writing.

SIGNATURES

For Pokhara Data Labs Pvt. Ltd.: ____________________ Name / Title / Date

For Chengdu Yuelai Outdoor Travel Service Co., Ltd.: ____________________ Name / Title / Date
"""

# ---------------------------------------------------------------------------------------------------------------
FILES = {  # key: (file name, format, language)
    "z01": ("h475z01_marriage_registry_platform_licence_development.pdf", "pdf", "zh"),
    "z02": ("h475z02_film_blowing_line_control_retrofit.docx", "docx", "zh"),
    "z03": ("h475z03_pet_boarding_chain_booking_saas.txt", "txt", "zh"),
    "z04": ("h475z04_special_equipment_supervision_system_om.txt", "txt", "zh"),
    "z05": ("h475z05_dried_fruit_traceability_supplier_template.md", "md", "zh"),
    "e01": ("h475e01_japan_aps_software_licence_services.pdf", "pdf", "en"),
    "e02": ("h475e02_korea_maintenance_saas_order_form.md", "md", "en"),
    "e03": ("h475e03_india_kiln_sensors_buyer_paper.docx", "docx", "en"),
    "e04": ("h475e04_bangladesh_managed_service_desk.md", "md", "en"),
    "e05": ("h475e05_nepal_mountain_data_api_subscription.txt", "txt", "en"),
}
SRC = {"z01": H475Z01, "z02": H475Z02, "z03": H475Z03, "z04": H475Z04, "z05": H475Z05,
       "e01": H475E01, "e02": H475E02, "e03": H475E03, "e04": H475E04, "e05": H475E05}

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"
# values in KEYS order; extra: sla_clause, ld_stated, capped (goods only), deemed, value; fee base (goods, for TCO)
LABELS = {
    "z01": ("software", [99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 8, False, True,
                         False, "PRC", G], (True, True, True, False, 1420000), 820000),
    "z02": ("hardware", [None, 1, True, "buyer", True, True, True, 0.06, None, 20, True, True, 24, 7, False, False,
                         True, "PRC", G], (True, True, True, False, 1266000), 1122000),
    "z03": ("cloud", [99.5, 0.5, True, "buyer", True, True, True, 0.08, 150, None, True, None, None, None, True, True,
                      False, "PRC", S], (True, True, None, False, 547600), None),
    "z04": ("services", [99.95, 6, True, "buyer", True, True, True, 0.02, None, None, True, None, None, None, False,
                         True, False, "PRC", S], (True, True, None, False, 642000), None),
    "z05": ("software", [None, 8, False, "supplier", True, False, True, 0.02, 20, 50, False, False, 6, 25, False, True,
                         None, None, G], (True, True, True, True, 960000), 720000),
    "e01": ("software", [None, 1, True, "buyer", True, True, True, 0.08, 150, 10, True, True, 18, 11, False, True,
                         False, "Japan", G], (True, True, True, False, 1010000), 750000),
    "e02": ("cloud", [99.95, 0.5, True, "buyer", False, True, True, 300 / 360000 * 100, 150, None, True, None, None,
                      None, False, True, True, "PRC", S], (True, True, None, False, 360000), None),
    "e03": ("hardware", [None, 1, True, "buyer", True, True, True, 0.1, 200, None, True, True, 36, 6, False, True,
                         False, "PRC", G], (True, True, True, False, 780000), 699200),
    "e04": ("services", [None, 0.25, True, "buyer", True, True, False, 800 / 1056000 * 100, 6 / 24 * 100, None, True,
                         None, None, None, False, True, False, "PRC", S], (True, True, None, False, 1056000), None),
    "e05": ("cloud", [None, None, False, "buyer", True, True, True, None, None, None, True, None, None, None, False,
                      True, False, "PRC", S], (False, False, None, False, 206000), None),
}
DESIGN = {  # the rules I designed each draft to trigger
    "z01": [], "z02": ["CR-SUBCONTRACT", "CR-TERMINATION"], "z03": ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"],
    "z04": ["CR-LD-LOW", "CR-SLA-RESPONSE"],
    "z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
            "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE",
            "CR-WARRANTY"],
    "e01": ["CR-GOVERNING-LAW"], "e02": ["CR-DATA-SECURITY", "CR-SUBCONTRACT"], "e03": [],
    "e04": ["CR-CONFIDENTIALITY", "CR-LIABILITY-CAP"], "e05": ["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco(t, x, fee_base):
    """policy section 4: horizon 5 years from acceptance; post-warranty years pro rata; value = purchase + impl."""
    years_after = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years_after * t["post_warranty_fee_pct"] / 100 * fee_base
    return x["contract_value"] + fees, fees / (x["contract_value"] + fees) * 100


def rules_from_labels(t, x, fee_base):
    """My own reading of policy.md section 3 (not project code)."""
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
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] is None or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        if x["post_warranty_fee_capped"] and t["post_warranty_fee_pct"] is not None and tco(t, x, fee_base)[1] > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC"):  # every forum in this set is in mainland China except e01's Tokyo
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(x in HIGH for x in rules):
        return "high"
    if any(x not in LOW for x in rules):
        return "medium"
    return "low"


def label(key):
    cat, vals, ext, fee_base = LABELS[key]
    name, _, lang = FILES[key]
    t = dict(zip(KEYS, vals))
    x = {"sla_clause": ext[0], "ld_stated": ext[1]}
    if t["contract_kind"] == G:
        x["post_warranty_fee_capped"] = ext[2]
    x["acceptance_deemed_on_delivery"] = ext[3]
    x["contract_value"] = ext[4]
    rules = rules_from_labels(t, x, fee_base)
    return {"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": x,
            "expected_rules": rules}


# ---------------------------------------------------------------------------------------------------------------
# threshold figures that must appear nowhere (digits, Chinese numerals, words)
THRESH = [
    r"99\s*[.．]\s*90*(?![\d])\s*[%％]", r"九十九点九(?!\d|[一二三四五六七八九零〇])",
    r"(?<![\d.])0*\s*[.．]\s*050*(?!\d)\s*[%％]", r"万分之五(?!十|点|[一二三四五六七八九])", r"千分之零点五",
    r"(?<![\d.])0*\.5\s*‰",
    r"(?<![\d.])100\s*[%％]", r"百分之百", r"百分之一百", r"one hundred per\s*cent", r"hundred percent",
    r"(?<![\d.])30\s*[%％]", r"百分之三十(?![一二三四五六七八九])", r"三成", r"thirty per\s*cent",
    r"(?<![\d.])40\s*[%％]", r"百分之四十(?![一二三四五六七八九])", r"四成", r"forty per\s*cent",
    r"(?<![\d.])15\s*[%％]", r"百分之十五", r"fifteen per\s*cent",
    r"(?<![\d.])4\s*-?\s*(?:hours?|hrs?\b|h\b|小时|个小时)", r"(?<![十\d])四\s*个?\s*小时", r"\bfour[\s-]*hours?",
    r"(?<![\d.])240\s*(?:分钟|minutes?|mins?)",
    r"(?<![\d.])12\s*-?\s*(?:months?|个月)", r"十二\s*个月", r"twelve[\s-]*months?", r"(?<![\d〇零一二三四五六七八九十])一\s*年",
    r"\bone[\s-]*year", r"(?<![\d.])1\s*-?\s*years?\b",
    r"(?<![\d.])5\s*-?\s*(?:years?|年)(?!度)", r"(?<![〇零一二三四五六七八九十\d])五\s*年", r"\bfive[\s-]*years?",
    r"(?<![\d.])60\s*-?\s*months?", r"(?<![\d.])60\s*个月", r"六十\s*个月",
]
THRESH_RE = [re.compile(p, re.I) for p in THRESH]
MUST_HIT = ["99.9%", "99.9 %", "0.05%", "万分之五", "100%", "百分之百", "30%", "百分之三十", "三成", "40%", "四成", "15%",
            "4小时", "四小时", "4 hours", "four hours", "240分钟", "12个月", "十二个月", "twelve months", "12 months",
            "一年", "one year", "5年", "五年", "five years", "60 months", "4-hour", "12-month", "5 years"]
MUST_MISS = ["24小时", "99.95%", "115%", "0.15%", "150%", "2025年", "万分之五十", "服务年度", "Subscription Year",
             "二十四小时", "14 hours", "2026年12月31日", "140%", "130%", "0.055%", "1.5%", "2015年", "二〇二五年",
             "24 hours", "45%", "第一条", "五年级"[0:0] + "五个工作日"]


def hits(text):
    return [m.group(0) for rx in THRESH_RE for m in rx.finditer(text)]


def self_test():
    for s in MUST_HIT:
        assert hits(s), "must hit: " + s
    for s in MUST_MISS:
        assert not hits(s), "must miss: %s -> %s" % (s, hits(s))


def scan(text):
    """raw, whitespace-collapsed and whitespace-free"""
    out = set(hits(text)) | set(hits(re.sub(r"\s+", " ", text))) | set(hits(re.sub(r"\s+", "", text)))
    return sorted(out)


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        lines = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                lines.append("\t".join(c.text for c in row.cells))
        return "\n".join(lines)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def measure(text, lang):
    if lang == "zh":
        return len(text), len(re.sub(r"\s", "", text))
    return len(text.split()), None


if __name__ == "__main__":
    sys.dont_write_bytecode = True
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    self_test()
    sources = {k: SRC[k] for k in FILES if FILES[k][1] in ("docx", "pdf")}
    targets = {k: (FILES[k][0], FILES[k][1]) for k in sources}
    write(sources, targets, OUT, wrap_words=True)
    for k, (name, fmt, lang) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(SRC[k], encoding="utf-8")
    problems = []
    covered = set()
    for k, (name, fmt, lang) in FILES.items():
        lab = label(k)
        covered |= set(lab["expected_rules"])
        if lab["expected_rules"] != sorted(DESIGN[k]):
            problems.append("%s rules %s != design %s" % (k, lab["expected_rules"], sorted(DESIGN[k])))
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1),
                                                        encoding="utf-8")
        text = read_back(OUT / name)
        n, n2 = measure(text, lang)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        ok = lo <= n <= hi  # all characters as read back (n2, without whitespace, is reported only)
        if not ok:
            problems.append("%s length %s %s" % (k, n, n2))
        h = scan(text) + scan(SRC[k])
        if h:
            problems.append("%s threshold text %s" % (k, h))
        x = lab["expected_extra"]
        t = lab["expected_terms"]
        extra = ""
        if t["contract_kind"] == G:
            total, share = tco(t, x, LABELS[k][3])
            extra = " TCO %.0f share %.2f%%" % (total, share)
            if abs(share - 40) <= 2:
                problems.append("%s TCO share near 40" % k)
        print("%s %-58s %s %s %s %s%s" % (k, name, lang, n, n2 if n2 is not None else "", risk(lab["expected_rules"]),
                                           extra), lab["expected_rules"])
    thresholds = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05,
                  "liability_cap_pct": 100, "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
    for k in FILES:
        t = label(k)["expected_terms"]
        for f, v in thresholds.items():
            if t[f] is not None and abs(t[f] - v) < 1e-9:
                problems.append("%s %s on threshold" % (k, f))
    missing = set(ALL_RULES) - covered
    if missing:
        problems.append("rules not covered: %s" % sorted(missing))
    for p in problems:
        print("PROBLEM", p)
    assert not problems
    print("all checks passed; all 20 rules covered")
