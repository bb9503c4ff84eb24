"""holdout512: ten blind, ordinary draft contracts with their labels (written before any run).

Run: /work/main/.venv/bin/python -B make_files.py   (in this folder). Writes the ten contract files and the ten .json
labels, derives every draft's expected rules from its labels (own reading of policy.md §3), checks them against the
design list, asserts that all 20 CR rules fire somewhere, scans every source and every built file for threshold figures,
and prints the text lengths as read back.
"""
import json
import re
import sys
from pathlib import Path

sys.dont_write_bytecode = True
OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------------------------------------------- z01
H512Z01 = """T:××市民政局养老服务监管平台建设项目政府采购合同
P:合同编号：MZJ-ZFCG-2027-018　　采购方式：公开招标
P:甲方（采购人）：××市民政局　　地址：××市人民路88号
P:乙方（供应商）：江州颐康信息技术有限公司　　地址：江州市高新区云谷路16号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及招标文件、乙方投标文件，甲乙双方就养老服务监管平台软件许可及定制开发事项，经协商一致，订立本合同。
H:第一条 项目内容
P:1.1 乙方向甲方提供养老服务监管平台软件（V3.0）永久使用许可，并完成机构监管、居家养老服务工单、养老补贴核算、老年人档案及与省级平台数据接口等定制开发，完成历史数据迁移、部署实施及培训。
P:1.2 平台部署于甲方政务云，具体功能以招标文件技术需求及双方确认的需求规格说明书为准。
P:1.3 乙方应交付需求规格说明书、概要及详细设计、数据库设计、接口说明、测试报告、部署手册、用户手册及全部定制部分源代码。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰陆拾捌万元整（¥1,680,000.00），含税，为固定总价，明细如下：
TB:序号|项目|金额（元）
TB:1|平台软件许可（永久，不限用户数）|880,000
TB:2|定制开发（机构监管、补贴核算、档案、省级接口）|620,000
TB:3|历史数据迁移|96,000
TB:4|部署实施及培训|84,000
TB:合计||1,680,000
P:2.2 上述价款已包含乙方完成本合同全部工作的一切费用，甲方不再另行支付其他费用。
H:第三条 付款方式
P:3.1 合同签订并收到乙方提交的等额预付款保函后15个工作日内，甲方支付合同总价的20%作为预付款，即336,000元。
P:3.2 平台完成部署并通过初步验收后15个工作日内，支付合同总价的45%，即756,000元。
P:3.3 平台通过最终验收后15个工作日内，支付合同总价的35%，即588,000元。
P:3.4 乙方每次请款前应开具合法有效的增值税发票。
H:第四条 交付期限
P:乙方应于合同签订后120日内完成部署并提交初步验收申请，于初步验收后90日内完成试运行并提交最终验收申请。乙方应在合同签订后10日内提交项目实施计划，经甲方确认后执行。
H:第五条 验收
P:5.1 初步验收标准：需求规格说明书所列功能全部实现；与省级养老服务信息平台接口联调通过，数据交换准确无误；迁移数据经全量比对一致；500个并发用户下页面响应时间不超过3秒。
P:5.2 最终验收标准：试运行期间不少于60日且无一级故障；通过甲方委托的第三方安全测评，高风险问题全部整改；源代码、数据库设计及运维文档全部移交。
P:5.3 甲方应在收到验收申请后10个工作日内组织验收并出具书面验收意见。平台上线、试运行或甲方付款均不视为验收合格。
H:第六条 质量保证与维护
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级及技术支持。
P:6.2 质保期满后，甲方如需乙方继续提供运维服务，年度运维费不超过软件许可费的8%（即每年不超过70,400元），且在质保期满后三个服务年度内不上调，具体以双方另行签订的运维合同为准。
H:第七条 服务水平
P:7.1 平台月可用率不低于99.95%（计划内维护时间除外）。
P:7.2 一级故障（平台整体不可用或补贴核算中断）乙方应在30分钟内响应，2小时内到达现场，8小时内恢复；二级故障2小时内响应，24小时内解决。
P:7.3 响应或到场每超时一小时，乙方向甲方支付800元；月可用率每低于承诺值0.01个百分点，乙方向甲方支付1,000元，可从应付款项中直接扣除。
H:第八条 知识产权
P:8.1 本项目定制开发形成的程序、源代码、接口、数据库设计及相关文档的知识产权归甲方所有，甲方有权自行或委托第三方修改、使用。
P:8.2 平台软件原有知识产权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可。乙方保证不侵犯任何第三方的合法权利。
H:第九条 数据安全
P:9.1 平台中的老年人信息、机构信息、补贴数据及其他业务数据均属于甲方所有，乙方仅可为履行本合同处理，不得用于任何其他目的，不得向第三方提供。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》，落实访问控制、加密存储、操作审计等措施，运维操作须经甲方审批并通过堡垒机进行，不得将数据复制至甲方系统以外。
P:9.3 发生数据泄露或安全事件的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成的，由乙方承担全部责任并赔偿甲方损失。
H:第十条 保密
P:乙方对履行本合同知悉的甲方工作秘密、技术资料及其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。本条在合同终止后继续有效。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期提交验收申请的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方交付成果未通过验收的，应在15日内整改；整改后仍不合格的，甲方有权解除合同并要求乙方退还已付款项。
H:第十二条 分包
P:乙方不得将本项目转包或分包给任何第三方。
H:第十三条 合同解除
P:乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方承担违约责任。
H:第十四条 争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 项目人员与培训
P:15.1 乙方应指定具有同类项目经验的项目经理常驻甲方现场，项目经理及核心开发人员未经甲方同意不得更换。乙方人员应遵守甲方办公场所管理及网络安全管理规定。
P:15.2 乙方应为甲方系统管理员、各区县民政部门及养老机构操作人员分批开展培训，培训不少于8场，并提供操作手册、管理员手册及培训视频。
H:第十六条 甲方义务
P:甲方应按约定支付合同价款，及时提供政务云资源、网络环境、历史数据及必要的业务资料，指定专人负责项目协调，并按约定组织验收。甲方应协调各区县民政部门配合数据采集与接口联调。
H:第十七条 不可抗力
P:因不可抗力不能履行合同的，受影响一方应及时通知对方，并在15日内提供证明，双方可根据影响程度协商延期履行或部分免除责任。
H:第十八条 廉洁
P:乙方不得向甲方工作人员提供礼品、礼金、消费卡或其他不正当利益，不得以任何方式影响验收和付款的公正性。发现上述行为的，甲方有权解除合同并依法处理。
H:第十九条 其他
P:本合同一式六份，甲方四份，乙方两份，自双方签字盖章之日起生效。招标文件、投标文件及中标通知书为本合同组成部分。本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:甲方（盖章）：××市民政局　　　　乙方（盖章）：江州颐康信息技术有限公司
P:代表签字：__________　　　　代表签字：__________
P:日期：2027年3月__日　　　　日期：2027年3月__日
"""

# ---------------------------------------------------------------------------------------------------------------- z02
H512Z02 = """T:冻干机控制系统改造及维保合同
P:合同编号：HYZY-SB-2027-0412
P:甲方：华源制药股份有限公司（以下简称“甲方”）
P:乙方：苏州凯瑞自动化工程有限公司（以下简称“乙方”）
P:鉴于甲方二车间两台冻干机原控制系统已停产、备件短缺，且不满足《药品生产质量管理规范》计算机化系统附录的要求，甲方委托乙方实施控制系统改造，双方经协商订立本合同。本项目已纳入甲方年度设备更新计划，并经甲方设备管理委员会批准。
H:一、改造内容
P:（一）乙方负责两台冻干机控制系统的设计、供货、安装、调试及验证配合，包括PLC控制器及I/O模块、工控机及触摸屏、真空和温度传感器的更换，以及SCADA监控与电子批记录软件的部署。
P:（二）改造后系统须具备审计追踪、电子签名、权限分级和数据备份功能。
P:（三）改造期间乙方应保持冻干机原有安全联锁功能，不得降低设备的安全与质量保障水平。
H:二、合同价格
P:（一）合同总价为人民币壹佰壹拾玖万捌仟元整（¥1,198,000），含税。明细如下：
TB:序号|项目|数量|金额（元）
TB:1|PLC控制器及I/O模块|2套|386,000
TB:2|工控机及触摸屏|2套|124,000
TB:3|真空及温度传感器|48只|168,000
TB:4|SCADA及电子批记录软件许可（永久）|2套|245,000
TB:软硬件小计|||923,000
TB:5|安装调试|1项|158,000
TB:6|验证文件及IQ/OQ/PQ配合|1项|96,000
TB:7|操作及维护培训|1项|21,000
TB:合计|||1,198,000
P:（二）以上价格包括设备、软件、运输、安装、调试、验证配合及培训的全部费用。
H:三、付款方式
P:（一）合同签订后10个工作日内，甲方支付合同总价的10%作为预付款。
P:（二）设备到货并经甲方清点签收后，支付合同总价的35%。到货签收不代表质量验收。
P:（三）系统通过最终验收后，支付合同总价的45%。
P:（四）其余10%作为质量保证金，质保期满且无未决质量问题后支付。
P:（五）乙方每次收款前应向甲方开具等额增值税专用发票，甲方付款前有权核对发票及付款条件。
H:四、工期
P:（一）乙方应在合同签订后90日内完成供货，在甲方停机窗口开始后25日内完成安装调试并提交验收申请。
P:（二）停机窗口由甲方根据生产计划确定，并至少提前20日书面通知乙方。乙方应在停机窗口开始前完成出厂测试（FAT），测试记录交甲方确认。
H:五、验收
P:（一）验收标准：控制精度达到技术协议要求（板层温度偏差±1℃以内，真空度偏差±2Pa以内）；连续三个完整冻干批次运行正常；审计追踪和电子签名功能经甲方质量部门测试符合要求；IQ/OQ/PQ报告经甲方批准。
P:（二）甲方在收到验收申请后10个工作日内组织验收并出具书面意见。设备安装完成或投入生产均不视为验收合格。
P:（三）验收不合格的，乙方应在10日内完成整改并重新提交验收，由此增加的费用和延误的时间由乙方承担。
P:（四）验收合格后，双方签署验收报告，验收报告作为最终付款依据。
H:六、质保与维保
P:（一）质保期为二十四个月，自最终验收合格之日起计算，质保期内免费维修、更换故障部件并提供软件补丁。
P:（二）质保期满后，乙方提供年度维保服务，年度维保费按软硬件小计的9%计收，即每年83,070元，质保期满后三个服务年度内不上调。
P:（三）乙方应在质保期内及质保期满后不少于八个服务年度内保证关键备件供应，PLC及传感器停产的，应提前通知甲方并提供兼容替代方案。
P:（四）一级故障（冻干机停机或批记录中断）乙方应在1小时内响应，8小时内到达现场；二级故障24小时内到场。响应或到场每超时一小时，乙方支付500元。
P:（五）维保服务内容包括每半年一次预防性维护、软件补丁更新、备份检查及远程技术支持。
H:七、数据与保密
P:（一）系统产生的工艺参数、批记录、审计追踪等数据属于甲方。乙方应遵守数据完整性要求，不得删除、篡改或复制数据，远程维护须经甲方审批并全程记录。
P:（二）因乙方原因导致数据丢失、篡改或泄露的，乙方应在2小时内报告甲方，并承担全部赔偿责任。
P:（三）双方对在履行本合同中获知的对方技术资料、工艺参数和商业信息负有保密义务，合同终止后继续有效。
P:（四）乙方应在改造前协助甲方完成原系统历史批记录的导出与备份，确保改造后可查阅，备份数据由甲方保管。
H:八、知识产权
P:为本项目编写的PLC程序、组态画面、配方模板及源代码归甲方所有，甲方可自行修改和使用。软件产品本身的知识产权归原权利人。乙方保证所供软件为正版，并对第三方知识产权索赔承担全部责任。
H:九、分包
P:乙方可将现场布线、机柜安装等辅助工作分包给第三方，但应提前5个工作日书面通知甲方，并对分包方的工作承担责任。
H:十、甲方义务
P:（一）甲方应按约定付款，提供停机窗口、现场水电气条件及原系统图纸、工艺参数清单等技术资料。
P:（二）甲方应指定设备、工艺及质量部门联系人，及时确认设计方案、功能说明和验证方案。
H:十一、现场管理与人员
P:（一）乙方人员进入洁净区应遵守甲方更衣、消毒、物料传递及人员进出管理规程，按甲方要求接受GMP及安全培训。
P:（二）乙方应提交施工方案和风险评估，动火、登高、带电等作业须经甲方批准。因乙方人员违规造成产品污染或设备损坏的，乙方承担赔偿责任。
P:（三）乙方项目经理应具备冻干机或同类制药设备控制系统改造经验，未经甲方同意不得更换。
H:十二、培训与技术文件
P:（一）乙方应为甲方操作人员、设备维修人员和质量人员分别开展培训，培训结束后进行考核，考核合格人员应能独立完成日常操作、报警处理和数据备份。
P:（二）乙方应交付电气图纸、I/O清单、PLC程序及注释、组态画面说明、用户需求说明、功能说明、设计说明、验证方案与报告、操作及维护手册，纸质版和电子版各一套。
H:十三、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
P:（二）甲方逾期付款的，每逾期一日按应付金额的万分之三支付违约金。
P:（三）乙方严重违约，经书面催告后15日内仍未改正的，甲方有权解除合同，并要求乙方赔偿损失。
P:（四）乙方交付的设备或软件不符合技术协议的，应免费更换或修改，由此导致的验证重做费用由乙方承担。
H:十四、不可抗力
P:因不可抗力导致不能按期履行的，受影响一方应及时书面通知对方并提供证明，履行期限相应顺延，双方协商处理后续事宜。
H:十五、争议解决
P:本合同适用中华人民共和国法律。争议协商不成的，提交苏州仲裁委员会仲裁。
H:十六、其他
P:（一）本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:（二）本合同附件包括：技术协议、设备清单、验证方案、培训计划。附件与本合同具有同等效力。
P:（三）双方的通知应以书面形式送达本合同载明的地址或联系人，联系人变更的应及时通知对方。
P:甲方（盖章）：华源制药股份有限公司　　乙方（盖章）：苏州凯瑞自动化工程有限公司
P:授权代表：__________　　授权代表：__________
"""

# ---------------------------------------------------------------------------------------------------------------- z03
H512Z03 = """宠物医院病历及预约管理系统SaaS服务合同

合同编号：PW-SAAS-2027-06
甲方：成都安宠宠物医院连锁管理有限公司
乙方：西蜀云诊科技有限公司

甲方在成都及周边经营20家宠物医院，拟统一使用病历、预约挂号及会员管理系统。乙方为SaaS服务提供商。双方经协商，就乙方向甲方提供系统订阅服务及实施服务达成如下约定。

1. 服务内容
1.1 乙方向甲方20家门店提供“云诊宠物医院管理系统”SaaS订阅服务，包括电子病历、预约挂号、疫苗提醒、会员储值、药品库存及门店经营报表模块。
1.2 乙方提供实施服务：各门店历史病历及会员数据迁移、系统配置、与甲方微信公众号预约入口对接及门店人员培训。
1.3 乙方保证系统适用于宠物诊疗业务，符合动物诊疗机构管理相关规定对病历保存的要求。

2. 服务期限
2.1 服务期为两个服务年度，自2027年7月1日起至2029年6月30日止。
2.2 服务期届满前30日内任何一方未书面提出不续约的，本合同自动续期一个服务年度，可连续续期。续期服务费按乙方届时公布的标准价格执行，乙方有权据此调整服务费。

3. 费用
3.1 订阅服务费：每家门店每个服务年度18,600元，20家门店每个服务年度合计372,000元，两个服务年度合计744,000元。
3.2 实施服务费：86,000元，一次性支付。
3.3 本合同总价为830,000元（含税）。
3.4 服务期内订阅单价不变。

4. 付款
4.1 实施服务费于上线验收合格后15个工作日内支付。
4.2 订阅服务费按季度支付，每季度首月10日前支付当季服务费93,000元。
4.3 乙方应在收款前开具增值税专用发票。
4.4 甲方逾期付款超过30日的，乙方可书面催告，但不得在催告期届满前暂停服务。

5. 实施与验收
5.1 乙方应在2027年6月20日前完成全部门店上线。每逾期一日，乙方向甲方支付违约金500元。
5.2 上线验收标准：20家门店历史病历与会员数据经抽样比对（每家门店不少于200份）无差错；预约、接诊、开方、收费流程测试全部通过；门店高峰时段常用页面响应时间不超过3秒。
5.3 甲方在乙方提交验收申请后5个工作日内组织验收并签署验收单。门店开始使用系统不视为验收合格。
5.4 正式上线前，乙方应选择2家门店进行不少于7日的试点运行，试点中发现的问题应在全面上线前解决。
5.5 验收通过后，乙方应提交实施总结报告和系统管理员手册。

6. 服务水平
6.1 系统月可用率不低于99.95%，计划维护应安排在凌晨0点至6点并提前3日通知。
6.2 一级故障（全部或多家门店无法登录、挂号或开具病历）乙方应在30分钟内响应，3小时内恢复；二级故障2小时内响应，次日内解决。
6.3 月可用率未达承诺的，按当月服务费的5%至20%抵扣下季度服务费；一级故障响应超时的，每次抵扣1,000元。
6.4 乙方每月向甲方提交服务报告，内容包括可用率、故障记录、处理时长及抵扣金额，经甲方确认后作为抵扣依据。
6.5 乙方应提供故障工单系统，甲方可随时查询故障处理进度。

7. 数据
7.1 甲方及其客户在系统中录入的病历、预约、会员及经营数据归甲方所有。
7.2 甲方同意乙方可将去标识化处理后的病历和预约数据用于乙方产品改进、行业统计分析及发布宠物诊疗行业报告，该等使用在本合同终止后仍可继续。
7.3 乙方应将数据存储于中国境内，采取加密传输与存储、权限控制、日志审计和每日备份等措施，系统通过网络安全等级保护三级测评。乙方每个服务年度至少开展一次数据恢复演练。
7.4 发生数据泄露、丢失等安全事件的，乙方应在2小时内通知甲方并采取补救措施；因乙方原因造成的，乙方承担相应赔偿责任。
7.5 服务期内甲方可随时通过系统导出本方数据，乙方不得设置障碍或另行收费。
7.6 合同终止后30日内，乙方应按甲方要求以通用格式返还全部数据，并在甲方确认后删除。

8. 知识产权
8.1 系统平台及其升级版本的知识产权归乙方所有。
8.2 乙方为甲方专门配置的病历模板、报表及对接接口程序归甲方所有，甲方可自由使用和修改。
8.3 乙方保证系统不侵犯第三方知识产权，因此引起的索赔由乙方负责处理并承担费用。

9. 保密
双方对在合作中知悉的对方商业秘密、客户信息及技术资料负有保密义务，未经对方书面同意不得披露，保密义务在合同终止后继续有效。乙方员工应签署保密承诺。

10. 责任限制
10.1 乙方违反本合同的，应承担违约责任。
10.2 乙方在本合同项下的累计赔偿责任（含违约金）以甲方在索赔事件发生前六个月内已支付的服务费为限。因乙方故意造成的损失不受此限。

11. 分包
乙方不得将本合同服务转包或分包；确需使用第三方云资源或服务的，应事先取得甲方书面同意。

12. 合同解除
12.1 乙方严重违约，经甲方书面通知后15日内未纠正的，甲方有权解除合同，乙方应退还未使用服务期的服务费。
12.2 一级故障在一个自然月内发生3次以上的，甲方有权解除合同。
12.3 合同终止时，乙方应配合甲方将数据迁移至甲方指定的系统，并在迁移完成前保持系统只读访问。
12.4 甲方提前解除合同的，应提前30日书面通知乙方，并结清已使用服务期的服务费。

13. 甲方责任
13.1 甲方应指定项目负责人及各门店联络人，按乙方要求提供历史数据、门店信息及公众号接口权限，并组织门店人员参加培训。
13.2 甲方应妥善保管系统账号和密码，不得将系统用于违法用途或向第三方转售。
13.3 甲方应确保门店使用的电脑、网络及打印设备满足乙方公布的最低配置要求。

14. 培训与支持
14.1 乙方应在上线前为每家门店的医生、助理及前台人员提供现场或远程培训，并提供操作视频和常见问题手册。
14.2 服务期内乙方提供7×24小时故障报告渠道，工作日9:00至21:00提供在线客服，并为甲方配备专属客户经理，每季度开展一次服务回顾。
14.3 乙方对系统进行版本升级的，应提前7日通知甲方，升级不得影响甲方已使用的功能和数据。
14.4 每个服务年度乙方为新入职员工提供不少于4次远程集中培训。

15. 新增门店
服务期内甲方新开门店的，可按每家门店每个服务年度18,600元的单价增购订阅服务，费用按剩余服务期折算。

16. 不可抗力
因不可抗力导致服务中断的，受影响一方应及时通知对方，并尽力减少损失。不可抗力持续超过30日的，双方可协商解除合同，已支付但未使用的服务费应予退还。

17. 争议解决
本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，提交成都仲裁委员会仲裁。

18. 其他
本合同附件包括：门店清单、服务功能清单及上线验收方案。本合同未尽事宜由双方另行签订补充协议。本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：成都安宠宠物医院连锁管理有限公司
乙方（盖章）：西蜀云诊科技有限公司
签署日期：2027年5月__日
"""

# ---------------------------------------------------------------------------------------------------------------- z04
H512Z04 = """国家税务总局××市××区税务局办税服务厅排队叫号系统年度运维服务合同

项目编号：QSW-JZCS-2026-31（竞争性磋商）
采购人（甲方）：国家税务总局××市××区税务局
供应商（乙方）：××市恒信智能系统工程有限公司

根据竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就区局办税服务厅及下属两个分厅排队叫号系统的运行维护服务，订立本合同。经磋商小组评审，乙方为本项目成交供应商。

（1）服务范围。乙方负责甲方3个办税服务厅内排队叫号系统的运行维护，包括叫号服务器及管理软件、取号机12台、窗口显示屏46块、综合LED屏5块、评价器46台、语音呼叫设备及与甲方预约办税系统的接口。服务地点为区局办税服务厅（主厅）及两个分厅，地址详见附件1。

（2）服务期限。自2027年1月1日起至2027年12月31日止。期满后如需继续服务，由甲方依法重新组织采购，本合同不自动续期。

（3）服务内容。乙方应安排1名工程师在区局主厅驻场（工作日8:30至17:30），每月对全部设备巡检一次，每季度完成一次软件版本检查和数据库维护，服务期内完成一次系统全面健康检查并提交报告，按甲方要求调整业务队列和窗口配置，并在征期高峰及重大活动期间提供现场保障。

（4）合同价款。本合同总价为人民币308,000元，含税，为服务期内固定价格，构成如下：
驻场及巡检服务 168,000元；
软件维护及版本升级 64,000元；
备品备件（取号机、评价器、显示屏易损件） 52,000元；
征期及应急保障 24,000元。

（5）付款方式。服务费按季度支付。每季度结束后，甲方依据第（9）项考核结果，在10个工作日内支付当季服务费77,000元（扣除应扣款项）。本合同不设预付款。乙方应在收款前开具合法有效的发票。

（6）服务水平。叫号系统月可用率不低于99.5%（以叫号服务器及全部取号机可正常取号计）。

（7）故障响应。一级故障（任一服务厅无法取号或叫号）驻场工程师应在15分钟内响应，1小时内恢复；非驻场时段30分钟内电话响应，2小时内到场。二级故障（部分设备故障）2小时内处理完毕。

（8）服务扣款。月可用率每低于承诺值0.1个百分点，扣减当季服务费的2%；一级故障响应或恢复每超时一次，扣款300元。

（9）考核与验收。甲方每季度对乙方服务进行考核，考核内容包括巡检记录完整性、故障处理时限、可用率统计和纳税人评价数据准确性，考核结果以书面形式确认。季度考核得分低于80分的，甲方可约谈乙方并要求限期整改。服务期满后，甲方依据四个季度的考核结果及乙方提交的年度运维报告组织年度验收。

（10）违约金。乙方未按约定完成月度巡检、季度版本检查或备件更换的，每逾期一日，按合同总价的万分之二向甲方支付违约金。

（11）数据安全。叫号系统中的纳税人姓名、证件号码、办税事项、评价记录等数据属于甲方。乙方人员仅可在甲方内网、经甲方授权后接触数据，不得拷贝、留存或对外提供；远程维护一律禁止。乙方应落实甲方网络安全管理制度。乙方应定期对驻场人员开展数据安全教育，并留存记录。因乙方原因导致数据泄露的，乙方应立即报告并承担全部法律责任和赔偿责任。

（12）保密。乙方及其人员对在服务中知悉的甲方工作信息、纳税人信息及网络配置负有保密义务，驻场人员须签署保密承诺书。乙方应对其人员的保密行为负责。保密义务不因合同终止而解除。

（13）成果归属。乙方在服务中形成的运维记录、配置文档、脚本及报告归甲方所有。未经甲方同意，乙方不得将上述资料用于其他项目。

（14）人员与分包。乙方不得将本合同服务转包或分包。驻场工程师更换须提前10个工作日征得甲方同意。

（15）合同解除。乙方严重违约，或一级故障当季累计超过3次，经甲方书面通知后仍未改正的，甲方有权解除本合同，并按实际服务期结算费用。甲方解除合同的，有权另行委托第三方提供服务，由此增加的合理费用由乙方承担。

（16）驻场人员。驻场工程师应具备叫号系统运维经验并持有相关技术证书，遵守甲方办公纪律、着装及服务规范，不得在窗口区域从事与运维无关的活动。驻场工程师请假的，乙方应安排具备同等能力的人员顶岗。乙方应建立驻场人员考勤记录，每月随运维报告提交甲方。

（17）甲方义务。甲方应为驻场工程师提供必要的办公位置、网络接入和工作条件，指定专人负责日常联络，按约定对乙方服务进行考核并支付服务费。甲方调整窗口设置或业务流程的，应提前通知乙方。

（18）备品备件。乙方应在区局主厅存放不少于一台取号机主板、两块窗口显示屏、五台评价器的备件，并建立备件台账。更换下的故障部件中存有数据的，应交甲方处置，不得带离。

（19）服务报告与交接。乙方应于每月5日前提交上月运维报告，包括巡检情况、故障记录、可用率统计和改进建议；服务期满时，乙方应向甲方或甲方指定的后续服务单位移交全部运维文档、账号和配置，并提供不少于10个工作日的交接配合。

（20）廉洁。乙方不得向甲方工作人员提供任何形式的不正当利益。乙方发现甲方工作人员有索取财物等行为的，应向甲方纪检部门反映。

（21）不可抗力。因不可抗力不能履行合同的，受影响一方应及时通知对方并提供证明，双方根据影响程度协商处理。

（22）工具与合规。乙方用于运维的软件工具应为正版或开源许可软件，不得在甲方系统中安装与运维无关的软件。因乙方使用的工具引起的知识产权纠纷由乙方负责。

（23）安全作业。乙方人员在服务厅内作业应做好安全防护，登高作业及电气作业应持证上岗；因乙方原因造成人员伤害或设备损坏的，由乙方承担责任。

（24）应急预案。乙方应在服务期开始后15日内提交叫号系统应急预案，包括服务器故障、网络中断和停电时的手工取号流程，并每半年配合甲方开展一次应急演练。

（25）服务质量评价。甲方可通过纳税人评价数据、窗口人员反馈和现场抽查等方式评价乙方服务质量，评价结果纳入季度考核。

（26）合同变更。服务期内甲方增加办税窗口或新设服务网点的，双方可参照本合同单价签订补充协议。

（27）通知。双方往来通知以书面形式送达本合同载明的地址，以电子邮件送达的，以对方确认收到为准。任何一方联系人或地址变更的，应在变更后3个工作日内书面通知对方。

（28）争议解决。本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，依法向甲方所在地人民法院提起诉讼。

（29）其他。磋商文件、响应文件及成交通知书为本合同组成部分。本合同一式五份，甲方三份，乙方两份，自双方盖章之日起生效。

甲方（盖章）：                    乙方（盖章）：
经办人：                          授权代表：
日期：2026年12月__日              日期：2026年12月__日
"""

# ---------------------------------------------------------------------------------------------------------------- z05
H512Z05 = """# 溯源云质量追溯系统软件许可及定制开发合同

**杭州溯源云信息科技有限公司 标准合同文本 V4.0**

合同编号：SYY-XS-2027-0153

- 甲方（采购方）：闽山茶饮料股份有限公司
- 乙方（供应方）：杭州溯源云信息科技有限公司

甲方为实现茶饮料产品从原料茶叶、生产批次到经销商的全程质量追溯，经比选，向乙方采购溯源云质量追溯系统软件许可及定制开发服务。双方根据《中华人民共和国民法典》订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供溯源云质量追溯系统（标准版）软件永久使用许可，部署于甲方服务器。

1.2 乙方按甲方需求完成一物一码赋码接口、6条灌装线数据采集对接、原料茶园批次管理及经销商扫码查询的定制开发，并提供实施培训。

1.3 软件许可范围：甲方一个法人主体、一个生产基地使用，不限用户数。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 溯源云质量追溯系统软件许可（标准版，永久） | 560,000 |
| 2 | 一物一码赋码接口定制开发 | 186,000 |
| 3 | 灌装线数据采集对接（6条线） | 92,000 |
| 4 | 实施及培训 | 42,000 |
| | 合计 | 880,000 |

合同总价为人民币捌拾捌万元整（¥880,000），含税。合同价款不含服务器、数据库、赋码设备及标签耗材费用，由甲方自行采购。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的55%，即484,000元，乙方收款后启动项目。

3.2 系统上线运行后10个工作日内，甲方支付合同总价的45%，即396,000元。

3.3 甲方逾期付款的，每逾期一日按应付金额的千分之一向乙方支付违约金，乙方有权暂停服务直至甲方付清款项。

3.4 乙方收款后开具增值税普通发票。

## 第四条 实施进度

4.1 乙方计划在收到首笔款项后100日内完成部署和定制开发并上线运行。

4.2 因甲方需求变更、现场条件或产线停机安排导致工期延误的，工期相应顺延。乙方进度滞后时，双方协商调整实施计划。

4.3 乙方应在项目启动后10个工作日内提交实施计划。

## 第五条 上线与验收

5.1 乙方完成部署后通知甲方上线。系统上线运行即视为甲方验收合格。

5.2 甲方在上线后提出的功能调整需求，乙方按第九条约定另行报价。

5.3 上线运行后，甲方应在乙方提供的上线确认单上签字。

## 第六条 免费维护

6.1 免费维护期为六个月，自系统上线之日起计算。

6.2 免费维护期内乙方通过电话和远程方式提供技术支持，修复软件缺陷。

6.3 一级故障（赋码或扫码查询中断）乙方在8小时内响应，二级及以下故障在3个工作日内响应。

6.4 乙方将尽力按上述时限处理故障，但因故障处理超时造成的损失，乙方不承担任何扣款、赔偿或违约金责任。

6.5 免费维护期内，因甲方原因造成的故障或硬件、网络问题不在免费维护范围内。

## 第七条 年度维护

7.1 免费维护期满后，乙方提供年度维护服务，年度维护费按软件许可费的32%计收，即每年179,200元，按年预付。

7.2 甲方未续购年度维护服务的，乙方不再提供软件升级和故障处理。

7.3 年度维护服务内容包括版本升级、远程技术支持和故障处理，现场服务按每人日2,800元另计。

## 第八条 知识产权

8.1 溯源云系统软件及其文档的知识产权归乙方所有。

8.2 乙方为甲方定制开发的赋码接口、产线对接程序、报表及相关源代码，知识产权均归乙方所有。甲方在本合同约定范围内享有非独占、不可转让的使用权，不得自行或委托第三方修改、反编译或向第三方提供。

## 第九条 需求变更

合同范围以外的开发需求，按每人日2,800元计费，由双方另行签订补充协议。需求变更导致工期延长的，工期相应顺延。

## 第十条 数据安全

10.1 系统中的生产批次、质检、赋码及经销商数据归甲方所有，乙方不得用于本合同以外的目的。

10.2 乙方远程支持须经甲方授权，采取加密通道，不得留存甲方数据。因乙方原因导致数据泄露或损毁的，乙方应及时通知甲方并承担相应赔偿责任。

10.3 甲方应自行做好数据的日常备份。

## 第十一条 保密

双方对在履行本合同过程中知悉的对方商业秘密和技术信息负有保密义务，未经对方书面同意不得向第三方披露，保密期限至合同终止后三年。

## 第十二条 甲方义务

12.1 甲方应按乙方要求提供符合配置要求的服务器、数据库、网络环境及灌装线设备接口资料，并保证其正常运行。

12.2 甲方应指定项目联系人，及时确认需求和实施方案。甲方未及时确认或提供条件的，实施期限相应顺延，由此增加的费用由甲方承担。

12.3 甲方应妥善保管系统账号，不得将软件用于合同约定以外的工厂或转让给第三方使用。

12.4 甲方应为乙方实施人员进入生产区域提供便利，并告知安全及卫生要求。

## 第十三条 培训与文档

13.1 乙方为甲方提供2次集中培训，每次不超过2日，培训对象为甲方系统管理员和关键用户。超出部分按每人日2,800元另行计费。

13.2 乙方交付用户手册和管理员手册电子版。

13.3 培训在甲方工厂进行的，乙方人员差旅费由甲方承担。

13.4 甲方需要乙方派员驻场的，双方另行商定驻场人数、期限和费用。

## 第十四条 软件升级

14.1 在免费维护期及有效的年度维护期内，乙方提供标准版软件的版本升级。

14.2 定制开发部分因标准版升级需要适配的，乙方另行报价。

## 第十五条 违约责任

15.1 任何一方违反本合同约定的，应承担相应的违约责任。

15.2 任何一方均不对另一方的间接损失、利润损失或商誉损失承担责任。

## 第十六条 合同解除

一方严重违约，经另一方书面催告后30日内仍未纠正的，守约方有权书面通知解除本合同。合同解除后，甲方已支付的款项不予退还，但因乙方严重违约导致解除的除外。

## 第十七条 不可抗力

因地震、台风、疫情、政府行为等不可抗力导致合同不能履行的，受影响一方不承担责任，但应及时通知对方。

## 第十八条 争议解决

因本合同引起的争议，双方协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十九条 其他

19.1 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

19.2 本合同附件：报价单、功能清单、实施计划。本合同未尽事宜，双方协商签订补充协议。

19.3 本合同的任何变更须经双方书面确认并盖章。

甲方（盖章）：闽山茶饮料股份有限公司　　　乙方（盖章）：杭州溯源云信息科技有限公司

授权代表：__________　　　授权代表：__________

日期：2027年4月__日
"""

# ---------------------------------------------------------------------------------------------------------------- e01
H512E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. CSL-2027-044
P:This Software Licence and Services Agreement (the "Agreement") is made on the date of the last signature below between:
P:(1) Sassuolo Planning Systems S.r.l., a company incorporated in Italy with its registered office at Via Radici in Piano 214, 41049 Sassuolo (MO), Italy (the "Vendor"); and
P:(2) Foshan Nanzhuang Ceramic Tiles Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Chancheng District, Foshan, Guangdong Province (the "Customer").
P:Recitals: (A) The Vendor develops and licenses KilnPlan, a production planning and scheduling system for ceramic tile plants. (B) The Customer operates four kiln lines at its Nanzhuang plant and wishes to license KilnPlan and to have the Vendor configure it, build interfaces to the Customer's ERP and kiln control systems, migrate master data and train its staff. (C) At the Customer's request all prices are stated and payable in Chinese Yuan (CNY).
H:Article 1 Definitions
P:1.1 "Licensed Software" means KilnPlan version 8, its server components and the user licences listed in Article 3, in object code, with documentation and all updates supplied during the Warranty Period or under Annual Support.
P:1.2 "Custom Deliverables" means the interfaces, configurations, reports, scripts and documents created by the Vendor specifically for the Customer under this Agreement.
P:1.3 "Customer Data" means all production orders, recipes, plant data, stock figures and other data of the Customer processed by the Licensed Software or by the Vendor.
P:1.4 "Final Acceptance" means the written acceptance issued by the Customer under Article 6.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Licensed Software at its plants in the People's Republic of China for its own business purposes, for the number of users purchased.
P:2.2 The Customer may make copies for back-up, testing and disaster recovery. The Customer may transfer the licence to an affiliate that takes over the plant, on written notice to the Vendor.
H:Article 3 Prices
P:3.1 The Contract Price is CNY 1,440,000 (one million four hundred and forty thousand yuan), including VAT, made up as follows:
P:Server licence, KilnPlan Enterprise (perpetual): CNY 620,000
P:Named user licences, 40 users at CNY 9,500 each: CNY 380,000
P:Licence Fees subtotal: CNY 1,000,000
P:Configuration and interfaces to ERP and four kiln control systems: CNY 345,000
P:Master data migration: CNY 58,000
P:Training (key users and administrators): CNY 37,000
P:Total Contract Price: CNY 1,440,000
P:3.2 The Contract Price is fixed. Travel and accommodation of the Vendor's staff in China are included.
H:Article 4 Payment
P:4.1 The Customer shall pay 20% of the Contract Price within 30 days after signature of this Agreement, against the Vendor's invoice.
P:4.2 The Customer shall pay 45% of the Contract Price within 30 days after the Go-Live of the Licensed Software on all four kiln lines.
P:4.3 The Customer shall pay the remaining 35% of the Contract Price within 30 days after Final Acceptance.
P:4.4 All invoices shall be issued in CNY by the Vendor's appointed invoicing agent in China. Payments shall be made by bank transfer.
H:Article 5 Delivery and Project Plan
P:5.1 The Vendor shall install the Licensed Software on the Customer's servers within 30 days after signature and shall achieve Go-Live on all four kiln lines within 150 days after signature, in accordance with the project plan agreed at the kick-off meeting.
P:5.2 If the Vendor fails to achieve Go-Live or to submit the system for Final Acceptance by the dates in the project plan for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to a maximum of 8% of the Contract Price.
H:Article 6 Acceptance
P:6.1 After Go-Live the system shall run in production for a trial period of 45 days. During the trial period the Vendor shall demonstrate that: (a) all functions listed in the functional specification work as described; (b) the interfaces transfer orders, recipes and kiln status between KilnPlan, the ERP and the kiln control systems without loss or error for 20 consecutive working days; (c) a full weekly schedule for four kiln lines is calculated in less than 5 minutes; and (d) there is no open Severity 1 or Severity 2 defect.
P:6.2 When the criteria in Article 6.1 are met the Customer shall issue a Final Acceptance certificate within 10 working days. Go-Live, production use or payment of any instalment shall not be treated as Final Acceptance.
H:Article 7 Warranty and Support
P:7.1 The Vendor warrants that the Licensed Software and the Custom Deliverables will perform in accordance with the documentation and the functional specification for 18 months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects and provide updates and support free of charge.
P:7.2 Support requests are classified as follows. Severity 1 (scheduling or an interface stopped for a kiln line): response within 1 hour, workaround within 8 hours. Severity 2 (a major function impaired): response within 8 working hours. Severity 3 (other issues): response within 2 working days.
P:7.3 For each full hour by which the Vendor exceeds the Severity 1 response time the Vendor shall credit CNY 1,000 against the next amount payable by the Customer.
P:7.4 After the Warranty Period the Customer may order Annual Support at 11% of the Licence Fees per year (CNY 110,000), and this fee shall not be increased for three years after the Warranty Period. Annual Support is ordered by a separate purchase order for each year and does not renew automatically.
H:Article 8 Intellectual Property
P:8.1 The Licensed Software and all intellectual property rights in it remain the property of the Vendor.
P:8.2 All rights in the Custom Deliverables vest in the Customer on payment. The Vendor shall deliver their source code and documentation, and the Customer may use, modify and license them freely, including by third parties engaged by the Customer.
H:Article 9 Customer Data and Security
P:9.1 Customer Data belongs to the Customer. The Vendor shall process Customer Data only to perform this Agreement and on the Customer's instructions, and shall not use it for any other purpose.
P:9.2 The Licensed Software is hosted on the Customer's servers in Foshan. Remote access by the Vendor requires the Customer's approval for each session, is made through the Customer's VPN with multi-factor authentication and is logged. The Vendor shall not copy Customer Data outside the Customer's systems.
P:9.3 The Vendor shall comply with the PRC Data Security Law and Personal Information Protection Law, shall notify the Customer within 12 hours of any security incident affecting Customer Data, and shall be liable for the losses caused by any breach of this Article.
H:Article 10 Confidentiality
P:Each party shall keep confidential all non-public information received from the other party, in particular the Customer's recipes, production volumes and prices, and shall use it only for this Agreement. This obligation survives termination for three years.
H:Article 11 Subcontracting
P:The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains responsible for any approved subcontractor.
H:Article 12 Liability
P:The total liability of each party under this Agreement is limited to 150% of the Contract Price. This limit does not apply to breach of Articles 9 and 10, wilful misconduct or infringement of third-party rights.
H:Article 13 Termination
P:13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after receiving notice of it.
P:13.2 The Customer may also terminate if the liquidated damages under Article 5.2 reach their maximum. On termination by the Customer the Vendor shall refund the amounts paid for services not performed.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of Italy.
P:14.2 Any dispute arising out of or in connection with this Agreement shall be finally settled by arbitration under the Rules of the Milan Chamber of Arbitration by a sole arbitrator. The seat of arbitration is Milan, Italy, and the language of the arbitration is English.
H:Article 15 General
P:15.1 This Agreement, with the functional specification and the project plan, is the entire agreement between the parties. Amendments must be in writing and signed by both parties.
P:15.2 Neither party shall be liable for a delay caused by force majeure, provided that it notifies the other party promptly, takes reasonable steps to limit the effect and resumes performance as soon as possible. Dates in the project plan are extended by the period of the force majeure event.
P:15.3 Notices under this Agreement shall be in writing and sent by courier or e-mail to the addresses and contacts named in the project plan. A notice by e-mail is received when the recipient acknowledges it.
P:15.4 Neither party may assign this Agreement without the prior written consent of the other party, except as provided in Article 2.2.
P:15.5 This Agreement is executed in two English originals, one for each party.
P:For the Vendor: ____________________  Name and title:  Date:
P:For the Customer: ____________________  Name and title:  Date:
"""

# ---------------------------------------------------------------------------------------------------------------- e02
H512E02 = """# ORDER FORM No. LUM-CN-0271

**Lumora Learning Ltd** (company registration C 81234), Triq Bisazza 45, Sliema SLM 1641, Malta ("Lumora")

**Customer:** Anhui Huixian Supermarket Chain Co., Ltd., Shushan District, Hefei, Anhui Province, People's Republic of China ("Customer")

This Order Form and the Lumora General Terms printed below (together, the "Agreement") set out the terms on which Lumora provides its online learning platform to Customer for the training of its store staff. By signing this Order Form both parties agree to the General Terms. If there is a conflict, this Order Form prevails.

## Part A - Order details

**A1 Service.** Lumora Learn Enterprise: course library, course authoring, assignments and exams, mobile learning app in Simplified Chinese, reporting dashboards and single sign-on with Customer's staff directory.

**A2 Subscription Term.** Three Subscription Years, from 1 April 2027 to 31 March 2030 (the "Subscription Term").

**A3 Users.** Up to 2,400 active users at any time. Additional users may be ordered at the same unit price, pro rata.

**A4 Fees.** At Customer's request all fees are stated and invoiced in Chinese Yuan (CNY).

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription fee, 2,400 users | per Subscription Year | 264,000 |
| Subscription fees for the Subscription Term | 3 Subscription Years | 792,000 |
| Onboarding: SSO set-up, data import, 20 course conversions, admin training | one-time | 48,000 |
| Total contract value | | 840,000 |

**A5 Invoicing and payment.** Subscription fees are invoiced quarterly in arrears, at the end of each calendar quarter, and are payable within 30 days of invoice. The onboarding fee is invoiced after Go-Live Acceptance. No amount is payable in advance.

**A6 Onboarding and Go-Live.** Lumora shall complete onboarding and make the service available for acceptance by 15 March 2027. If Go-Live is late for reasons attributable to Lumora, Lumora shall pay Customer CNY 600 for each day of delay.

**A7 Go-Live Acceptance.** Customer shall test the service against the acceptance checklist attached to this Order Form, including: single sign-on for all user groups; import of the staff directory and store structure with no errors; the 20 converted courses playable on the web and on the mobile app; exam results and reports matching a test data set; and pages loading in under 3 seconds from Customer's stores. Customer shall sign the Go-Live Acceptance certificate within 5 working days after the checklist is met. Use of the service before then is not acceptance.

**A8 Customer contacts.** Customer's project manager is the head of the Training Department in Hefei. Lumora's customer success manager will hold a kick-off meeting within 10 days of signature and a review meeting with Customer at the end of each quarter.

**A9 Renewal.** The Agreement does not renew automatically. Any renewal requires a new Order Form signed by both parties.

**Signatures**

For Lumora Learning Ltd: ____________________ Name / Title / Date

For Anhui Huixian Supermarket Chain Co., Ltd.: ____________________ Name / Title / Date

## Part B - Lumora General Terms

### Section 1 Service and use

1.1 Lumora shall provide the service described in the Order Form with reasonable skill and care and in accordance with its documentation.

1.2 Customer shall use the service only for the training of its own staff and contractors and shall keep user credentials secure.

1.3 Customer is responsible for the accuracy of the staff directory and content that it uploads, and for obtaining any consents needed from its staff under applicable law.

1.4 Lumora may update and improve the service from time to time, provided that updates do not materially reduce the functions described in the Order Form. Lumora shall announce material changes at least 30 days in advance in the administrator console.

1.5 Lumora shall provide an administrator help desk by e-mail and telephone in Simplified Chinese from 08:30 to 18:00 China Standard Time on working days.

### Section 2 Service levels

2.1 Lumora shall make the service available at least 99.95% of the time in each calendar month, excluding maintenance announced at least five days in advance and carried out between 00:00 and 06:00 China Standard Time.

2.2 Priority 1 incidents (the service unavailable for all users or exams cannot be taken) shall be responded to within 30 minutes and restored within 6 hours. Priority 2 incidents (a major function impaired for some users) shall be responded to within 2 hours.

2.3 If availability in a month falls below the level in Section 2.1, Customer shall receive a service credit of 5% of the monthly equivalent fee for each 0.1 percentage point of shortfall, up to 50%. Credits are deducted from the next invoice.

2.4 Lumora shall send Customer a monthly service report showing availability, incidents, response and restoration times and any credits due. Customer may ask for a review meeting on any report.

### Section 3 Customer Data

3.1 All personal data of Customer's staff, learning records, exam results and content uploaded by Customer ("Customer Data") belong to Customer. Lumora shall process Customer Data only to provide the service and on Customer's documented instructions, and shall not use it for any other purpose.

3.2 Customer Data is stored in a data centre in mainland China operated by Lumora's hosting provider. Lumora shall encrypt Customer Data in transit and at rest, restrict access to named support staff, keep access logs for at least 180 days and comply with the PRC Personal Information Protection Law and Data Security Law.

3.3 Lumora shall notify Customer within 24 hours of becoming aware of any security incident affecting Customer Data, shall take all reasonable steps to contain it and shall be responsible for the losses that the incident causes to Customer where it results from Lumora's breach of this Section.

3.4 Within 30 days after the end of the Subscription Term Lumora shall return Customer Data in a standard export format and then delete it.

### Section 4 Intellectual property

4.1 Lumora owns the service, the platform and its standard course library.

4.2 Courses, questions and materials created by Lumora specifically for Customer under the Order Form, and Customer's configurations, belong to Customer, which may use, modify and license them without restriction.

4.3 Lumora warrants that the service does not infringe the intellectual property rights of any third party and shall defend Customer against any claim that it does, at Lumora's cost.

### Section 5 Confidentiality

5.1 Each party shall keep confidential the other party's non-public business and technical information and use it only for the purposes of the Agreement. This obligation continues for three years after the end of the Agreement.

5.2 Neither party shall announce or publicise the Agreement or use the other party's name or logo without its prior written consent.

### Section 6 Subcontractors

6.1 Lumora may engage subcontractors and sub-processors, including its hosting provider and support partners, to perform any part of the service. Lumora shall inform Customer of any new subcontractor or sub-processor by e-mail to Customer's administrator. Lumora remains responsible for their performance.

### Section 7 Limitation of liability

7.1 Neither party is liable for indirect or consequential loss, loss of profit or loss of goodwill.

7.2 Lumora's total liability arising out of or in connection with the Agreement shall not exceed the fees paid by Customer in the six months preceding the event giving rise to the claim. This limit does not apply to death or personal injury caused by negligence or to fraud.

### Section 8 Term and termination

8.1 The Agreement runs for the Subscription Term.

8.2 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not cure it within 30 days after written notice. If Customer terminates under this Section, Lumora shall refund any fees paid for the period after termination.

8.3 Customer may also terminate if Lumora misses the availability level in Section 2.1 in any two months of a Subscription Year.

8.4 On expiry or termination Lumora shall give Customer's administrators read-only access for 30 days so that Customer can export learning records, and shall then return and delete Customer Data under Section 3.4.

### Section 9 General

9.1 This Agreement is governed by the laws of the People's Republic of China, as requested by Customer.

9.2 Any dispute shall be submitted to the Hefei Arbitration Commission for arbitration in Hefei in accordance with its rules then in force. The arbitral award is final and binding on both parties.

9.3 Notices shall be in writing and sent to the addresses on the Order Form. The Agreement may be amended only in writing signed by both parties.

9.4 Neither party is responsible for failure or delay caused by events beyond its reasonable control, such as natural disasters, epidemics, war or government action, provided it notifies the other party promptly and does its best to resume performance. Service credits under Section 2.3 do not apply for the period of such an event.

9.5 Neither party may assign the Agreement without the other party's prior written consent.

9.6 Each party shall comply with applicable anti-bribery laws and shall not offer any improper payment or benefit to the other party's employees.

9.7 The Order Form and these General Terms are the entire agreement between the parties about the service and replace any earlier proposals.
"""

# ---------------------------------------------------------------------------------------------------------------- e03
H512E03 = """T:SUPPLY AND INSTALLATION CONTRACT FOR COLD-STORE MONITORING SENSORS
P:Contract No. JXCC-PUR-2027-017
P:THIS CONTRACT is made between Jiaxing Huadong Cold Chain Logistics Co., Ltd., Nanhu District, Jiaxing, Zhejiang Province, People's Republic of China (the "Buyer"), and Titano Sensing S.p.A., Strada Cardio 12, 47891 Dogana, Republic of San Marino (the "Supplier").
P:WHEREAS the Buyer operates a cold store of six chambers and two loading docks in Jiaxing and must record temperature and humidity continuously for food-safety and pharmaceutical customers; WHEREAS the Buyer invited quotations on its own contract terms and the Supplier's quotation of 12 February 2027 was selected; the parties agree as follows.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways and accessories listed in Clause 3, and "Software" means the monitoring server software licensed under Clause 3.
P:1.2 "Site" means the Buyer's cold store at 88 Yaozhuang Road, Jiaxing.
P:1.3 "Final Acceptance" means the certificate issued by the Buyer under Clause 6.3.
H:2. Scope
P:2.1 The Supplier shall supply, install, calibrate and commission a wireless monitoring system covering all chambers, docks and the ante-room, including alarm notification by SMS and telephone, and shall train the Buyer's staff.
P:2.2 The Supplier shall deliver the calibration certificates of every sensor, traceable to national standards, and the documents required for the Buyer's GSP and food-safety audits.
P:2.3 Within 10 days after signature the Supplier shall submit a detailed project plan, a sensor layout drawing for each chamber and dock, and an acceptance test plan for the Buyer's approval. Work on Site starts only after the Buyer approves these documents.
H:3. Contract Price
P:3.1 At the Buyer's request the Contract Price is stated and paid in Chinese Yuan (CNY). The Contract Price is CNY 970,000, including VAT, customs duties and delivery to the Site, as itemised below:
TB:Item|Description|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor, -40 to +60 C|420|1,150|483,000
TB:2|Gateway with 4G back-up link|18|9,800|176,400
TB:3|Door contact sensor|40|620|24,800
TB:4|Monitoring server software, perpetual licence|1|135,800|135,800
TB:|Equipment and Software subtotal|||820,000
TB:5|Installation and commissioning|1|96,000|96,000
TB:6|Calibration and certificates|1|42,000|42,000
TB:7|Training|1|12,000|12,000
TB:|Contract Price|||970,000
P:3.2 The Contract Price is fixed and covers all work needed to achieve Final Acceptance.
P:3.3 The unit prices in the table also apply if the Buyer orders additional sensors or gateways for the same Site before Final Acceptance. No other price adjustment applies, whatever the changes in exchange rates, freight or material costs.
H:4. Payment
P:4.1 No advance payment is made under this Contract.
P:4.2 The Buyer shall pay 65% of the Contract Price within 20 working days after the Equipment is installed on Site and the Buyer has signed the installation certificate. The installation certificate is not acceptance.
P:4.3 The Buyer shall pay 35% of the Contract Price within 20 working days after Final Acceptance.
P:4.4 Each payment requires a valid invoice issued in China by the Supplier's authorised agent.
H:5. Delivery and Delay
P:5.1 The Supplier shall deliver the Equipment to the Site within 60 days and complete installation within 80 days after signature.
P:5.2 For each day of delay in delivery, installation or submission for acceptance attributable to the Supplier, the Supplier shall pay liquidated damages of 0.1% of the Contract Price, up to 10% of the Contract Price.
H:6. Acceptance
P:6.1 The acceptance test shall show that: (a) every sensor reports to the Software at intervals of no more than 2 minutes; (b) measured values differ from a calibrated reference by no more than 0.5 C and 3% relative humidity; (c) an alarm reaches the duty staff by SMS and telephone within 60 seconds of a threshold breach; (d) the system keeps recording during a mains failure and a loss of the fixed network; and (e) the system runs for 30 consecutive days without data loss.
P:6.2 Installation, use of the system or payment of any amount does not mean acceptance.
P:6.3 When the tests are passed the Buyer shall issue a Final Acceptance certificate within 7 working days.
P:6.4 If a test fails, the Supplier shall correct the defect at its own cost within 10 days and repeat the failed test and any test affected by the correction. The delay damages under Clause 5.2 continue to apply until the tests are passed.
H:7. Warranty and Support
P:7.1 The Supplier warrants the Equipment and Software for 36 months from Final Acceptance. During the warranty the Supplier shall repair or replace defective items free of charge, including batteries that fail before their stated life, and shall provide software updates.
P:7.2 A Severity 1 fault (a chamber without monitoring, alarms not sent, or the Software stopped) shall be responded to within 30 minutes and remedied within 8 hours. Other faults shall be responded to within 8 hours and remedied within 3 working days.
P:7.3 For each hour by which the Supplier exceeds the Severity 1 response or remedy time, the Supplier shall pay CNY 500.
P:7.4 After the warranty the Buyer may buy annual support at 7% of the Equipment and Software subtotal per year (CNY 57,400). This price is fixed for the first two years after the warranty. Support is ordered each year by purchase order and does not renew automatically.
P:7.5 The Supplier shall keep spare sensors and gateways of the supplied models, or compatible successors, available for purchase for at least eight years after Final Acceptance.
H:8. Data
P:8.1 All temperature, humidity, alarm and access records produced by the system belong to the Buyer and may be used by the Supplier only to perform this Contract.
P:8.2 The Software runs on the Buyer's server at the Site. Remote access by the Supplier requires the Buyer's approval for each session and is logged. The Supplier shall not copy records outside the Buyer's systems and shall keep any data it handles secure.
P:8.3 The Supplier shall notify the Buyer within 12 hours of any incident affecting the records and shall be liable for the Buyer's losses caused by its breach of this Clause, including fines imposed on the Buyer.
H:9. Confidentiality
P:Each party shall keep confidential the other party's non-public information received under this Contract, including the Buyer's customer list and site layout, and shall not disclose it without prior written consent. This obligation survives for three years after the Contract ends.
H:10. Intellectual Property
P:10.1 Dashboards, alarm rules, reports and configuration files made for the Buyer belong to the Buyer, which may modify and use them freely.
P:10.2 The Software and the firmware remain the Supplier's property and are licensed to the Buyer perpetually.
P:10.3 The Supplier shall defend and indemnify the Buyer against any claim that the Equipment or the Software infringes a third party's intellectual property rights.
H:11. Liability
P:The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of Clauses 8 and 9.
H:12. Subcontracting
P:The Supplier shall not subcontract any part of the work without the Buyer's prior written consent and remains responsible for any approved subcontractor.
H:13. Termination
P:The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after notice, or if the delay damages under Clause 5.2 reach their maximum.
H:14. Buyer's Obligations
P:14.1 The Buyer shall give the Supplier access to the Site during working hours, provide power outlets and network ports at the locations shown in Annex 1, and name a site coordinator.
P:14.2 The Buyer shall make each chamber available for installation according to the agreed plan, so that the Supplier can work in one chamber at a time while the other chambers remain in use.
H:15. Packing, Transport and Risk
P:15.1 The Supplier shall pack the Equipment for sea or air transport and deliver it to the Site, duty paid. Title and risk pass to the Buyer when the Buyer signs the delivery note at the Site.
P:15.2 The Supplier shall provide a packing list, the certificate of origin, the product manuals in Chinese and English and the CCC or radio type approval certificates required in China for each item of Equipment.
H:16. Force Majeure
P:Neither party is liable for delay caused by events beyond its reasonable control, such as natural disasters, epidemics, war or government action, provided that it notifies the other party within 5 days and takes reasonable steps to limit the effect. The time for performance is extended accordingly.
H:17. Site Rules and Insurance
P:17.1 The Supplier's staff shall follow the Buyer's site safety, hygiene and cold-room entry rules, wear the protective clothing provided and not enter a chamber without the Buyer's escort.
P:17.2 The Supplier shall insure its staff and its work on Site against accidents and third-party liability and shall show the insurance certificates before work starts.
H:18. Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Jiaxing Arbitration Commission for arbitration in Jiaxing.
H:19. Miscellaneous
P:This Contract is made in English in two originals. Annex 1 (sensor layout) and Annex 2 (acceptance test plan) form part of it.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------- e04
H512E04 = """# MANAGED MEETING ROOM SERVICE AGREEMENT

Agreement reference: AMS-MRS-2027-09

**Between**

**Aegean Meeting Systems S.A.**, 26 Tsimiski Street, 546 24 Thessaloniki, Greece ("Provider"); and

**Ningbo Beilun Household Appliances Co., Ltd.**, Beilun District, Ningbo, Zhejiang Province, People's Republic of China ("Customer").

**Background.** Customer has 32 meeting rooms at its head office and two factories in Ningbo and holds daily video calls with its overseas buyers. Provider will install, own, operate and support the meeting-room equipment as a managed service for a fixed monthly charge. At Customer's request all charges are in Chinese Yuan (CNY).

## 1. Definitions

1.1 "Rooms" means the 32 meeting rooms listed in Schedule 1.

1.2 "Service" means the managed meeting room service described in clause 2 and Schedule 1.

1.3 "Service Start Date" means the date of Service Acceptance under clause 4.

1.4 "Minimum Term" means 24 months from the Service Start Date.

## 2. The Service

2.1 Provider shall supply and install in each Room the video-conferencing codec, camera, microphones, display, room booking panel and control tablet set out in Schedule 1, and shall operate and support them for the Minimum Term.

2.2 The Service includes: remote monitoring of every Room from Provider's operations centre; a Chinese and English service desk from 08:00 to 20:00 China Standard Time on working days; on-site engineers in Ningbo; firmware updates; replacement of faulty equipment; and a quarterly service review.

2.4 Provider shall keep at least two trained engineers based in Ningbo during the Minimum Term, so that an engineer can reach any of Customer's three locations within the restoration times in Schedule 3.

2.3 The equipment remains Provider's property. Customer shall not move it between Rooms without Provider's agreement.

## 3. Charges and payment

3.1 The charges are set out in Schedule 2. The total charges for the Minimum Term are CNY 980,000.

3.2 The Setup Charge is invoiced after Service Acceptance. The Monthly Service Charge is invoiced monthly in arrears. Invoices are payable within 30 days. No charge is payable in advance.

3.4 Provider shall issue valid VAT invoices in China through its authorised local agent. Customer may withhold the disputed part of an invoice while the parties resolve a dispute in good faith.

3.3 The charges are fixed for the Minimum Term.

## 4. Installation and Service Acceptance

4.1 Provider shall complete installation in all Rooms by 31 May 2027. If Service Acceptance is delayed for reasons attributable to Provider, Provider shall pay Customer CNY 800 for each day of delay.

4.2 For each Room Provider shall demonstrate: a two-hour test call with each of Customer's three main video platforms without dropped sessions; audio pick-up across the whole table; one-touch joining from the booking panel; and correct booking display from Customer's calendar system. Customer shall sign a Service Acceptance certificate within 5 working days after all Rooms pass. Use of a Room before then is not acceptance.

4.3 Provider shall agree an installation plan with Customer's facilities team before work starts, carry out noisy work outside office hours where Customer asks, and leave each Room clean and ready for use at the end of each working day.

## 5. Service levels

5.1 Provider shall achieve the service levels in Schedule 3 and report them monthly.

5.2 If a service level is missed, Provider shall give Customer the service credits in Schedule 3, deducted from the next invoice.

5.3 Response and restoration times run from the moment a fault is logged with the service desk or detected by Provider's monitoring, whichever is earlier, and are measured around the clock for Priority 1 faults and during working hours for Priority 2 faults. Availability is measured per Room from Provider's monitoring records.

## 6. Customer Data

6.1 Room booking data, call logs, the staff directory uploaded to the booking system and any recordings made in the Rooms ("Customer Data") belong to Customer.

6.2 Provider may use Customer Data only to provide the Service and shall return it to Customer at the end of the Agreement.

## 7. Customer content and configurations

7.1 Room layouts, booking rules, screen templates and configuration files prepared for Customer belong to Customer, which may use and modify them freely, also with another provider after the Agreement ends.

7.2 Provider's software, tools and monitoring platform remain Provider's property.

## 8. Subcontracting

8.1 Provider shall not subcontract the Service, or any part of it, without Customer's prior written consent. Provider remains responsible for the acts of any approved subcontractor.

## 9. Liability

9.1 Provider's total liability under this Agreement shall not exceed 150% of the total charges for the Minimum Term.

9.2 Neither party is liable for indirect loss or loss of profit.

## 10. Term and termination

10.1 This Agreement starts on signature and continues until the end of the Minimum Term. It ends at the end of the Minimum Term unless the parties sign an extension.

10.2 Customer may not terminate this Agreement before the end of the Minimum Term. Customer's sole and exclusive remedies for any failure of the Service, including failure to meet the service levels, are the service credits in Schedule 3.

10.3 Provider may suspend the Service or terminate this Agreement if Customer fails to pay an undisputed invoice within 45 days after a written reminder.

10.4 At the end of the Agreement Provider shall remove its equipment within 30 days and restore the Rooms to their previous condition, fair wear and tear excepted. Before removal Provider shall give Customer a copy of all room configurations and booking rules.

## 11. Customer responsibilities

11.1 Customer shall give Provider's engineers access to the Rooms during working hours, provide power, network ports and the firewall rules described in Schedule 1, and name a facilities contact at each location.

11.2 Customer shall report faults to the service desk by telephone, e-mail or the service portal, and shall not allow anyone other than Provider to repair or modify the equipment.

11.3 Customer is responsible for loss of or damage to the equipment caused by misuse, fire or theft while it is at Customer's premises, fair wear and tear excepted.

## 12. Service desk and reporting

12.1 The service desk logs every fault, request and change with a ticket number and keeps Customer informed until the ticket is closed.

12.2 By the tenth working day of each month Provider shall send Customer a report showing availability per Room, all Priority 1 and Priority 2 faults, response and restoration times, and the service credits due for the previous month.

12.3 Each quarter the parties shall meet to review the reports, recurring faults and planned changes, and to agree any improvement actions.

## 13. Changes to the Service

13.1 Customer may ask to add, remove or relocate Rooms. Provider shall quote the change using the unit charges in Schedule 2, and the change takes effect when both parties sign a change note.

13.2 Provider may replace equipment with newer models of equal or better performance, at its own cost, after agreeing the timing with Customer.

## 14. Force majeure

14.1 Neither party is liable for a failure or delay caused by events beyond its reasonable control, such as natural disasters, epidemics, war or government action, provided that it notifies the other party promptly and takes reasonable steps to resume performance. Service credits do not apply during such an event.

## 15. Governing law and disputes

15.1 This Agreement is governed by the laws of the People's Republic of China, at Customer's request.

15.2 Any dispute shall be submitted to the Ningbo Arbitration Commission for arbitration in Ningbo.

## 16. General

16.1 Notices shall be given in writing to the addresses above.

16.2 This Agreement, with its Schedules, is the entire agreement between the parties and may be changed only in writing signed by both parties.

## Schedule 1 - Rooms and equipment

| Room type | Number of Rooms | Equipment per Room |
|---|---|---|
| Boardroom | 2 | dual 86-inch displays, PTZ camera, ceiling microphones, codec, booking panel |
| Large meeting room | 10 | 75-inch display, video bar, table microphones, booking panel |
| Small meeting room | 20 | 65-inch display, all-in-one video bar, booking panel |

## Schedule 2 - Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Setup Charge (survey, installation, configuration, training) | one-time | 56,000 |
| Monthly Service Charge, 32 Rooms | per month | 38,500 |
| Monthly Service Charges over the Minimum Term | 24 months | 924,000 |
| Total charges for the Minimum Term | | 980,000 |

## Schedule 3 - Service levels and credits

| Measure | Level | Service credit |
|---|---|---|
| Room availability, per Room per month | 99.95% | 2% of the Monthly Service Charge for each 0.1 percentage point below |
| Priority 1 fault (a Boardroom or more than five Rooms unusable): response | 30 minutes | CNY 500 per hour late |
| Priority 1 fault: restoration | 6 hours | CNY 800 per hour late |
| Priority 2 fault (one Room unusable): response | 2 hours | CNY 200 per hour late |
| Priority 2 fault: restoration | next working day | CNY 300 per day late |

Signed for Provider: ____________________ Date:

Signed for Customer: ____________________ Date:
"""

# ---------------------------------------------------------------------------------------------------------------- e05
H512E05 = """DATA API SUBSCRIPTION AGREEMENT

Agreement No. KMD-SUB-2027-118

PARTIES

Kyrenia Maritime Data Ltd, a company registered in the Republic of Cyprus, 14 Franklin Roosevelt Avenue, 3011 Limassol, Cyprus ("Provider"); and

Qingdao Haitong International Freight Forwarding Co., Ltd., Shinan District, Qingdao, Shandong Province, People's Republic of China ("Customer").

BACKGROUND

Provider collects and processes vessel position data and port call records from terrestrial and satellite sources and makes them available through an application programming interface (the "API"). Customer is a freight forwarder that wishes to show vessel positions and estimated arrival times to its clients in its own booking and tracking system. The parties therefore agree as follows.

DEFINITIONS

"Data" means vessel positions, voyage details, port calls, estimated arrival times and other information delivered by the API.

"Subscription Years" means the first Subscription Year from 1 March 2027 to 29 February 2028 and the second Subscription Year from 1 March 2028 to 28 February 2029, together the "Initial Term", and any renewal period under the clause headed RENEWAL.

"Customer Data" means the vessel watch lists, shipment references, user accounts and query logs that Customer or its users submit to the API or the Provider portal.

"Integration Package" means the sandbox, the production keys, the historical data set for the past 24 months and the integration scripts described in the clause headed INTEGRATION SUPPORT.

"API Documentation" means Provider's online description of the API endpoints, data fields, call limits and error codes, as updated by Provider under the clause headed CHANGES TO THE API.

SUBSCRIPTION

Provider grants Customer, for the Subscription Years, a non-exclusive, non-transferable right to call the API, to store the Data in its own systems and to display the Data to its clients in its booking and tracking system. Customer shall not resell the Data as a data feed or make it available to other data providers.

The subscription covers up to 3,000,000 API calls in each Subscription Year and up to 2,500 vessels on watch lists at any time.

Customer's employees and contractors may use the Provider portal with up to 25 named user accounts. Customer's clients may see the Data only inside Customer's booking and tracking system and may not download it in bulk.

FEES

At Customer's request all fees are stated and invoiced in Chinese Yuan (CNY).

Subscription fee: CNY 186,000 per Subscription Year, CNY 372,000 for the Initial Term.

Integration support: CNY 24,000, one-time.

Total fees for the Initial Term: CNY 396,000.

API calls above the annual allowance are charged at CNY 0.02 per call and invoiced quarterly in arrears.

The fees include all taxes payable in China. Invoices are issued by Provider's authorised agent in Qingdao as valid VAT invoices.

PAYMENT

The subscription fee is invoiced quarterly in advance, at the start of each calendar quarter of the Subscription Year, in four equal instalments of CNY 46,500. The integration support fee is invoiced after Integration Acceptance. Invoices are payable within 30 days.

INTEGRATION SUPPORT

Provider shall deliver the Integration Package by 15 February 2027. If Provider fails to do so, Provider shall pay Customer CNY 400 for each day of delay until the Integration Package is delivered.

Provider shall support Customer's developers for up to 20 working days, including two on-site days in Qingdao, and shall deliver integration scripts for Customer's tracking system.

Provider shall also run two online training sessions for Customer's developers and operations staff on the API, the portal and the data fields, and shall answer integration questions by e-mail during the integration period.

INTEGRATION ACCEPTANCE

Customer shall test the Integration Package within 10 working days of delivery. The tests check that: the production keys work with the agreed call limits; positions for a list of 200 test vessels are returned with a timestamp less than 30 minutes old; the historical data set loads into Customer's database without errors; and the integration scripts run against Customer's test environment. Customer shall sign an Integration Acceptance certificate when the tests are passed. Use of the API before then is not acceptance.

If a test fails, Provider shall correct the problem and Customer shall repeat the test within 5 working days after Provider reports the correction.

SERVICE AND SUPPORT

Provider shall use commercially reasonable efforts to keep the API available and to deliver the Data with reasonable accuracy and timeliness. Availability may be interrupted for maintenance, for upgrades and for reasons outside Provider's control.

Support requests may be raised by e-mail or through the Provider portal. Provider will deal with support requests as soon as reasonably practicable during its business hours, 09:00 to 18:00 Cyprus time, Monday to Friday.

Data from third-party sources is provided as received, and Provider does not warrant that the Data is complete or error-free.

RENEWAL

At the end of the Initial Term this Agreement renews automatically for a further Subscription Year, and then for further Subscription Years, unless either party gives written notice of non-renewal at least 60 days before the end of the current Subscription Year.

Provider may increase the subscription fee for each renewal Subscription Year by up to 8% by giving Customer notice at least 90 days before the renewal date.

ACCEPTABLE USE

Customer shall not use the API or the Data for any unlawful purpose, for surveillance of individual crew members, or in breach of sanctions laws that apply to Customer. Customer shall keep its API keys secret and shall be responsible for all calls made with them.

CUSTOMER OBLIGATIONS

Customer shall name a technical contact, provide a test environment for the integration scripts and inform Provider of any planned change to its tracking system that may affect the integration. Customer shall show Provider's name as the source of the Data where Data is displayed to its clients.

CHANGES TO THE API

Provider may release new versions of the API. Provider shall give Customer at least 90 days' notice before it withdraws an API version used by Customer, and shall keep the data fields listed in the API documentation available throughout the Initial Term.

CUSTOMER DATA AND SECURITY

Customer Data belongs to Customer. Provider shall use Customer Data only to provide the API and support to Customer and shall not disclose it, sell it or use it for any other purpose.

Provider shall protect Customer Data with encryption in transit and at rest, role-based access limited to named staff, multi-factor authentication for administrative access and regular security testing. Provider shall store Customer Data only in the data centres named in the Provider portal and shall not move it without Customer's consent.

Provider shall notify Customer within 24 hours of becoming aware of any breach affecting Customer Data, shall cooperate with Customer's investigation and shall be liable for the losses caused to Customer by any breach of this clause.

On termination Provider shall delete Customer Data within 30 days and confirm the deletion in writing.

CONFIDENTIALITY

Each party shall keep confidential the non-public information received from the other party, including Customer's client names and shipment volumes and Provider's pricing, and shall use it only for this Agreement. This obligation continues for three years after termination.

INTELLECTUAL PROPERTY

Provider and its licensors own the API and the Data. The integration scripts written by Provider for Customer's tracking system belong to Customer, which may use, modify and license them freely.

SUBCONTRACTING

Provider shall not subcontract its obligations under this Agreement, other than the purchase of source data from its data suppliers, without Customer's prior written consent.

LIABILITY

Neither party is liable for indirect or consequential loss or loss of profit. Each party's total liability under this Agreement is limited to 150% of the total fees for the Initial Term. This limit does not apply to breach of the clauses headed CUSTOMER DATA AND SECURITY and CONFIDENTIALITY.

TERMINATION

Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice. If Customer terminates for Provider's breach, Provider shall refund the subscription fees paid for the period after termination.

GOVERNING LAW AND DISPUTES

At Customer's request this Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao.

FORCE MAJEURE

Neither party is liable for a failure or delay caused by events beyond its reasonable control, including the failure of satellite or terrestrial data sources operated by third parties, natural disasters, epidemics, war or government action, provided that it notifies the other party promptly and resumes performance as soon as possible.

NOTICES

Notices under this Agreement shall be in writing and sent by e-mail and courier to the addresses stated above or to another address notified by a party. A notice sent by e-mail is received when the recipient acknowledges it.

GENERAL

This Agreement is the entire agreement between the parties about its subject matter. It may be amended only in writing signed by both parties. Neither party may assign it without the other's written consent.

This Agreement is signed in two English originals, one for each party, and takes effect on the date of the last signature.

SIGNATURES

For Kyrenia Maritime Data Ltd: ____________________ Name / Title / Date

For Qingdao Haitong International Freight Forwarding Co., Ltd.: ____________________ Name / Title / Date
"""

# ===================================================================================================== files and labels
SOURCES = {"h512z01": H512Z01, "h512z02": H512Z02, "h512z03": H512Z03, "h512z04": H512Z04, "h512z05": H512Z05,
           "h512e01": H512E01, "h512e02": H512E02, "h512e03": H512E03, "h512e04": H512E04, "h512e05": H512E05}
FILES = {
    "h512z01": "h512z01_civil_affairs_elderly_care_supervision_platform.pdf",
    "h512z02": "h512z02_pharma_freeze_dryer_control_retrofit.docx",
    "h512z03": "h512z03_pet_hospital_chain_records_booking_saas.txt",
    "h512z04": "h512z04_tax_hall_queue_system_annual_om.txt",
    "h512z05": "h512z05_tea_drinks_traceability_supplier_template.md",
    "h512e01": "h512e01_ceramics_planning_licence_italy_vendor.pdf",
    "h512e02": "h512e02_retail_learning_saas_order_form_malta_vendor.md",
    "h512e03": "h512e03_cold_store_sensors_san_marino_vendor.docx",
    "h512e04": "h512e04_managed_meeting_rooms_greece_vendor.md",
    "h512e05": "h512e05_vessel_data_api_cyprus_vendor.txt",
}
TARGETS = {k: (v, v.rsplit(".", 1)[1]) for k, v in FILES.items() if v.endswith((".docx", ".pdf"))}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]
G, S = "goods_or_licence", "service"
# key: lang, category, terms (in TERM_KEYS order), extra (sla_clause, ld_stated, capped|None, deemed, value),
#      TCO fee base (licence / hardware subtotal) or None, forum outside mainland China (design fact, not a label key)
DESIGN = {
    "h512z01": ("zh", "software", [99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 8,
                                   False, True, False, "PRC", G], (True, True, True, False, 1680000), 880000, False),
    "h512z02": ("zh", "hardware", [None, 1, True, "buyer", True, True, True, 0.03, None, 10, True, True, 24, 9,
                                   False, True, True, "PRC", G], (True, True, True, False, 1198000), 923000, False),
    "h512z03": ("zh", "cloud", [99.95, 0.5, True, "buyer", True, False, True, 500 / 830000 * 100, 6 / 24 * 100, None,
                                True, None, None, None, True, True, False, "PRC", S],
                (True, True, None, False, 830000), None, False),
    "h512z04": ("zh", "services", [99.5, 0.25, True, "buyer", True, True, True, 0.02, None, None, True, None, None,
                                   None, False, True, False, "PRC", S], (True, True, None, False, 308000), None, False),
    "h512z05": ("zh", "software", [None, 8, False, "supplier", True, True, True, None, None, 55, False, False, 6, 32,
                                   False, True, None, None, G], (True, False, True, True, 880000), 560000, False),
    "h512e01": ("en", "software", [None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 18, 11,
                                   False, True, False, "Italy", G], (True, True, True, False, 1440000), 1000000, True),
    "h512e02": ("en", "cloud", [99.95, 0.5, True, "buyer", True, True, True, 600 / 840000 * 100, 6 / 36 * 100, None,
                                True, None, None, None, False, True, True, "PRC", S],
                (True, True, None, False, 840000), None, False),
    "h512e03": ("en", "hardware", [None, 0.5, True, "buyer", True, True, True, 0.1, 200, None, True, True, 36, 7,
                                   False, True, False, "PRC", G], (True, True, True, False, 970000), 820000, False),
    "h512e04": ("en", "services", [99.95, 0.5, True, "buyer", False, True, False, 800 / 980000 * 100, 150, None, True,
                                   None, None, None, False, False, False, "PRC", S],
                (True, True, None, False, 980000), None, False),
    "h512e05": ("en", "cloud", [None, None, False, "buyer", True, True, True, 400 / 396000 * 100, 150, None, True,
                                None, None, None, True, True, False, "PRC", S],
                (False, True, None, False, 396000), None, False),
}
# the design list: the findings each draft was written to carry
PLANNED = {
    "h512z01": [],
    "h512z02": ["CR-LD-LOW", "CR-SUBCONTRACT"],
    "h512z03": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-LIABILITY-CAP"],
    "h512z04": ["CR-LD-LOW", "CR-SLA-AVAILABILITY"],
    "h512z05": ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
                "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
    "h512e01": ["CR-GOVERNING-LAW"],
    "h512e02": ["CR-LIABILITY-CAP", "CR-SUBCONTRACT"],
    "h512e03": [],
    "h512e04": ["CR-CONFIDENTIALITY", "CR-DATA-SECURITY", "CR-TERMINATION"],
    "h512e05": ["CR-AUTO-RENEWAL", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
SEVERITY = {"CR-SLA-MISSING": "high", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high", "CR-LD-MISSING": "high",
            "CR-ACCEPTANCE": "high", "CR-POST-WARRANTY-FEE": "high", "CR-GOVERNING-LAW": "low"}


def label(key):
    lang, cat, terms, extra, _, _ = DESIGN[key]
    sla, ld_stated, capped, deemed, value = extra
    ex = {"sla_clause": sla, "ld_stated": ld_stated}
    if terms[-1] == G:
        ex["post_warranty_fee_capped"] = capped
    ex["acceptance_deemed_on_delivery"] = deemed
    ex["contract_value"] = value
    return {"file": FILES[key], "language": lang, "category": cat, "expected_terms": dict(zip(TERM_KEYS, terms)),
            "expected_extra": ex, "expected_rules": sorted(expected_rules(key, dict(zip(TERM_KEYS, terms)), ex))}


def tco_share(key, t, ex):
    """Policy §4: horizon 5 years from acceptance, post-warranty fee for each year after the warranty (pro rata)."""
    base = DESIGN[key][4]
    if t["warranty_months"] is None or t["post_warranty_fee_pct"] is None or base is None:
        return None
    years_paid = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years_paid * base * t["post_warranty_fee_pct"] / 100
    return fees / (ex["contract_value"] + fees) * 100


def expected_rules(key, t, ex):
    """My reading of policy.md §3, applied to a label."""
    r = set()
    if not ex["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
    if ex["sla_clause"] and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not ex["ld_stated"]:
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or ex["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        pwf = t["post_warranty_fee_pct"]
        if pwf is None or not ex["post_warranty_fee_capped"] or pwf > 15:
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(key, t, ex)
        if share is not None and share > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if t["termination_for_breach"] is False:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] is not None and t["governing_law"] != "PRC") or DESIGN[key][5]:
        r.add("CR-GOVERNING-LAW")
    return r


ARITH = [  # price tables and instalments, as the texts state them
    (880000 + 620000 + 96000 + 84000, 1680000), (336000 + 756000 + 588000, 1680000), (880000 * 8 // 100, 70400),
    (386000 + 124000 + 168000 + 245000, 923000), (923000 + 158000 + 96000 + 21000, 1198000), (923000 * 9 // 100, 83070),
    (18600 * 20, 372000), (372000 * 2 + 86000, 830000), (372000 // 4, 93000),
    (168000 + 64000 + 52000 + 24000, 308000), (308000 // 4, 77000),
    (560000 + 186000 + 92000 + 42000, 880000), (484000 + 396000, 880000), (880000 * 55 // 100, 484000),
    (560000 * 32 // 100, 179200),
    (620000 + 40 * 9500, 1000000), (1000000 + 345000 + 58000 + 37000, 1440000), (1000000 * 11 // 100, 110000),
    (264000 * 3 + 48000, 840000),
    (420 * 1150 + 18 * 9800 + 40 * 620 + 135800, 820000), (820000 + 96000 + 42000 + 12000, 970000),
    (820000 * 7 // 100, 57400),
    (38500 * 24 + 56000, 980000), (186000 * 2 + 24000, 396000), (186000 // 4, 46500),
]


def risk(rules):
    sev = [SEVERITY.get(x, "medium") for x in rules]
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


# ===================================================================================================== threshold scan
FORBIDDEN = [
    r"(?<![\d.])99\.9(?![\d])\s*%", r"百分之九十九点九(?![一二三四五六七八九零〇])",
    r"(?<![\d.])4\s*个?\s*(?:小时|钟头)", r"(?<![十\d])四\s*个?\s*(?:小时|钟头)", r"(?<![\d.])240\s*分钟", r"二百四十分钟",
    r"(?<![\d.])(?:4|four)[\s-]*(?:business[\s-]+|working[\s-]+|clock[\s-]+)?(?:hours?|hrs?|h)\b", r"(?<![\d.])240\s*min",
    r"(?<![\d.])0?\.05(?![\d])\s*%", r"万分之五(?![十百千\d])", r"千分之零点五", r"0\.0005(?!\d)",
    r"(?<![\d.])100(?:\.0+)?\s*%", r"百分之百", r"百分之一百(?![零一二三四五六七八九十])", r"\bone hundred per ?cent",
    r"(?<![\d.])30(?:\.0+)?\s*%", r"百分之三十(?![一二三四五六七八九点])", r"三成", r"\bthirty per ?cent",
    r"(?<![\d.])12\s*个\s*月", r"十二个月", r"一年", r"(?<![\d.])12[\s-]*(?:calendar[\s-]+)?months?\b",
    r"\btwelve[\s-]*(?:calendar[\s-]+)?months?\b", r"\bone[\s-]+year", r"\ba[\s-]+year\b",
    r"(?<![\d.])15(?:\.0+)?\s*%", r"百分之十五(?![点])", r"\bfifteen per ?cent",
    r"(?<![\d.])40(?:\.0+)?\s*%", r"四成", r"百分之四十(?![一二三四五六七八九点])", r"\bforty per ?cent",
    r"(?<![\d.])5\s*年", r"(?<![十〇零\d])五\s*年", r"\bfive[\s-]+years?\b", r"(?<![\d.])5[\s-]+years?\b",
    r"(?<![\d.])60\s*个\s*月", r"六十个月", r"(?<![\d.])60[\s-]*months?\b", r"\bsixty[\s-]+months?\b",
]
FORBIDDEN_RE = [re.compile(p, re.I) for p in FORBIDDEN]
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 小时", "四小时", "4个小时", "240分钟", "four hours", "4 hours", "4 business hours",
            "0.05%", "万分之五", "100%", "100 %", "百分之百", "30%", "百分之三十", "三成", "12个月", "12 个月", "十二个月", "一年",
            "第一年", "twelve months", "12 months", "one year", "one-year", "15%", "15 %", "百分之十五", "40%", "四成",
            "百分之四十", "5年", "5 年", "五年", "five years", "5 years", "60 months", "60个月", "六十个月"]
MUST_MISS = ["24小时", "二十四小时", "24 hours", "14 hours", "99.95%", "99.5%", "115%", "0.15%", "150%", "2025年", "万分之五十",
             "服务年度", "Subscription Year", "0.055%", "130%", "140%", "215%", "412 months", "1.5%", "24 months",
             "2027年12月31日", "十五日", "15 days", "30日", "30 days"]


def hits(text):
    return [m.group(0) for rx in FORBIDDEN_RE for m in rx.finditer(text)]


def selftest():
    for s in MUST_HIT:
        assert hits(s), ("must hit", s)
    for s in MUST_MISS:
        assert not hits(s), ("must miss", s, hits(s))


def scan(name, text):
    forms = {"raw": text, "collapsed": re.sub(r"\s+", " ", text), "no-space": re.sub(r"\s+", "", text)}
    bad = {k: hits(v) for k, v in forms.items() if hits(v)}
    assert not bad, (name, bad)


# ===================================================================================================== read back
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
    return len(text) if lang == "zh" else len(text.split())


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    selftest()
    for got, want in ARITH:
        assert got == want, (got, want)
    for key, src in SOURCES.items():
        scan(key + " source", src)
    write(SOURCES, TARGETS, OUT, wrap_words=True)
    for key, name in FILES.items():
        if not name.endswith((".docx", ".pdf")):
            (OUT / name).write_text(SOURCES[key], encoding="utf-8")
    covered = set()
    for key, name in FILES.items():
        lab = label(key)
        t, ex = lab["expected_terms"], lab["expected_extra"]
        assert lab["expected_rules"] == sorted(PLANNED[key]), (key, lab["expected_rules"], PLANNED[key])
        covered |= set(lab["expected_rules"])
        # no value on a threshold
        assert t["availability_pct"] != 99.9 and t["p1_response_hours"] != 4 and t["ld_rate_per_day_pct"] != 0.05
        assert t["liability_cap_pct"] != 100 and t["prepayment_pct"] != 30 and t["warranty_months"] != 12
        assert t["post_warranty_fee_pct"] != 15
        share = tco_share(key, t, ex)
        assert share is None or abs(share - 40) > 2, (key, share)
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(lab, indent=1, ensure_ascii=False),
                                                             encoding="utf-8")
        text = read_back(OUT / name)
        scan(name, text)
        n = length(text, lab["language"])
        lo, hi = (2750, 3000) if lab["language"] == "zh" else (1450, 1650)
        ns = len(re.sub(r"\s+", "", text))
        print(f"{name}: {n} {'chars' if lab['language'] == 'zh' else 'words'} (non-space {ns}); "
              f"rules {lab['expected_rules'] or '(none)'}; risk {risk(lab['expected_rules'])}; "
              f"TCO share {None if share is None else round(share, 2)}" + ("" if lo <= n <= hi else "  <-- OUT OF RANGE"))
    missing = set(ALL_RULES) - covered
    assert not missing, missing
    print("all 20 rules covered")
