"""holdout523: builds ten ordinary draft contracts (5 zh, 5 en), their labels, and checks lengths, thresholds and
rule coverage. Run: /work/main/.venv/bin/python -B make_files.py (in this folder)."""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
SRC = {}

SRC["z01"] = """T:清州市基层卫生信息平台建设项目合同
P:合同编号：QZWJ-ZFCG-2025-017　　采购方式：公开招标（政府采购）
P:甲方（采购人）：清州市卫生健康委员会　　地址：清州市政务服务中心B座6楼
P:乙方（供应商）：杭州康联数字健康科技有限公司　　地址：杭州市滨江区江南大道3588号
P:根据《中华人民共和国民法典》《中华人民共和国政府采购法》及本项目招标文件（项目编号QZCG-2025-0316）、乙方投标文件和中标通知书，甲乙双方就清州市基层卫生信息平台建设项目达成如下协议，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供基层卫生信息平台软件（含基本公共卫生、家庭医生签约、基本医疗、健康档案四个子系统）的永久使用许可，覆盖全市12个乡镇卫生院、3个社区卫生服务中心及186个村卫生室。
P:1.2 乙方按甲方需求完成定制开发：慢病随访移动端、与市全民健康信息平台及医保结算系统的接口、基层绩效考核统计报表，具体以附件1《需求规格说明书》为准。
P:1.3 乙方负责平台部署实施、数据初始化、历史健康档案迁移及各级用户培训。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰伍拾陆万元整（¥1,560,000.00），为固定总价，已包含税费、部署、培训及质保期内全部服务费用。明细如下：
TB:序号|项目|金额（元）
TB:1|基层卫生信息平台软件许可（永久）|860,000
TB:2|定制开发（移动随访、接口、统计报表）|540,000
TB:3|部署实施及数据迁移|126,000
TB:4|培训|34,000
TB:合计||1,560,000
H:第三条 付款方式
P:3.1 合同签订且甲方收到乙方等额合规发票后15个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 系统上线并通过初步验收后，甲方支付合同总价的45%。
P:3.3 系统试运行满三个月并通过最终验收后，甲方支付合同总价的35%。
P:3.4 甲方按财政资金支付程序付款，因财政审批造成的合理延迟不视为甲方违约。
H:第四条 实施进度
P:4.1 乙方应在合同签订后90日内完成部署和定制开发并申请初步验收，初步验收合格后试运行三个月，再申请最终验收。
P:4.2 乙方应配备不少于6名实施人员驻场，项目经理未经甲方同意不得更换。乙方每周提交项目周报，重大问题及时报告。
P:4.3 乙方应在部署前提交实施方案、数据迁移方案和应急回退方案，经甲方审核同意后实施。
H:第五条 验收
P:5.1 初步验收标准：（1）附件1所列功能全部实现并通过甲方测试；（2）与市全民健康信息平台、医保结算系统的接口连续10日数据交换无差错；（3）500个并发用户下常用页面响应时间不超过2秒；（4）历史健康档案迁移核对一致，抽检差错率不高于万分之一；（5）第三方测评机构出具网络安全等级保护三级测评合格报告。
P:5.2 试运行期内未发生一级故障的，乙方可申请最终验收，甲方组织专家按上述标准复核并出具验收报告。
P:5.3 系统上线、甲方使用或支付部分款项均不视为验收合格。验收不合格的，乙方应在15日内整改并重新申请验收，费用由乙方承担。
H:第六条 质量保证
P:6.1 质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、技术支持和必要的现场服务。
P:6.2 质保期满后，甲方如需继续购买运维服务，年度运维费不超过软件许可费的8%（即不超过人民币68,800元），且其后三个服务年度内不上调。
H:第七条 服务水平
P:7.1 平台月度可用率不低于99.95%（计划内维护除外，计划维护应提前3个工作日通知甲方并安排在夜间进行）。
P:7.2 故障分级响应：一级故障（平台整体不可用或数据错误影响诊疗）30分钟内响应，2小时内到达现场，6小时内恢复；二级故障2小时内响应，24小时内解决；三级故障1个工作日内响应。
P:7.3 一级故障每超出响应或恢复时限1小时，乙方向甲方支付违约金人民币1,000元；月度可用率每低于承诺值0.01个百分点，支付人民币2,000元，甲方可从应付款中直接扣除。
H:第八条 数据安全
P:8.1 平台中的居民健康档案、诊疗记录及其他业务数据均属于甲方所有，乙方仅为履行本合同处理该等数据，不得用于其他任何目的，不得留存、复制或向第三方提供。
P:8.2 乙方应落实等级保护三级要求，对敏感个人信息加密存储和传输；远程运维须经甲方审批并通过堡垒机进行，操作日志保存不少于六个月。
P:8.3 发生数据泄露、篡改或丢失等安全事件的，乙方应在1小时内报告甲方并立即采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任及由此产生的行政处罚等损失。
H:第九条 保密
P:9.1 乙方对在履行合同中知悉的甲方工作秘密、网络结构、账号口令等非公开信息负有保密义务，未经甲方书面同意不得向第三方披露。本条义务在合同终止后继续有效。
H:第十条 知识产权
P:10.1 平台软件产品的知识产权仍属乙方，乙方授予甲方永久、不可撤销的使用许可。
P:10.2 本项目定制开发的程序、接口、报表及其源代码和技术文档的知识产权归甲方所有。乙方应在最终验收时交付源代码，甲方可自行或委托第三方修改、使用。
P:10.3 乙方保证所提供的软件不侵犯第三方知识产权，否则由乙方承担全部责任。
H:第十一条 违约责任
P:11.1 乙方逾期完成部署或验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金；逾期超过30日的，甲方有权解除合同。
P:11.2 甲方无正当理由逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
P:11.3 乙方交付的系统不符合合同约定的，应负责修复或更换，并赔偿甲方因此遭受的损失。
P:11.4 乙方应在合同签订前向甲方提交合同总价5%的履约保证金，最终验收合格后无息退还。
H:第十二条 分包
P:12.1 本项目不得分包，乙方不得将合同义务全部或部分转让给第三方。
H:第十三条 合同解除
P:13.1 乙方严重违反合同约定，经甲方书面通知后15日内仍未纠正的，甲方有权书面通知解除合同，并要求乙方赔偿损失。
P:13.2 合同解除后，乙方应在10日内移交已完成的成果和全部甲方数据，并删除其持有的数据副本。
H:第十四条 适用法律与争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:15.1 本合同自双方签字盖章之日起生效，一式六份，甲方四份，乙方两份。
P:15.2 招标文件、投标文件、中标通知书及附件均为本合同组成部分，与本合同具有同等效力。
P:甲方（盖章）：清州市卫生健康委员会　　乙方（盖章）：杭州康联数字健康科技有限公司
P:法定代表人或授权代表：　　　　　　　　法定代表人或授权代表：
P:签订日期：2025年　月　日　　　　　　　签订日期：2025年　月　日
"""

SRC["z02"] = """T:挤塑机生产线控制系统改造及维保合同
P:合同编号：HD-CG-2025-0621
P:甲方：江苏恒电线缆股份有限公司（住所：宜兴市官林镇电缆工业园8号）
P:乙方：无锡启控自动化工程有限公司（住所：无锡市新吴区长江路21号）
P:甲方四条挤塑机生产线（90型两条、120型两条）原控制系统老化，故障频繁。经询价比选，甲方确定由乙方承担控制系统改造及质保期内维保服务。双方经协商订立本合同。
H:一、改造范围
P:（一）拆除四条生产线原有继电器控制柜，更换为PLC控制柜，改造主机及牵引的伺服、变频驱动。
P:（二）每条生产线加装在线测径测偏仪，实现外径、偏心度闭环控制与超差报警。
P:（三）部署HMI人机界面及车间SCADA监控软件，实现工艺配方管理、生产数据采集、报表与质量追溯，并与甲方MES系统对接。
P:（四）完成安装、接线、调试，并对甲方操作及维修人员进行培训。
H:二、合同价款
P:（一）合同总价为人民币1,048,000元（含13%增值税），明细如下：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含CPU、I/O模块、柜体）|4套|96,000|384,000
TB:2|主机伺服及牵引变频驱动|4套|58,500|234,000
TB:3|在线测径测偏仪|4台|42,000|168,000
TB:4|HMI及SCADA监控软件许可|1套|156,000|156,000
TB:|软硬件小计|||942,000
TB:5|安装调试及MES接口|1项|88,000|88,000
TB:6|培训|1项|18,000|18,000
TB:|合计|||1,048,000
P:（二）除本合同另有约定外，合同总价不因原材料、人工价格变化而调整。
H:三、付款方式
P:（一）合同签订后10个工作日内，甲方支付合同总价的20%作为预付款。
P:（二）四条生产线安装调试完成、甲方签署调试完成单后10个工作日内，甲方支付合同总价的70%。
P:（三）余款10%作为质保金，质保期满且无未决质量问题后10个工作日内支付。
H:四、交付与工期
P:（一）乙方应在合同生效后45日内完成设备到货，每条生产线停机改造时间不超过6日，全部改造在合同生效后75日内完成。
P:（二）改造须利用甲方安排的停产窗口进行，乙方应提前7日提交施工方案，经甲方生产部门确认后实施。施工期间乙方应遵守甲方安全生产管理制度。
H:五、验收
P:（一）每条生产线安装调试完毕、设备通电试运行正常后，即视为该生产线验收合格，甲方应签署调试完成单。
P:（二）甲方在调试完成后使用改造后的生产线进行生产的，视为对改造结果的认可。
H:六、质量保证与维保
P:（一）质保期为二十四个月，自调试完成单签署之日起计算。质保期内乙方免费更换损坏部件，免费提供软件修复和升级。
P:（二）质保期内乙方每季度上门巡检一次，检查控制柜、驱动器及测径仪，校准测量精度，并出具巡检报告。乙方应在甲方厂区存放PLC模块、驱动器各一套作为应急备件，质保期内备件消耗由乙方及时补足。
P:（三）质保期满后，甲方可选择续签年度维保，年度维保费不超过软硬件小计的7%（即不超过人民币65,940元），三个服务年度内不上调。
H:七、故障响应
P:（一）一级故障（生产线停机）：乙方1小时内电话响应，6小时内到达现场，12小时内恢复生产。
P:（二）二级故障（部分功能异常但不停机）：2小时内响应，24小时内到场处理。
P:（三）乙方超过一级故障响应、到场或恢复时限的，每超过1小时向甲方支付违约金人民币500元，甲方可从质保金中扣除。
H:八、数据与信息安全
P:（四）乙方应建立故障报修热线和值班制度，每次故障处理完毕后24小时内向甲方提交故障处理报告，说明故障原因、处理过程、更换部件及预防措施，由甲方设备部门签字确认。同类故障在质保期内重复发生三次以上的，乙方应免费更换相关部件或调整方案。
H:八、数据与信息安全
P:（一）工艺配方、生产数据及质量数据均属甲方所有，乙方仅可为调试和维保目的使用，不得复制、带离或向第三方提供。
P:（二）SCADA系统应部署在甲方生产网内，与办公网隔离；乙方远程维护须经甲方逐次审批，并在甲方监控下进行。
P:（三）因乙方原因导致甲方数据泄露、丢失或被篡改的，乙方应在2小时内通知甲方并采取补救措施，赔偿甲方全部损失。
H:九、保密
P:乙方对甲方的工艺参数、配方、产能及经营信息负有保密义务，未经甲方书面同意不得披露。本条义务在合同终止后三年内仍然有效。
H:十、知识产权
P:（一）为本项目编写的PLC程序、HMI画面、SCADA组态工程及与MES对接的接口程序，知识产权归甲方所有。乙方应在调试完成时提交源程序及注释文档，甲方可自行修改使用。
P:（二）HMI及SCADA软件产品的知识产权归其权利人所有，甲方获得永久使用许可。
P:（三）乙方提交的源程序应能在甲方现有编程软件中正常打开和编译，乙方应对甲方指定的两名工程师进行程序结构讲解，使其能够独立完成常规修改和参数调整。
H:十一、分包
P:乙方可将控制柜安装接线等现场施工工作分包给其合作的电气安装单位，分包前书面通知甲方即可。乙方对分包单位的工作质量和安全负责。
H:十二、违约责任
P:（一）乙方逾期完成改造的，每逾期一日，按合同总价的万分之八支付违约金，违约金总额不超过合同总价的10%。
P:（二）甲方逾期付款的，每逾期一日，按逾期金额的万分之三支付违约金。
P:（三）乙方在本合同项下的累计赔偿责任以合同总价的150%为限，但故意或重大过失以及违反第八条、第九条的情形除外。
H:十三、合同解除
P:乙方严重违约，经甲方书面催告后10日内仍未纠正的，甲方有权解除合同，乙方应退还已收款项中未履行部分并赔偿损失。
H:十四、培训与技术资料
P:（一）乙方应在调试完成前分两批对甲方操作工、电工及设备管理人员进行培训，内容包括PLC及驱动器的日常操作、参数设置、故障诊断和备件更换，培训不少于5个工作日，并对受训人员进行考核。
P:（二）乙方应向甲方移交电气原理图、接线图、控制柜布置图、设备说明书、参数清单、SCADA操作手册及维护手册各两套，并提供电子版。
H:十五、安全生产
P:（一）乙方施工人员进入甲方厂区应接受安全教育，持证上岗，遵守动火、登高、停送电等作业审批制度。
P:（二）因乙方违章作业造成人身伤害或设备损坏的，由乙方承担责任。
H:十六、不可抗力
P:因地震、洪水、疫情等不可抗力导致不能按期履行的，受影响一方应在3日内通知对方，并在15日内提供证明，双方协商延期履行。不可抗力持续超过60日的，任何一方可书面通知解除合同，已完成部分按实际工作量结算。
H:十七、争议解决
P:因本合同发生的争议，双方协商解决；协商不成的，提交无锡仲裁委员会仲裁。
H:十八、其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：江苏恒电线缆股份有限公司　　乙方（盖章）：无锡启控自动化工程有限公司
P:代表签字：　　　　　　　　　　　　　　　　代表签字：
P:日期：2025年　月　日
"""

SRC["z03"] = """连锁水果门店订货及配送管理SaaS服务合同

合同编号：XGYP-IT-2025-033
甲方：广州鲜果优品连锁商业有限公司（住所：广州市白云区鹤龙一路288号）
乙方：深圳云链通软件服务有限公司（住所：深圳市南山区科技园科苑路15号）

甲方在广东省经营150家水果连锁门店及2个配送中心。为统一门店要货、配送和损耗管理，甲方经比选选定乙方提供SaaS服务及实施服务。双方协商一致，订立本合同。

1. 服务内容
1.1 乙方向甲方150家门店及2个配送中心提供订货及配送管理SaaS服务（以下简称"服务"），功能包括门店要货、总部审批、补货建议、分拣、配送路线、到店签收、损耗登记及经营报表。
1.2 乙方提供实施服务：门店、商品及供应商主数据初始化，与甲方ERP系统及收银系统对接，配送中心手持终端配置，门店店长及配送人员培训，以及上线支持。
1.3 服务的功能清单及接口规格以附件1为准。

2. 服务期限
2.1 实施期自合同签订之日起至2025年8月31日。
2.2 订阅服务期为三个服务年度，自2025年9月1日起至2028年8月31日止。

3. 费用
3.1 本合同费用明细如下：
  项目                      数量        单价（元）                  金额（元）
  订阅费（每店每服务年度）  150店×3     2,280                       1,026,000
  实施费（一次性）          1项         138,000                     138,000
  合同总价                                                          1,164,000
3.2 甲方在服务期内新增门店的，按每店每服务年度2,280元按月折算计费，新增费用另行结算，不计入合同总价。
3.3 上述价格已含增值税及乙方提供服务所需的全部费用。

4. 付款
4.1 订阅费按季度结算。乙方在每个季度结束后10个工作日内开具发票，甲方收到合格发票后15个工作日内支付该季度订阅费。
4.2 实施费在上线验收合格后15个工作日内一次性支付。
4.3 甲方不向乙方预付任何款项。

5. 实施与上线验收
5.1 乙方应在2025年8月31日前完成实施并书面申请上线验收。
5.2 验收标准：（1）150家门店全部开通，且每店至少完成一次完整的要货、配送、签收流程；（2）与ERP系统的订单、入库、结算数据连续7日核对一致；（3）早高峰（6:00—8:00）门店要货提交响应时间不超过3秒；（4）配送中心分拣、装车功能正常。
5.3 甲方在验收前试用部分功能的，不视为验收合格。验收不合格的，乙方应在10日内整改后重新申请验收。
5.4 乙方逾期完成上线验收的，每逾期一日，向甲方支付违约金人民币800元。

6. 服务水平
6.1 服务月度可用率不低于99.5%。计划维护应安排在凌晨0:00至5:00之间，并至少提前48小时通知甲方，计划维护时间不计入不可用时间。
6.2 故障响应：一级故障（多数门店无法下单或配送中心无法分拣）30分钟内响应，2小时内恢复；二级故障（部分功能异常）1小时内响应，8小时内解决；三级故障1个工作日内响应。
6.3 服务积分：月可用率低于承诺值的，每低于0.1个百分点，按当月订阅费的5%给予服务积分；一级故障恢复超时的，每次按当月订阅费的2%给予服务积分。服务积分抵扣下期费用。
6.4 乙方每月向甲方提交服务报告，列明可用率、故障及处理情况。

7. 数据安全与数据权属
7.1 甲方上传或在服务中产生的门店、商品、订单、会员及经营数据均属于甲方所有。乙方仅为向甲方提供服务而处理该等数据，不得用于其他目的，不得向任何第三方提供。
7.2 乙方应将数据存储于中国境内，服务系统通过网络安全等级保护三级测评，数据加密传输和存储，按日备份。
7.3 发生数据泄露、丢失或被篡改的，乙方应在24小时内通知甲方并采取补救措施；因乙方原因造成的，乙方赔偿甲方全部损失。
7.4 服务终止后，乙方应按甲方要求导出全部数据，并在甲方确认后彻底删除。

8. 保密
8.1 双方对履行本合同中获知的对方商业秘密，包括采购价格、供应商、门店经营数据及技术资料，负有保密义务，未经对方书面同意不得披露。
8.2 保密义务在本合同终止后三年内继续有效。

9. 续期
9.1 服务期满前60日内任何一方未书面提出不续期的，本合同自动续期一个服务年度，续期次数不限。
9.2 续期时，乙方有权根据市场情况上调订阅单价，上调幅度不超过上一服务年度单价的8%。乙方应在服务期满前60日书面通知甲方调整后的单价。

10. 知识产权
10.1 SaaS平台及其软件的知识产权归乙方所有，甲方在服务期内享有使用权。
10.2 乙方为甲方专门开发的ERP接口程序、定制报表及相关文档的知识产权归甲方所有，乙方应交付源代码，甲方可自行修改和使用。

11. 分包
乙方不得将本合同项下服务分包或转包给第三方，确需分包的，应事先取得甲方书面同意。

12. 违约与解除
12.1 乙方严重违约，或连续两个月可用率低于承诺值，经甲方书面通知后15日内未纠正的，甲方有权解除合同，并要求乙方退还已付未使用期间的费用、赔偿损失。
12.2 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。

12.3 因不可抗力导致服务中断的，乙方应及时通知甲方并尽快恢复，不可抗力期间的不可用时间不计入可用率考核，但甲方无须支付服务中断期间的订阅费。

13. 法律适用与争议解决
13.1 本合同适用中华人民共和国法律。
13.2 争议由双方协商解决；协商不成的，提交广州仲裁委员会仲裁。

13.3 合同履行中的通知以书面形式送达本合同首部所列地址，或发送至双方确认的电子邮箱。

14. 其他
14.1 双方各指定一名项目联系人，负责日常沟通、需求确认及服务报告的签收。一方变更联系人的，应提前5个工作日书面通知对方。乙方每个服务年度应为甲方进行两次业务回顾，分析门店要货准确率、配送准时率和损耗情况，并提出优化建议。
14.2 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。
14.3 附件1《功能清单及接口规格》为本合同组成部分。

甲方（盖章）：广州鲜果优品连锁商业有限公司        乙方（盖章）：深圳云链通软件服务有限公司
授权代表：                                        授权代表：
日期：2025年  月  日                              日期：2025年  月  日
"""

SRC["z04"] = """赣北高速公路收费系统年度运维服务合同

项目编号：GBGS-CS-2025-008（竞争性磋商）
甲方：江西省赣北高速公路管理处（住所：九江市濂溪区长虹大道166号）
乙方：南昌交信智能技术有限公司（住所：南昌市高新区火炬大街699号）

甲方通过竞争性磋商方式采购赣北高速公路收费系统年度运维服务，乙方为成交供应商。依据磋商文件、乙方响应文件及成交通知书，双方订立本合同。

第一条 服务范围
（1）路段内12个收费站、246条收费车道（其中ETC车道118条、混合车道128条）的车道设备运维，包括车道控制机、自动栏杆、车牌识别、ETC天线、费额显示器及称重设备。
（2）收费站及路段分中心收费系统服务器、数据库、网络及安全设备的运维。
（3）备品备件的供应、更换及旧件回收。
（4）7×24小时值守、日常巡检、故障处理，以及春节、国庆等节假日免费通行期间的保障。

第二条 服务期限
服务期自2025年7月1日起至2026年6月30日止。期满本合同终止，不自动续期；甲方如需继续采购，另行组织采购程序。

第三条 服务费用
（1）本合同总价为人民币1,386,000元，为固定总价，明细如下：
  项目                                  数量            单价（元）        金额（元）
  收费车道设备运维                      246条车道        3,800             934,800
  收费站及分中心系统运维                1项              286,000           286,000
  备品备件包干                          1项              165,200           165,200
  合计                                                                     1,386,000
（2）上述费用包含人工、交通、工具、备件及税费，甲方不再另行支付其他费用。

第四条 付款方式
（1）本合同不设预付款。
（2）服务费按季度支付。每季度考核完成后，甲方按考核结果扣减相应款项，在收到乙方发票后20个工作日内支付该季度服务费。

第五条 服务水平
（1）车道系统月度可用率不低于99.95%，路段分中心收费系统月度可用率不低于99.99%。
（2）一级故障（整站收费中断或分中心系统中断）：接报后30分钟内响应，1小时内到达现场，3小时内恢复。
（3）二级故障（单条车道无法收费）：30分钟内响应，2小时内到达现场，6小时内修复。
（4）三级故障（不影响收费的设备故障）：24小时内修复。
（5）考核扣款：一级故障恢复每超时1小时，扣减当季服务费人民币3,000元；二级故障修复每超时1小时，扣减人民币500元；月度可用率每低于承诺值0.01个百分点，扣减人民币1,000元。

第六条 进场、考核与验收
（1）乙方应在2025年7月1日前完成进场，配齐运维人员、备件和工具，并与上一运维单位完成交接。甲方按磋商文件要求对人员资质、备件库存及交接记录进行进场验收。
（2）甲方每季度按附件《运维考核细则》进行考核，考核内容包括故障处理时效、巡检完成率、设备完好率（不低于98%）和文档完整性。
（3）服务期满前，甲方组织年度验收，验收标准为：全年考核均合格、设备资产账实相符、运维文档和配置资料完整移交。验收合格后甲方出具验收报告。

第七条 数据安全
（1）收费系统中的通行记录、车牌图像、交易及清分数据均属甲方所有，乙方仅可在运维必要范围内访问，不得下载、复制、留存或向任何第三方提供。
（2）乙方人员登录收费系统须使用甲方分配的个人账号，通过运维审计系统操作，严禁使用移动存储介质，严禁将收费专网与互联网连接。
（3）发生数据泄露、篡改或系统被入侵等事件的，乙方应在1小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部赔偿责任，并承担由此引起的行政处罚和第三方索赔。

第八条 知识产权
运维期间乙方为甲方编制的巡检记录、运维脚本、配置文档及分析报告，其知识产权归甲方所有，甲方可自由使用和修改。

第九条 人员
（1）乙方应配备不少于26名运维人员，其中项目经理1名、分中心驻点工程师4名，各收费站按片区配备巡检人员。
（2）乙方更换项目经理或驻点工程师的，应提前15日报甲方同意。

（3）乙方运维人员应持有相应的电工、网络或信息系统运维资格，进场前提交名单及资格证明，经甲方审核后方可上岗。甲方发现乙方人员不能胜任工作或违反管理规定的，有权要求乙方在5日内更换。

（4）乙方应建立运维工作日志，如实记录巡检、故障处理和备件更换情况，每月5日前向甲方报送上月运维月报。

第十条 分包
乙方可将部分收费站的车道设备现场维修分包给具有相应能力的单位，但应在分包前书面告知甲方分包单位名称及分包内容，乙方对分包单位的工作承担全部责任。

第十一条 违约责任
（1）乙方未按期完成进场的，每逾期一日，向甲方支付违约金人民币1,200元。
（2）乙方连续两个季度考核不合格的，甲方有权解除合同。
（3）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。

第十二条 安全生产与交通安全
（1）乙方人员在收费广场及车道作业时，应设置警示标志，穿着反光服，严格遵守高速公路养护作业安全规程，未经收费站同意不得占用车道。
（2）乙方应为其运维人员购买意外伤害保险。因乙方人员违规作业造成人身伤亡、车辆损坏或通行费损失的，由乙方承担责任。
（3）遇恶劣天气、重大节假日及突发事件，乙方应按甲方应急预案增派人员驻站保障，相关费用已包含在合同总价中。

第十三条 合同解除
乙方严重违约，经甲方书面通知后10日内仍未改正的，甲方有权解除合同，并要求乙方赔偿损失。合同解除后，乙方应配合甲方完成与新运维单位的交接。

第十四条 法律适用与争议解决
（1）本合同适用中华人民共和国法律。
（2）因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十五条 其他
（1）磋商文件、响应文件、成交通知书及附件《运维考核细则》为本合同组成部分。
（2）本合同一式六份，甲方四份，乙方两份，自双方签字盖章之日起生效。

甲方（盖章）：江西省赣北高速公路管理处          乙方（盖章）：南昌交信智能技术有限公司
代表：                                          代表：
日期：2025年  月  日                            日期：2025年  月  日
"""

SRC["z05"] = """# 冷链仓储管理系统软件许可及定制开发合同

（乙方标准合同文本 LXWMS-2025版）

**甲方**：武汉楚味鲜卤食品有限公司（住所：武汉市东西湖区食品工业园汇通大道9号）

**乙方**：武汉冷讯科技有限公司（住所：武汉市洪山区光谷大道77号）

甲方为鸭脖等卤制品生产企业，拥有冷库两座。甲方拟采购乙方"冷讯WMS冷链仓储管理系统"并委托乙方进行定制开发。经双方协商，订立本合同。

## 第一条 合同标的

1.1 乙方向甲方授予冷讯WMS冷链仓储管理系统软件的永久使用许可，许可范围为甲方两座冷库及一个成品发货区，用户数不限。

1.2 乙方根据甲方需求进行定制开发：冷库温湿度监控与温控追溯、原料及成品批次效期管理、与甲方ERP及称重系统的接口、冷链车辆装车调度。

1.3 乙方负责系统部署、基础数据初始化和培训。

1.4 甲方负责提供系统运行所需的服务器、数据库、网络及冷库现场的温湿度传感器、手持终端等硬件环境，并保证其满足乙方提出的配置要求。因甲方硬件环境不满足要求导致工期延误的，工期相应顺延。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 冷讯WMS冷链仓储管理系统软件许可（永久） | 720,000 |
| 2 | 定制开发（温控追溯、批次效期、接口、装车调度） | 230,000 |
| 3 | 部署实施及培训 | 48,000 |
| | 合计 | 998,000 |

合同总价为人民币玖拾玖万捌仟元整（¥998,000），含增值税。

2.1 上述价款不包括甲方自行采购的服务器、数据库软件、网络设备及第三方系统接口改造费用。

## 第三条 付款方式

3.1 合同签订后5个工作日内，甲方向乙方支付合同总价的50%作为预付款，乙方收到预付款后启动项目。

3.2 系统上线试运行后5个工作日内，甲方支付合同总价的45%。

3.3 系统验收合格后5个工作日内，甲方支付合同总价的5%。

## 第四条 交付与验收

4.1 乙方在收到预付款后100日内完成部署和定制开发，系统上线试运行。

4.2 试运行期为30日。试运行结束后，甲方按以下标准验收：（1）附件所列功能全部实现；（2）入库、出库、移库和盘点单据与ERP数据连续10日一致；（3）冷库温度数据每分钟采集一次，超温报警在1分钟内推送；（4）批次效期预警准确。

4.3 甲方应在乙方提交验收申请后10日内组织验收。验收不合格的，乙方整改后重新验收。

4.4 甲方应在试运行期间安排专人配合测试并及时反馈问题。甲方未在约定期限内组织验收，也未提出书面异议的，乙方可书面催告，甲方应在催告后10日内组织验收。

4.5 乙方向甲方交付系统安装程序、用户手册和管理员手册，定制开发部分仅交付可执行程序，不交付源代码。

## 第五条 质保与维护

5.1 免费质保期为六个月，自验收合格之日起计算。质保期内乙方免费修复软件缺陷。

5.2 质保期满后，甲方应与乙方签订年度维护合同，年度维护费为软件许可费的25%，即人民币180,000元/服务年度。维护内容包括缺陷修复、版本升级和远程技术支持。

5.3 甲方未续签维护合同的，乙方不再提供缺陷修复和升级服务；甲方日后恢复维护的，应补缴中断期间的维护费。

5.4 年度维护合同到期前30日，乙方将向甲方发出续签通知，甲方应在收到通知后15日内签署新的年度维护合同并支付维护费。维护费在每个服务年度开始前一次性支付。

## 第六条 技术支持

6.1 故障分级：一级故障指系统无法使用或冷库数据无法采集；二级故障指部分功能异常；三级故障指一般咨询和操作问题。

6.2 乙方对一级故障在8小时内响应，对二级故障在1个工作日内响应，对三级故障在3个工作日内响应。

6.3 上述响应时间为乙方的服务目标，乙方不因响应或修复超时承担扣款、赔偿或违约金责任。

6.4 乙方提供远程技术支持的时间为工作日9:00至18:00，非工作时间的现场服务按乙方当年服务价格另行收费。

6.5 因甲方操作不当、擅自修改系统配置、硬件或网络故障导致的问题，不属于乙方免费服务范围。

## 第七条 知识产权

7.1 冷讯WMS软件及乙方为本项目定制开发的全部程序、接口、报表及文档的知识产权均归乙方所有。

7.2 甲方在本合同约定范围内享有非独占的使用权，不得自行或委托第三方修改、复制、反编译或向第三方提供定制开发成果。

## 第八条 数据

8.1 甲方在系统中录入和产生的库存、批次、温控及客户数据属于甲方。

8.2 甲方同意乙方可对系统运行数据进行脱敏处理，并将脱敏后的数据用于乙方产品改进、行业分析及其他客户的服务优化。

8.3 乙方对其可访问的甲方数据采取访问控制、加密传输和操作日志等安全措施；发生数据泄露的，乙方应在48小时内通知甲方，并对因乙方过错造成的损失承担赔偿责任。

## 第九条 保密

双方对在履行本合同过程中知悉的对方商业秘密和技术信息负有保密义务，未经对方书面同意不得向第三方披露。保密义务在合同终止后两年内有效。

9.2 乙方可将本项目作为成功案例用于其宣传材料，但不得披露甲方的经营数据。

## 第十条 违约责任

10.1 乙方逾期交付的，每逾期一日，按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

10.2 甲方逾期付款的，每逾期一日，按逾期金额的千分之一向乙方支付违约金，乙方有权暂停项目实施。

10.3 乙方在本合同项下的全部赔偿责任（含违约金）累计不超过合同总价的25%，乙方不承担间接损失和利润损失。

## 第十一条 分包

乙方有权根据项目需要将部分开发、实施工作委托其合作伙伴完成，无需征得甲方同意。

## 第十二条 合同解除

任何一方严重违约，经守约方书面通知后30日内仍未纠正的，守约方有权解除合同。

## 第十三条 法律适用与争议解决

本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向乙方所在地人民法院提起诉讼。

13.2 甲方应在签订本合同时向乙方提供开具发票所需的单位名称、税号及开户信息，上述信息变更的，甲方应及时书面通知乙方。

## 第十四条 不可抗力

因不可抗力、政策调整、第三方系统接口变化等非乙方原因导致的延误或损失，乙方不承担责任，工期相应顺延。

## 第十五条 其他

15.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

15.2 本合同附件《功能需求清单》为本合同组成部分。

甲方（盖章）：武汉楚味鲜卤食品有限公司

乙方（盖章）：武汉冷讯科技有限公司

日期：2025年　月　日
"""

SRC["e01"] = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. VCS-2025-CN-014
P:This Software Licence and Services Agreement (the "Agreement") is made between:
P:(1) Hulun Pasture Dairy Co., Ltd., a company incorporated in the People's Republic of China with its registered office at 18 Jinqiao Road, Saihan District, Hohhot, Inner Mongolia (the "Customer"); and
P:(2) Vanilla Coast Software SARL, a company incorporated in the Republic of Madagascar with its registered office at Lot IVG 204, Antanimena, Antananarivo 101, Madagascar (the "Vendor").
P:Background: The Customer operates two milk processing plants and a central warehouse and wishes to replace its spreadsheet-based maintenance records with a computerised maintenance management system. Following a comparison of three offers, the Customer selected the Vendor's MaintainPro CMMS. The Vendor has agreed to grant perpetual licences and to implement the system on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's MaintainPro CMMS, version 8, including the web application, the mobile module and the documentation.
P:1.2 "Custom Deliverables" means the interfaces, report templates, data migration scripts and configuration developed by the Vendor specifically for the Customer under this Agreement.
P:1.3 "Customer Data" means all asset registers, work orders, spare parts records, meter readings and other data entered into or generated by the Software for the Customer.
P:1.4 "Final Acceptance" means the Customer's written confirmation under Article 5.3.
H:Article 2 Scope
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software for its own operations at the sites listed in Annex 1 for 60 named users and the mobile module.
P:2.2 The Vendor shall install the Software on the Customer's servers in Hohhot, configure it for both plants and the warehouse, migrate the existing asset and spare parts lists, build interfaces to the Customer's ERP system (purchasing and inventory) and to the plant energy meters, and train the Customer's administrators and maintenance supervisors.
P:2.3 The detailed functional requirements, interfaces and reports are set out in Annex 2 (Statement of Work).
H:Article 3 Prices
P:3.1 At the Customer's request all prices are stated and paid in Chinese yuan (CNY). Prices include all taxes payable in the People's Republic of China and all travel costs of the Vendor's staff.
TB:Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:Perpetual licence, named user|60|9,800|588,000
TB:Mobile module, site licence|1|96,000|96,000
TB:Licence subtotal|||684,000
TB:Implementation, interfaces and migration|1|214,000|214,000
TB:Training|1|22,000|22,000
TB:Total Contract Price|||920,000
P:3.2 The Total Contract Price is fixed and covers all work described in Annex 2.
H:Article 4 Payment
P:4.1 The Customer shall pay 10% of the Total Contract Price within 30 days after signature of this Agreement against the Vendor's invoice.
P:4.2 The Customer shall pay 55% of the Total Contract Price within 30 days after Go-Live, meaning the date on which the Software is used in production at both plants.
P:4.3 The Customer shall pay the remaining 35% of the Total Contract Price within 30 days after Final Acceptance.
P:4.4 Payments are made by bank transfer to the Vendor's account stated in its invoice. Each party bears its own bank charges.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall achieve Go-Live within 120 days after signature and shall request Final Acceptance no later than 60 days after Go-Live.
P:5.2 Final Acceptance tests shall show that: (a) all functions in Annex 2 work as specified; (b) asset and spare parts records migrated from the old lists reconcile in full with the source files; (c) the ERP and energy meter interfaces have run for 15 consecutive days without error; (d) standard pages open within 3 seconds with 60 concurrent users; and (e) no Severity 1 or Severity 2 defect is open.
P:5.3 If the tests are passed, the Customer shall sign an acceptance certificate within 10 days. If any test fails, the Vendor shall correct the defects at its own cost and the tests shall be repeated. Go-Live, use of the Software in production or any payment does not mean acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will conform to Annex 2 for a warranty period of 18 months after Final Acceptance. During the warranty period the Vendor shall correct defects, supply new versions and give remote and on-site support free of charge.
P:6.2 Support requests are classified as Severity 1 (the Software is unavailable at a plant or work orders cannot be issued), Severity 2 (a major function does not work and there is no workaround) and Severity 3 (other issues). The Vendor shall respond to Severity 1 requests within 1 hour, 24 hours a day, and restore service within 8 hours; Severity 2 requests within 2 business hours; Severity 3 requests within 1 business day.
P:6.3 For each full hour by which the Vendor exceeds the Severity 1 response or restoration time, the Vendor shall pay the Customer CNY 1,000, which the Customer may deduct from any amount due.
P:6.4 After the warranty period, the Customer may order annual support for the Software. The annual support fee shall not exceed 11% of the licence subtotal (CNY 75,240 per year) and shall not be increased for the first three support years. Support renews only by a written order of the Customer.
P:6.5 The Vendor shall keep a support log of all Severity 1 and Severity 2 requests, with times of response and restoration, and send it to the Customer each quarter during the warranty period.
H:Article 7 Customer Data and Security
P:7.1 Customer Data belongs to the Customer. The Vendor shall use Customer Data only to perform this Agreement and shall not copy, keep or disclose it for any other purpose.
P:7.2 The Software is hosted on the Customer's own servers. The Vendor's staff may access the system remotely only with the Customer's approval for each session, through the Customer's VPN and audit system, and shall not take any copy of Customer Data outside the Customer's network.
P:7.3 The Vendor shall comply with the data protection and data security laws of the People's Republic of China. The Vendor shall notify the Customer within 24 hours of any security incident affecting Customer Data, shall help to contain it and shall be liable for all losses caused by its breach of this Article.
P:7.4 On termination or expiry of support the Vendor shall delete any Customer Data it holds and confirm the deletion in writing.
H:Article 8 Intellectual Property
P:8.1 The Vendor retains all intellectual property rights in the Software.
P:8.2 All rights in the Custom Deliverables belong to the Customer upon payment. The Vendor shall deliver their source code and documentation at Final Acceptance, and the Customer may use, modify and license them freely.
P:8.3 The Vendor shall defend and indemnify the Customer against any claim that the Software or the Custom Deliverables infringe a third party's rights.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party, including production data, plant layouts and prices, and shall use it only for this Agreement. This obligation survives termination for three years.
H:Article 10 Delay and Liability
P:10.1 If the Vendor fails to achieve Go-Live or Final Acceptance by the dates in Article 5.1 for reasons attributable to it, the Vendor shall pay delay damages of 0.1% of the Total Contract Price for each day of delay, up to 10% of the Total Contract Price.
P:10.2 Each party's total liability under this Agreement is limited to 150% of the Total Contract Price, except for liability for personal injury, wilful misconduct, infringement under Article 8.3 and breach of Article 7, which is not limited.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains responsible for the work of any approved subcontractor.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving written notice of the breach.
P:12.2 On termination by the Customer for the Vendor's breach, the Vendor shall refund the amounts paid for work not accepted and deliver all Custom Deliverables completed so far.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the Republic of Madagascar.
P:13.2 Any dispute arising out of this Agreement that is not settled by negotiation within 30 days shall be finally settled by arbitration under the rules of the Centre d'Arbitrage et de Médiation de Madagascar (CAMM), seated in Antananarivo, in the English language.
H:Article 14 General
P:14.1 This Agreement, with Annex 1 (Sites and Users) and Annex 2 (Statement of Work), is the entire agreement between the parties on its subject matter. Changes must be in writing and signed by both parties.
P:14.2 This Agreement is made in English in two originals, one for each party, and takes effect on signature by both parties.
P:Signed for the Customer: ____________________  Name and title: ____________________  Date: ____________
P:Signed for the Vendor: ____________________  Name and title: ____________________  Date: ____________
"""

SRC["e02"] = """# ORDER FORM

**Order Form No.:** YC-OF-2025-0087

**Provider:** Ylang Cloud Ltd, Route de la Corniche, Moroni, Union of the Comoros ("Provider")

**Customer:** Guangzhou Baiyun Spring Drinking Water Distribution Co., Ltd., 66 Taihe Avenue, Baiyun District, Guangzhou, Guangdong, People's Republic of China ("Customer")

**Service:** RouteWise delivery planning and tracking service (the "Service"), for 1 depot, 140 delivery vehicles and up to 220 named users (dispatchers, drivers and office staff)

**Subscription Term:** two Subscription Years, from 1 October 2025 to 30 September 2027

**Currency:** at the Customer's request, all fees are stated, invoiced and paid in Chinese yuan (CNY)

| Item | Basis | Fee (CNY) |
|---|---|---|
| RouteWise subscription, Subscription Year 1 | 140 vehicles, 220 users | 276,000 |
| RouteWise subscription, Subscription Year 2 | 140 vehicles, 220 users | 276,000 |
| Onboarding (configuration, ERP order import, driver app roll-out, training) | one-time | 38,000 |
| Total fees for the Subscription Term | | 590,000 |

Additional vehicles may be added during the Subscription Term at CNY 1,650 per vehicle per Subscription Year, pro rata. Such additional fees are invoiced separately and are not included in the total above.

**Invoicing:** Subscription fees are invoiced quarterly at the start of each quarter of the Subscription Term and are payable within 30 days of invoice. The onboarding fee is invoiced after Go-Live Acceptance under Section 3.2 of the General Terms and is payable within 30 days of invoice. No fee is payable before the Subscription Term starts.

**Go-Live Date:** no later than 30 September 2025.

This Order Form is governed by the General Terms below. If this Order Form and the General Terms conflict, this Order Form prevails.

Signed for Provider: ____________________ Date: __________

Signed for Customer: ____________________ Date: __________

---

# GENERAL TERMS

## Section 1 Definitions

1.1 "Customer Data" means all data that Customer or its users enter into the Service, including customer addresses, orders, delivery records, vehicle positions and driver details, and all reports produced from it.

1.2 "Customer Configurations" means the delivery zones, routing rules, report templates and import mappings that Provider prepares specifically for Customer during onboarding.

1.3 "Subscription Year" means Subscription Year 1, from 1 October 2025 to 30 September 2026, or Subscription Year 2, from 1 October 2026 to 30 September 2027.

1.4 "Go-Live Acceptance" means Customer's written confirmation under Section 3.2.

## Section 2 The Service

2.1 Provider shall make the Service available to Customer and its authorised users during the Subscription Term through the web application and the driver mobile app, as described in the product description attached to this Order Form.

2.2 Provider shall provide onboarding: setting up the depot, vehicles and users, preparing the Customer Configurations, importing the daily orders from Customer's ERP system, rolling out the driver app and training Customer's dispatchers and drivers.

2.3 Provider will use commercially reasonable efforts to keep the Service available and to answer support requests promptly. Support is provided by e-mail and through the support portal during Provider's business hours. Provider may carry out maintenance from time to time and will try to announce planned maintenance in advance.

2.4 Customer shall be responsible for its users' accounts and passwords and for the accuracy of the orders and addresses it imports.

2.5 Provider shall give Customer at least 30 days' written notice of any change to the Service that removes a feature listed in the product description.

## Section 3 Onboarding and Go-Live Acceptance

3.1 Provider shall complete onboarding and make the Service ready for production use by the Go-Live Date.

3.2 Customer shall test the Service within 10 business days after Provider's notice of readiness. Go-Live Acceptance requires that: (a) the daily ERP order import has run without error for 5 consecutive business days; (b) routes are planned for all 140 vehicles within 10 minutes of the order cut-off; (c) delivery confirmations from the driver app appear in the dispatcher view within 2 minutes; and (d) the reports listed in the product description are available. Customer shall sign a Go-Live Acceptance certificate when these criteria are met. Use of the Service for testing does not mean acceptance.

3.3 If Go-Live Acceptance is not achieved by the Go-Live Date for reasons attributable to Provider, Provider shall pay Customer delay damages of CNY 500 for each day of delay, which Customer may set off against any fee.

## Section 4 Customer Data and Security

4.1 Customer Data belongs to Customer. Provider shall process Customer Data only to provide the Service to Customer and for no other purpose, and shall not sell, share or otherwise use it, whether or not in aggregated or anonymised form.

4.2 Provider hosts the Service with a cloud provider in mainland China (Guangzhou region) and shall keep Customer Data in mainland China. Provider shall encrypt Customer Data in transit and at rest, limit access to named staff with multi-factor authentication, keep access logs, and take daily backups kept for 30 days.

4.3 Provider shall notify Customer within 24 hours of becoming aware of any unauthorised access to, loss of or disclosure of Customer Data, shall take all reasonable steps to contain it, and shall be responsible for losses caused by its failure to comply with this Section 4.

4.4 Within 30 days after the end of the Subscription Term, Provider shall return Customer Data in a standard format and then delete it, and confirm the deletion in writing.

## Section 5 Confidentiality

5.1 Each party shall keep confidential the other party's non-public business and technical information, including prices and customer lists, and use it only for this Order Form. This obligation continues for three years after the Subscription Term ends.

## Section 6 Intellectual Property

6.1 Provider keeps all rights in the Service and its software. Customer receives a right to use the Service during the Subscription Term.

6.2 Customer Configurations belong to Customer. Provider shall hand them over in an editable format on request, and Customer may use, change and let any third party use them freely.

## Section 7 Fees and Taxes

7.1 Fees are fixed for the Subscription Term and include all applicable taxes. Provider shall issue invoices acceptable to Customer for its tax purposes.

7.2 If Customer does not pay an undisputed invoice within 30 days after a written reminder, Provider may suspend the Service until payment is made.

7.3 Customer may dispute an invoice in good faith by written notice before its due date, giving reasons. The parties shall try to resolve the dispute within 15 days, and Customer shall pay the undisputed part on time.

7.4 Provider shall not change the fees, the Service features listed in the product description or the number of included users during the Subscription Term without Customer's written agreement.

## Section 8 Liability

8.1 Neither party is liable for indirect or consequential loss or loss of profit.

8.2 Provider's total liability arising out of or in connection with this Order Form is limited to the fees paid by Customer in the six months preceding the event giving rise to the claim.

8.3 The limits in this Section 8 do not apply to personal injury, fraud or wilful misconduct.

8.4 Each party shall take reasonable steps to mitigate any loss for which it claims compensation from the other party.

## Section 9 Subcontracting

9.1 Provider shall not subcontract any part of the Service, other than to the hosting provider named in the product description, without Customer's prior written consent. Provider remains responsible for its subcontractors.

## Section 10 Term and Termination

10.1 This Order Form ends at the end of the Subscription Term. Any renewal requires a new Order Form signed by both parties.

10.2 Either party may terminate this Order Form by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice. If Customer terminates for Provider's breach, Provider shall refund any prepaid fees for the remaining part of the Subscription Term.

## Section 11 Governing Law and Disputes

11.1 These General Terms and the Order Form are governed by the laws of the People's Republic of China.

11.2 Disputes shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou.

11.3 Before starting arbitration the parties shall try for 30 days to settle the dispute through their senior managers.

## Section 12 Force Majeure

Neither party is liable for a failure caused by events beyond its reasonable control, such as natural disasters, war, epidemics or government action, provided it notifies the other party promptly and takes reasonable steps to limit the effect. Fees for any period in which the Service cannot be used because of such an event are reduced accordingly.

## Section 13 General

13.1 Notices shall be in writing and sent to the addresses on the Order Form. Changes to the Order Form or these General Terms must be agreed in writing by both parties.
"""

SRC["e03"] = """T:Purchase Contract for Pond Water-Quality Monitoring Equipment
P:Contract No.: ZJHY-PUR-2025-112
P:Buyer: Zhanjiang Haiyue Aquaculture Co., Ltd., Donghai Island Industrial Zone, Zhanjiang, Guangdong, People's Republic of China (the "Buyer")
P:Supplier: Mahé Marine Instruments Ltd, Providence Industrial Estate, Victoria, Mahé, Republic of Seychelles (the "Supplier")
P:The Buyer farms shrimp in 120 ponds at its Donghai Island site and wishes to monitor dissolved oxygen, pH and temperature in every pond and to start aerators automatically. This contract is made on the Buyer's standard purchase terms after the Supplier's quotation of 12 June 2025 was accepted.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways and accessories listed in clause 2, and "Platform Licence" means the perpetual licence for the Supplier's AquaSense monitoring software.
P:1.2 "Site" means the Buyer's Donghai Island farm, including its 120 ponds, pump houses and control room.
P:1.3 "Final Acceptance" means the Buyer's signature of the final acceptance certificate under clause 6.
H:2. Scope and Price
P:2.1 The Supplier shall supply, install, configure and commission the Equipment and the Platform Licence, connect the aerator controllers in the pump houses, and train the Buyer's staff. At the Buyer's request all prices are in Chinese yuan (CNY).
TB:Item|Qty|Unit price (CNY)|Amount (CNY)
TB:Dissolved oxygen sensor with cleaning brush|120|3,650|438,000
TB:pH and temperature probe|120|1,980|237,600
TB:LoRa gateway with solar power kit|12|8,400|100,800
TB:AquaSense platform licence, perpetual|1|86,000|86,000
TB:Equipment and Licence Subtotal|||862,400
TB:Installation, cabling and aerator integration|1|64,600|64,600
TB:Training|1|9,000|9,000
TB:Contract Price|||936,000
P:2.2 The Contract Price is fixed. It includes delivery to the Site (DAP Zhanjiang), import duties, all taxes payable in China, installation materials and the Supplier's travel costs.
H:3. Delivery and Installation
P:3.1 The Supplier shall deliver the Equipment to the Site within 45 days after signature and complete installation and commissioning within 75 days after signature.
P:3.2 The Supplier shall follow the Buyer's site safety and biosecurity rules. Staff entering pond areas shall wear the protective equipment provided by the Buyer.
P:3.3 Risk in the Equipment passes to the Buyer on delivery to the Site; title passes on payment under clause 4.2.
H:4. Payment
P:4.1 No advance payment is made under this contract.
P:4.2 The Buyer shall pay 65% of the Contract Price within 30 days after all Equipment has been delivered and installed and the Buyer has signed the installation certificate. The installation certificate is not acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price within 30 days after Final Acceptance.
P:4.4 All payments are made by bank transfer in CNY against a correct invoice.
H:5. Delay Damages
P:5.1 If the Supplier fails to complete installation or to achieve Final Acceptance by the dates in clauses 3.1 and 6.1 for reasons attributable to it, the Supplier shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. The Buyer may deduct delay damages from any payment due.
P:5.2 Delay damages do not release the Supplier from its obligation to complete the work, and the Buyer's acceptance of late delivery does not waive its right to delay damages.
H:6. Acceptance
P:6.1 The Supplier shall request Final Acceptance within 45 days after installation is complete.
P:6.2 Final Acceptance requires that: (a) readings from all 240 sensors and probes reach the platform at least every 5 minutes; (b) dissolved oxygen readings differ by no more than 0.3 mg/L from the Buyer's calibrated handheld meter in a sample of 24 ponds; (c) aerators start automatically within 2 minutes when oxygen falls below the set point; (d) low-oxygen alarms reach the duty manager's mobile phone within 1 minute; and (e) the system runs for 30 consecutive days without a Severity 1 fault.
P:6.3 If any criterion is not met, the Supplier shall correct the fault at its own cost and repeat the test. Use of the Equipment by the Buyer during the test period does not mean acceptance.
H:7. Warranty and Post-Warranty Support
P:7.1 The Supplier warrants the Equipment and the Platform Licence against defects in materials, workmanship and software for 24 months after Final Acceptance. During the warranty the Supplier shall repair or replace defective items at the Site free of charge, including sensor membranes that fail before their rated life.
P:7.2 After the warranty, the Buyer may order annual support at a fee not exceeding 6% of the Equipment and Licence Subtotal (CNY 51,744 per year), fixed for the first three years after the warranty. Support is ordered by the Buyer in writing each year and does not renew automatically.
H:8. Service Levels
P:8.1 Faults are classified as Severity 1 (loss of monitoring or aerator control for 10 or more ponds), Severity 2 (loss of monitoring for fewer than 10 ponds) and Severity 3 (other faults).
P:8.2 During the warranty the Supplier shall respond to a Severity 1 fault within 1 hour and restore monitoring within 8 hours, using the spare gateways and sensors kept at the Site; respond to a Severity 2 fault within 2 hours and fix it within 24 hours; and fix a Severity 3 fault within 3 business days.
P:8.3 For each hour by which a Severity 1 restoration time is exceeded, the Supplier shall pay the Buyer CNY 600, and for each day by which a Severity 2 fix time is exceeded, CNY 300.
P:8.4 The Supplier shall keep at the Site, at its own cost during the warranty, at least 2 spare gateways, 6 dissolved oxygen sensors and 6 pH and temperature probes, and shall replenish them within 10 days after use. After each Severity 1 fault the Supplier shall send the Buyer a short written report on the cause and the steps taken to prevent it from happening again.
H:9. Buyer Data and Security
P:9.1 All pond readings, alarms, feeding and aerator records and other data collected by the system ("Buyer Data") belong to the Buyer. The Supplier may use Buyer Data only to perform this contract and shall not copy, keep or disclose it for any other purpose.
P:9.2 The platform runs on the Buyer's server in the control room. The Supplier may access it remotely only with the Buyer's approval for each session and through the Buyer's VPN. Gateways shall use encrypted radio links and changed default passwords.
P:9.3 The Supplier shall report any security incident affecting Buyer Data within 12 hours, help to contain it, and compensate the Buyer for losses caused by the Supplier's breach of this clause.
H:10. Intellectual Property
P:10.1 The Supplier keeps the rights in the AquaSense software. The Buyer's licence is perpetual and irrevocable.
P:10.2 The dashboards, aerator control rules and integration scripts prepared for the Buyer belong to the Buyer, which may use and modify them freely. The Supplier shall hand them over with documentation at Final Acceptance.
P:10.3 The Supplier shall provide the Buyer with the software updates for the AquaSense platform and the sensor firmware released during the warranty and shall install them at times agreed with the Buyer's farm manager.
H:11. Confidentiality
P:11.1 Each party shall keep confidential the other party's non-public information, in particular the Buyer's stocking densities, feed formulas, yields and prices, and shall not disclose it without prior written consent. This obligation continues for three years after the contract ends.
H:12. Liability
P:12.1 The Supplier's total liability under this contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 9 and 11, which are not limited.
H:13. Subcontracting
P:13.1 The Supplier shall not subcontract installation or any other work without the Buyer's prior written consent and remains responsible for any approved subcontractor.
H:14. Termination
P:14.1 The Buyer may terminate this contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after notice, or if delay damages reach their maximum.
P:14.2 On termination the Supplier shall refund payments for Equipment not delivered or not working and remove its Equipment if the Buyer so requests.
H:15. Governing Law and Disputes
P:15.1 This contract is governed by the laws of the People's Republic of China.
P:15.2 Disputes shall be submitted to the Zhanjiang Arbitration Commission for arbitration in Zhanjiang.
H:16. Force Majeure
P:16.1 Neither party is liable for a delay caused by typhoon, flood, epidemic or other events beyond its reasonable control, provided it notifies the other party within 3 days and resumes performance as soon as possible. Dates are extended by the period of the event. If the event lasts more than 60 days, either party may terminate by written notice, and the Supplier shall be paid for Equipment delivered and working.
H:17. General
P:17.1 Annex 1 (Site Plan and Sensor Positions) and Annex 2 (Acceptance Test Plan) form part of this contract. This contract is signed in English in two originals.
P:For the Buyer: ____________________    For the Supplier: ____________________
P:Name / Title: ____________________    Name / Title: ____________________
P:Date: ____________    Date: ____________
"""

SRC["e04"] = """# MANAGED SERVICE AGREEMENT

**Agreement No.** IDS-MSA-2025-031

**Provider:** Ilha Digital Services, Lda., Avenida Julius Nyerere 1420, Maputo, Republic of Mozambique ("Provider")

**Customer:** Ningbo Hengsheng Garment Co., Ltd., 88 Xingning Road, Yinzhou District, Ningbo, Zhejiang, People's Republic of China ("Customer")

Customer makes knitwear in two factories in Ningbo and has about 1,200 desktop computers, laptops and shop-floor terminals. Customer wishes to outsource its service desk and endpoint management to Provider, which runs a Mandarin and English speaking service centre and a field team in Ningbo. The parties agree as follows.

## 1. DEFINITIONS

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Endpoint" means a desktop, laptop or shop-floor terminal listed in Customer's asset register and enrolled in the Services.

1.3 "Service Commencement Date" means 1 November 2025, or the later date on which Customer signs the transition acceptance certificate under clause 3.

1.4 "Service Year" means each of the three consecutive periods starting on the Service Commencement Date and on its first and second anniversaries.

1.5 "Customer Data" means all data of Customer, its employees and its customers that Provider can access in performing the Services, including files on Endpoints, user accounts and service desk tickets.

## 2. TERM

2.1 The Services are provided for three Service Years from the Service Commencement Date (the "Term"). The Agreement ends at the end of the Term unless the parties sign a written extension.

## 3. TRANSITION

3.1 Provider shall complete transition by 31 October 2025: enrolment of all Endpoints in Provider's management tools, take-over of open tickets from Customer's IT team, set-up of the service desk telephone line and portal, and handover documents.

3.2 Transition acceptance requires that: (a) at least 98% of the Endpoints in the asset register report to the management console; (b) patch and antivirus status is visible for each Endpoint; (c) test tickets in each category listed in Schedule 1 are handled correctly; and (d) the knowledge base and escalation contacts are approved by Customer's IT manager. Customer shall sign a transition acceptance certificate when these criteria are met.

3.3 Provider shall use reasonable endeavours to keep to the transition plan. If transition is late, the Service Commencement Date moves to the date of transition acceptance and Provider is not liable for any delay damages or other compensation for the delay.

## 4. CHARGES AND PAYMENT

4.1 At Customer's request all charges are in Chinese yuan (CNY). The charges are set out in Schedule 2.

4.2 The monthly charge is invoiced at the end of each month and is payable within 30 days of invoice. The transition fee is invoiced after transition acceptance and is payable within 30 days of invoice. No charge is payable in advance.

4.3 The monthly charge covers up to 1,260 Endpoints. If the number of Endpoints exceeds 1,260 for a whole month, each additional Endpoint is charged at CNY 38 for that month; such charges are not part of the contract value in Schedule 2.

4.4 Provider shall issue valid special VAT invoices, or other invoices accepted by Customer for its tax purposes, for all charges. Each invoice shall show the number of Endpoints enrolled in the month and any service credits deducted.

## 5. SERVICE LEVELS

5.1 Provider shall meet the service levels in Schedule 3. Performance is measured monthly and reported to Customer within 5 business days after the end of each month.

5.2 If a service level is missed, Provider shall give Customer the service credits in Schedule 3, which are deducted from the next invoice, and shall present a corrective action plan within 10 business days.

## 6. CUSTOMER DATA AND SECURITY

6.1 Customer Data belongs to Customer. Provider may use Customer Data only to provide the Services and shall not copy, keep, analyse or disclose it for any other purpose, in identifiable, aggregated or anonymised form.

6.2 Provider's staff shall access Customer systems only through Customer's privileged access system with individual accounts and multi-factor authentication. Remote control of a user's computer requires the user's consent for each session. Provider's management tools shall be hosted in mainland China, and Provider shall keep Customer Data in mainland China.

6.3 Provider shall comply with the Cybersecurity Law, the Data Security Law and the Personal Information Protection Law of the People's Republic of China. Provider shall notify Customer within 12 hours of any security incident affecting Customer Data, shall cooperate in the investigation and shall be liable for losses caused by its breach of this clause 6.

6.4 At the end of the Term Provider shall return all Customer Data and documents and delete any copies, and certify the deletion in writing.

6.5 Provider shall ensure that its staff with access to Customer systems have signed appropriate undertakings and have received training in data protection.

## 7. CONFIDENTIALITY

7.1 Each party shall keep confidential the other party's non-public information received under this Agreement, including Customer's designs, orders, prices and employee information, and shall use it only for this Agreement. This obligation continues for three years after the Agreement ends.

## 8. INTELLECTUAL PROPERTY

8.1 Provider keeps the rights in its own tools and methods.

8.2 Scripts, configuration baselines, knowledge base articles and reports prepared specifically for Customer belong to Customer, which may use and modify them freely. Provider shall hand them over at the end of the Term.

## 9. PERSONNEL AND SUBCONTRACTING

9.1 Provider shall keep at least four field engineers at Customer's two factories during working hours and shall replace the service delivery manager only with Customer's approval.

9.2 Provider shall not subcontract any part of the Services without Customer's prior written consent. Provider remains responsible for any approved subcontractor.

## 10. LIABILITY

10.1 Provider's total liability under this Agreement is limited to 150% of the contract value stated in Schedule 2, except for personal injury, wilful misconduct and breach of clauses 6 and 7, which are not limited.

## 11. TERMINATION

11.1 Customer may terminate this Agreement by written notice if Provider commits a material breach and does not remedy it within 30 days after notice, or if Provider misses the same service level in three consecutive months.

11.2 On termination or expiry Provider shall provide exit assistance for up to 60 days at no additional charge, so that the Services can pass to Customer or a new provider without interruption.

## 12. GOVERNANCE

12.1 Each party shall appoint a contract manager. The contract managers shall meet monthly to review the service report and open problems, and quarterly with Customer's IT manager to review trends, planned changes and improvement proposals. Minutes shall be kept by Provider and agreed by Customer.

12.2 Provider shall keep the asset register and knowledge base up to date and give Customer read access to both at all times.

## 13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the Ningbo Arbitration Commission for arbitration in Ningbo.

## 14. GENERAL

14.1 The Schedules form part of this Agreement. Changes must be agreed in writing by both parties. This Agreement is signed in two originals in English.

Signed for Provider: ____________________   Signed for Customer: ____________________

Date: ____________   Date: ____________

---

## SCHEDULE 1 - SERVICES

| Service | Description |
|---|---|
| Service desk | Telephone, portal and chat support in Mandarin and English, 07:00 to 23:00 seven days a week, on-call outside these hours |
| Endpoint management | Enrolment, patching, antivirus, software distribution and asset register for all Endpoints |
| Field support | Hardware replacement, moves and set-up of new staff at both factories |
| Reporting | Monthly service report and quarterly review meeting |

## SCHEDULE 2 - CHARGES

| Item | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | one-time | 72,000 |
| Monthly charge | 1,200 Endpoints at CNY 38 = CNY 45,600 per month, 36 months | 1,641,600 |
| Contract value | | 1,713,600 |

## SCHEDULE 3 - SERVICE LEVELS AND CREDITS

| Service level | Target | Service credit if missed |
|---|---|---|
| Service desk portal and management console availability | 99.5% per month | 3% of the monthly charge for each 0.5 percentage point below target |
| Priority 1 incident (a production line or more than 50 users cannot work) | response within 30 minutes, restoration within 6 hours | CNY 2,000 per incident outside target |
| Priority 2 incident (a single user cannot work) | response within 1 hour, resolution within 1 business day | CNY 300 per incident outside target |
| Critical security patches | installed on 95% of Endpoints within 7 days of release | 2% of the monthly charge |
| Calls answered | 90% within 60 seconds | 1% of the monthly charge |
"""

SRC["e05"] = """DATA SUBSCRIPTION AGREEMENT
Crop and Weather Data API

Agreement reference: SHD-DSA-2025-019

PARTIES

Shire Highlands Data Ltd, Plot BC 412, Ginnery Corner, Blantyre, Republic of Malawi ("Provider"); and

Qingdao Longhai Agricultural Trading Co., Ltd., 17 Xianggang Middle Road, Shinan District, Qingdao, Shandong, People's Republic of China ("Customer").

BACKGROUND

Customer imports tobacco leaf, soybeans and sesame from several African countries and wants daily crop condition, rainfall and harvest forecast data for its sourcing regions. Provider collects satellite, weather station and field survey data and delivers it through an application programming interface (the "API"). The parties agree as follows.

1. DEFINITIONS

(a) "Data" means the crop condition indices, rainfall and temperature series, harvest forecasts and related data delivered through the API.
(b) "Subscription Term" means Subscription Year 1, from 1 December 2025 to 30 November 2026, and Subscription Year 2, from 1 December 2026 to 30 November 2027.
(c) "Customer Inputs" means the region lists, field coordinates, query parameters and account details that Customer provides or submits to the API.
(d) "Integration Work" means the connector and data mappings that Provider builds to load the Data into Customer's sourcing dashboard.

2. SUBSCRIPTION

(a) Provider grants Customer a non-exclusive, non-transferable right during the Subscription Term to access the API and to use the Data for Customer's internal business, including sourcing, purchasing and risk reporting.
(b) The subscription covers 42 sourcing regions in Malawi, Zambia, Tanzania, Mozambique and Ethiopia, daily updates, and up to 600,000 API calls per Subscription Year.
(c) Customer may share reports containing the Data with its affiliates and banks, but shall not resell the Data or make the raw Data available to third parties.

3. FEES

(a) At Customer's request all fees are in Chinese yuan (CNY):

    Item                                          Amount (CNY)
    Subscription fee, Subscription Year 1         238,000
    Subscription fee, Subscription Year 2         238,000
    Integration Work (one-time)                   26,000
    Total                                         502,000

(b) API calls above the annual allowance are charged at CNY 45 per 1,000 calls, invoiced quarterly in arrears. Such usage charges are not part of the total above.
(c) The subscription fee for each Subscription Year is invoiced in four equal quarterly instalments at the start of each quarter. The Integration Work fee is invoiced after Integration Acceptance. Each invoice is payable within 30 days. Nothing is payable before the Subscription Term starts.
(d) Fees are fixed for the Subscription Term and include all taxes and bank charges on Provider's side.

4. INTEGRATION AND ACCEPTANCE

(a) Provider shall complete the Integration Work and deliver the historical data back-file (daily series from 2015 onwards for all 42 regions) by 30 November 2025.
(b) Integration Acceptance requires that: (i) the connector loads the daily update into Customer's dashboard by 08:00 Beijing time on 10 consecutive business days; (ii) the historical back-file is complete for all 42 regions and matches Provider's published record counts; and (iii) a sample of 200 data points checked by Customer matches Provider's web portal. Customer shall confirm Integration Acceptance in writing within 5 business days after these criteria are met.
(c) If Integration Acceptance is delayed for reasons attributable to Provider, Provider shall pay Customer CNY 400 for each day of delay, which Customer may deduct from any invoice.

5. SERVICE LEVELS

(a) Provider shall make the API available at least 99.95% of the time in each calendar month, excluding planned maintenance announced at least 72 hours in advance and carried out between 00:00 and 03:00 Blantyre time.
(b) The daily update shall be available through the API by 06:00 Beijing time each day.
(c) Priority 1 problems (the API is unavailable or the daily update is missing) shall be responded to within 1 hour at any time and resolved within 6 hours. Other problems shall be responded to within 1 business day.
(d) If availability in a month falls below the target, or the daily update is late on more than 2 days in a month, Provider shall credit 10% of the monthly equivalent of the subscription fee for each failure against the next invoice.

(e) Each month Provider shall report the service credits due, and Customer may check them against its own monitoring records. Any difference shall be settled by the parties' contacts within 10 business days.

6. CUSTOMER INPUTS

(a) Customer Inputs belong to Customer. Provider shall use Customer Inputs only to provide the API and the Integration Work to Customer, and shall not use them for any other purpose or disclose them to anyone else.
(b) At the end of the Subscription Term Provider shall delete Customer Inputs from its systems on Customer's request.

(c) Customer shall keep its API keys secret, shall tell Provider without delay if it believes a key has been misused, and may ask Provider to issue new keys at any time without charge.

7. CONFIDENTIALITY

(a) Each party shall keep confidential all non-public information received from the other party, including Customer's sourcing regions, volumes and prices and Provider's methods, and shall use it only for this Agreement.
(b) This obligation continues for three years after the Subscription Term.

8. INTELLECTUAL PROPERTY

(a) Provider owns the Data and the API. Customer's right to use the Data ends with the Subscription Term, except for reports already made by Customer, which Customer may keep.
(b) The connector, data mappings and dashboard views made by Provider for Customer under the Integration Work belong to Customer. Provider shall deliver them with their source code at Integration Acceptance, and Customer may use, change and license them freely.

9. DATA QUALITY

(a) Provider shall compile the Data with reasonable skill and care, using the sources and methods described in its methodology note, and shall correct errors reported by Customer within 5 business days.
(b) Forecasts are estimates. Provider does not warrant that harvests will match its forecasts.

(c) Provider shall inform Customer at least 30 days in advance of any change in its sources or methods that may affect the comparability of the Data, and shall continue to deliver the previous series in parallel for at least 60 days after such a change.
(d) Provider shall keep a change log of corrections to the Data and make it available through the API.

10. LIABILITY

(a) Neither party is liable for indirect loss or loss of profit.
(b) Provider's total liability under this Agreement is limited to 200% of the total in clause 3(a), except for wilful misconduct and breach of clause 7.

11. SUPPORT AND REPORTING

(a) Provider shall provide support in English by e-mail, telephone and a ticket portal during Provider's business hours, and for Priority 1 problems at any time.
(b) Provider shall send Customer a monthly report showing API availability, the time each daily update was published, the number of API calls used and open support tickets.
(c) Each quarter the parties shall hold a review call on data quality, new regions Customer may wish to add and planned changes to the API. Provider shall give Customer at least 90 days' notice of any change to the API that is not backward compatible and shall keep the previous version running during that period.

(d) Provider shall give Customer's analysts two training sessions by video conference in the first Subscription Year on how to use the API, read the crop condition indices and interpret the forecast ranges, and shall answer reasonable questions on its methods at any time.

12. SUBCONTRACTING

Provider shall not subcontract the Integration Work or the operation of the API without Customer's prior written consent. Provider may buy source data from its usual satellite and weather station suppliers.

Provider remains responsible for the work of any approved subcontractor and for the data it buys from its suppliers.

13. TERM AND TERMINATION

(a) This Agreement starts on signature and ends at the end of the Subscription Term. It does not renew automatically; any renewal requires a new written agreement.
(b) This Agreement may not be terminated before the end of the Subscription Term, except that Provider may terminate it by written notice if Customer fails to pay an undisputed invoice within 60 days after a written reminder.
(c) Customer's remedies for any failure of the API or the Data are the service credits under clause 5(d), the delay payments under clause 4(c), correction under clause 9(a) and damages within clause 10. Customer may not terminate this Agreement or withhold fees because of such a failure.

14. GOVERNING LAW AND DISPUTES

(a) This Agreement is governed by the laws of the People's Republic of China.
(b) Disputes shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao.

15. GENERAL

(a) Notices shall be sent by e-mail and courier to the addresses above.
(b) Changes to this Agreement must be in writing and signed by both parties. This Agreement is made in English in two originals.

SIGNATURES

For Provider: ____________________   Name and title: ____________________   Date: __________

For Customer: ____________________   Name and title: ____________________   Date: __________
"""

FILES = {
    "z01": ("h523z01_health_commission_primary_care_platform.pdf", "zh", "software"),
    "z02": ("h523z02_cable_plant_extruder_control_retrofit.docx", "zh", "hardware"),
    "z03": ("h523z03_fruit_chain_ordering_delivery_saas.txt", "zh", "cloud"),
    "z04": ("h523z04_expressway_toll_system_annual_om.txt", "zh", "services"),
    "z05": ("h523z05_duck_neck_plant_cold_chain_wms_supplier_template.md", "zh", "software"),
    "e01": ("h523e01_dairy_cmms_licence_madagascar_vendor.pdf", "en", "software"),
    "e02": ("h523e02_water_delivery_routing_saas_order_form_comoros.md", "en", "cloud"),
    "e03": ("h523e03_shrimp_farm_water_quality_sensors_seychelles.docx", "en", "hardware"),
    "e04": ("h523e04_garment_maker_managed_service_desk_mozambique.md", "en", "services"),
    "e05": ("h523e05_crop_weather_data_api_malawi.txt", "en", "cloud"),
}

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"
# columns in KEYS order, then extra: sla_clause, ld_stated, post_warranty_fee_capped (goods only), deemed, value
T = {
    "z01": [99.95, 0.5, True, "buyer", True, True, True, 0.1, None, 20, True, True, 36, 8, False, True, False, "PRC", G],
    "z02": [None, 1, True, "buyer", True, True, True, 0.08, 150, 20, False, False, 24, 7, False, True, True, None, G],
    "z03": [99.5, 0.5, True, "buyer", True, True, True, 800 / 1164000 * 100, None, None, True, None, None, None, True,
            True, False, "PRC", S],
    "z04": [99.95, 0.5, True, "buyer", True, True, False, 1200 / 1386000 * 100, None, None, True, None, None, None,
            False, True, True, "PRC", S],
    "z05": [None, 8, False, "supplier", True, False, True, 0.02, 25, 50, True, True, 6, 25, False, True, True, "PRC", G],
    "e01": [None, 1, True, "buyer", True, True, True, 0.1, 150, 10, True, True, 18, 11, False, True, False,
            "Madagascar", G],
    "e02": [None, None, False, "buyer", True, True, True, 500 / 590000 * 100, 6 / 24 * 100, None, True, None, None,
            None, False, True, False, "PRC", S],
    "e03": [None, 1, True, "buyer", True, True, True, 0.1, 200, None, True, True, 24, 6, False, True, False, "PRC", G],
    "e04": [99.5, 0.5, True, "buyer", True, True, True, None, 150, None, True, None, None, None, False, True, False,
            "PRC", S],
    "e05": [99.95, 1, True, "buyer", False, True, True, 400 / 502000 * 100, 200, None, True, None, None, None, False,
            False, False, "PRC", S],
}
X = {  # sla_clause, ld_stated, capped, deemed, value
    "z01": (True, True, True, False, 1560000), "z02": (True, True, True, True, 1048000),
    "z03": (True, True, None, False, 1164000), "z04": (True, True, None, False, 1386000),
    "z05": (True, True, True, False, 998000), "e01": (True, True, True, False, 920000),
    "e02": (False, True, None, False, 590000), "e03": (True, True, True, False, 936000),
    "e04": (True, False, None, False, 1713600), "e05": (True, True, None, False, 502000),
}
# TCO inputs (goods only): fee base (itemised licence / hardware subtotal), forum outside mainland
TCO_BASE = {"z01": 860000, "z02": 942000, "z05": 720000, "e01": 684000, "e03": 862400}
FORUM_OUTSIDE = {"e01"}  # Antananarivo seat (the law chosen is Madagascar's anyway)
DESIGN = {
    "z01": [], "z02": ["ACCEPTANCE", "SUBCONTRACT"], "z03": ["AUTO-RENEWAL", "SLA-AVAILABILITY"],
    "z04": ["CONFIDENTIALITY", "SUBCONTRACT"],
    "z05": ["DATA-OWNERSHIP", "IP-OWNERSHIP", "LD-LOW", "LIABILITY-CAP", "POST-WARRANTY-FEE", "PREPAYMENT",
            "SLA-NO-REMEDY", "SLA-RESPONSE", "SUBCONTRACT", "TCO-SERVICE-SHARE", "WARRANTY"],
    "e01": ["GOVERNING-LAW"], "e02": ["LIABILITY-CAP", "SLA-MISSING", "SLA-RESPONSE"], "e03": [],
    "e04": ["LD-MISSING", "SLA-AVAILABILITY"], "e05": ["DATA-SECURITY", "TERMINATION"],
}
SEV = {"SLA-MISSING": "high", "SLA-AVAILABILITY": "medium", "SLA-RESPONSE": "medium", "SLA-NO-REMEDY": "medium",
       "IP-OWNERSHIP": "high", "DATA-SECURITY": "high", "DATA-OWNERSHIP": "medium", "CONFIDENTIALITY": "medium",
       "LD-MISSING": "high", "LD-LOW": "medium", "LIABILITY-CAP": "medium", "PREPAYMENT": "medium",
       "ACCEPTANCE": "high", "WARRANTY": "medium", "POST-WARRANTY-FEE": "high", "AUTO-RENEWAL": "medium",
       "TERMINATION": "medium", "SUBCONTRACT": "medium", "GOVERNING-LAW": "low", "TCO-SERVICE-SHARE": "medium"}


def tco_share(k):
    t = dict(zip(KEYS, T[k]))
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or not X[k][2]:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * TCO_BASE[k] * t["post_warranty_fee_pct"] / 100
    return fees / (X[k][4] + fees) * 100


def rules(k):
    """My own reading of policy.md section 3, applied to the label values."""
    t = dict(zip(KEYS, T[k]))
    sla, ld_stated, capped, deemed, value = X[k]
    goods = t["contract_kind"] == G
    r = []
    if not sla:
        r.append("SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.append("SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.append("SLA-RESPONSE")
    if sla and not t["sla_remedy"]:
        r.append("SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.append("IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.append("DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.append("DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.append("CONFIDENTIALITY")
    if not ld_stated:
        r.append("LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.append("LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.append("LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.append("PREPAYMENT")
    if not t["acceptance_clause"] or deemed or t["final_payment_on_acceptance"] is False:
        r.append("ACCEPTANCE")
    if goods and (t["warranty_months"] is None or t["warranty_months"] < 12):
        r.append("WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not capped or t["post_warranty_fee_pct"] > 15):
        r.append("POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.append("AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.append("TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.append("SUBCONTRACT")
    if (t["governing_law"] is not None and t["governing_law"] != "PRC") or k in FORUM_OUTSIDE:
        r.append("GOVERNING-LAW")
    share = tco_share(k)
    if share is not None and share > 40:
        r.append("TCO-SERVICE-SHARE")
    return sorted("CR-" + x for x in r)


def risk(rs):
    sev = {SEV[x[3:]] for x in rs}
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


def label(k):
    name, lang, cat = FILES[k]
    sla, ld_stated, capped, deemed, value = X[k]
    terms = dict(zip(KEYS, T[k]))
    extra = {"sla_clause": sla, "ld_stated": ld_stated}
    if terms["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    return {"file": name, "language": lang, "category": cat, "expected_terms": terms, "expected_extra": extra,
            "expected_rules": rules(k)}


# ---- threshold scan -------------------------------------------------------------------------------------------
ND = r"(?<![\d.])"
BAD = [
    ND + r"99\.9(?!\d)\s*(%|％|per ?cent)", r"百分之九十九点九(?![\d零一二三四五六七八九])",
    ND + r"4\s*(小时|个小时|hours?\b|hrs?\b|h\b)", r"(?<![十\d])四\s*个?小时", r"\bfour\s*\(?4?\)?\s*hours?\b",
    ND + r"240\s*(分钟|minutes?\b|mins?\b)",
    ND + r"0\.05(?!\d)\s*(%|％|per ?cent)", r"万分之五(?![十百\d])", r"千分之零点五",
    ND + r"100(?!\d)\s*(%|％|per ?cent)", r"百分之百", r"百分之一百", r"one hundred per ?cent",
    ND + r"30(?!\d)\s*(%|％|per ?cent)", r"百分之三十(?![一二三四五六七八九点])", r"(?<![十\d])三成", r"thirty per ?cent",
    ND + r"12\s*(个月|個月|months?\b|-month)", r"十二个月", r"\btwelve[\s-]*(\(12\)\s*)?months?\b", r"一年",
    r"\bone[\s-]*years?\b", r"\b1[\s-]*years?\b", r"\bannual\b(?=.{0,3}period of one)",
    ND + r"15(?!\d)\s*(%|％|per ?cent)", r"百分之十五(?![一二三四五六七八九点])", r"fifteen per ?cent",
    ND + r"40(?!\d)\s*(%|％|per ?cent)", r"百分之四十(?![一二三四五六七八九点])", r"(?<![十\d])四成", r"forty per ?cent",
    ND + r"5\s*(年|个年度|years?\b|-year)", r"(?<![十\d])五\s*年", r"\bfive[\s-]*(\(5\)\s*)?years?\b",
    ND + r"60\s*(个月|months?\b|-month)", r"六十个月", r"\bsixty months?\b",
]
BAD_RE = [re.compile(p, re.I) for p in BAD]
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 小时", "四小时", "four hours", "4 hours", "240分钟", "0.05%", "万分之五",
            "100%", "百分之百", "30%", "百分之三十", "三成", "12个月", "十二个月", "twelve months", "12 months", "一年",
            "one year", "15%", "百分之十五", "40%", "四成", "5年", "五年", "five years", "5 years", "60 months",
            "60个月", "第一年", "0.05 %"]
MUST_MISS = ["24小时", "24 hours", "99.95%", "99.99%", "115%", "0.15%", "150%", "2025年", "万分之五十", "服务年度",
             "14小时", "1.5%", "130%", "215%", "2015 onwards", "25%", "340%", "45日", "12个收费站", "60 days",
             "Subscription Year 1", "0.5 percentage", "135 years", "2026年6月30日", "1,500%", "440 minutes"]


def self_test():
    for s in MUST_HIT:
        assert any(r.search(s) for r in BAD_RE), "must hit: " + s
    for s in MUST_MISS:
        hit = [r.pattern for r in BAD_RE if r.search(s)]
        assert not hit, "must miss: %s %s" % (s, hit)


def scan(text, where):
    bad = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for r in BAD_RE:
            for m in r.finditer(variant):
                bad.append((where, m.group(0), variant[max(0, m.start() - 20):m.end() + 20]))
    return bad


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(p.extract_text() for p in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def label_checks(k):
    t = dict(zip(KEYS, T[k]))
    assert t["availability_pct"] != 99.9 and t["p1_response_hours"] != 4 and t["ld_rate_per_day_pct"] != 0.05
    assert t["liability_cap_pct"] != 100 and t["prepayment_pct"] != 30 and t["warranty_months"] != 12
    assert t["post_warranty_fee_pct"] != 15
    share = tco_share(k)
    assert share is None or abs(share - 40) > 2, (k, share)


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    self_test()
    sources, targets = {}, {}
    for k, (name, lang, cat) in FILES.items():
        if name.endswith((".docx", ".pdf")):
            sources[k], targets[k] = SRC[k], (name, name.rsplit(".", 1)[1])
        else:
            (OUT / name).write_text(SRC[k], encoding="utf-8")
            print("wrote", name)
    write(sources, targets, OUT, wrap_words=True)
    problems, covered = [], set()
    for k, (name, lang, cat) in FILES.items():
        lab = label(k)
        (OUT / name.rsplit(".", 1)[0]).with_suffix(".json").write_text(
            json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        want = sorted("CR-" + x for x in DESIGN[k])
        assert lab["expected_rules"] == want, (k, lab["expected_rules"], want)
        label_checks(k)
        covered |= set(want)
        text = read_back(OUT / name)
        problems += scan(text, name) + scan(SRC[k], k + " source")
        n = len(text)
        nows = len(re.sub(r"\s", "", text))
        words = len(text.split())
        share = tco_share(k)
        ok = (2750 <= n <= 3000) if lang == "zh" else (1450 <= words <= 1650)
        print("%s %s chars=%d nonws=%d words=%d risk=%s tco=%s %s %s" % (
            k, lang, n, nows, words, risk(lab["expected_rules"]), None if share is None else round(share, 2),
            "OK" if ok else "LENGTH!", ",".join(x[3:] for x in lab["expected_rules"]) or "(none)"))
    assert len(covered) == 20 and covered == {"CR-" + x for x in SEV}, sorted({"CR-" + x for x in SEV} - covered)
    print("coverage: all 20 rules")
    for p in problems:
        print("THRESHOLD", p)
    print("threshold hits:", len(problems))
