"""holdout578: builds ten ordinary draft contracts (5 zh, 5 en), their labels, and checks lengths, thresholds and
rule coverage. Run: /work/main/.venv/bin/python -B make_files.py (from any directory). Uses only ../word_pdf.py
(for .docx/.pdf), python-docx and pypdf; no project code."""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------- z01 (pdf, 第X条, buyer's paper, compliant)
Z01 = """T:社区矫正管理平台建设项目合同
P:合同编号：LHSFJ-ZFCG-2026-017
P:采购方式：公开招标（政府采购）
P:甲方（采购人）：临河市司法局
P:乙方（供应商）：江北数智科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，甲乙双方就临河市社区矫正管理平台建设项目（以下简称“本项目”）经协商一致，订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供社区矫正管理平台软件许可，并按甲方需求完成定制开发、部署实施和培训，实现矫正对象报到、定位核查、教育学习、奖惩考核、解矫归档等业务的线上办理，并与公安、法院、检察院相关系统对接。
P:1.2 平台部署于市政务云，由甲方提供云资源，乙方负责应用部署与配置。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰肆拾捌万元整（¥2,480,000），包含以下各项：
TB:序号|项目|金额（元）
TB:1|社区矫正管理平台软件许可（永久授权，不限用户数）|1,180,000
TB:2|定制开发（报到核查、电子围栏预警、政法协同接口）|1,046,000
TB:3|部署实施与数据迁移|218,000
TB:4|培训（管理员及基层司法所人员）|36,000
TB:合计|（含税）|2,480,000
P:2.2 合同总价为固定价格，包含乙方完成本项目的全部费用，甲方不再支付其他任何费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行履约保函后十五个工作日内，甲方支付合同总价的20%作为预付款，即¥496,000。
P:3.2 系统完成部署、通过初步验收后十五个工作日内，甲方支付合同总价的45%，即¥1,116,000。
P:3.3 系统通过最终验收后十五个工作日内，甲方支付合同总价的35%，即¥868,000。
P:3.4 乙方每次请款前应开具合法有效的增值税发票。
H:第四条 实施进度
P:4.1 乙方应于合同签订后120日内完成开发、部署和初步验收，初步验收后进入试运行，试运行期为六十日。
P:4.2 乙方应按甲方认可的实施计划推进工作，每周报送进度。
H:第五条 验收
P:5.1 初步验收：由甲方组织，按招标文件技术需求逐项核对功能，500个并发用户下常用页面响应时间不超过3秒，与公检法系统的接口连续七日数据交换无差错。
P:5.2 最终验收：试运行期满、无未关闭的一级和二级问题，系统通过第三方等级保护（三级）测评和商用密码应用安全性评估，乙方提交全部源代码、技术文档和操作手册后，由甲方组织专家进行最终验收并出具书面验收报告。
P:5.3 系统上线运行、甲方使用或支付任何款项，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提交验收。
H:第六条 质量保证与运维服务
P:6.1 免费质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级和技术支持。
P:6.2 质保期内系统月度可用率不低于99.95%。一级故障（系统无法登录或核心业务中断）乙方应在30分钟内响应，2小时内到场，8小时内恢复；二级故障2小时内响应。
P:6.3 乙方每超过响应或恢复时限1小时，甲方扣减履约保证金¥1,000；月度可用率每低于承诺值0.01个百分点，扣减¥2,000。
P:6.4 质保期满后，如甲方需要乙方继续提供运维服务，年度运维服务费不超过软件许可费的8%（即每年不超过¥94,400），该价格在质保期满后的三个服务年度内保持不变，具体以双方另行签订的运维合同为准。
H:第七条 数据安全
P:7.1 平台中的矫正对象个人信息、业务数据、日志等全部数据归甲方所有。乙方仅可为履行本合同处理上述数据，不得用于其他任何目的。
P:7.2 乙方应遵守《网络安全法》《数据安全法》《个人信息保护法》，落实访问控制、加密存储、操作审计等措施；乙方人员经甲方审批并通过堡垒机访问系统，不得复制、导出数据。
P:7.3 发生数据泄露或安全事件，乙方应在1小时内报告甲方并采取处置措施；因乙方原因造成的数据安全事件，乙方承担全部责任并赔偿甲方损失。
H:第八条 保密
P:乙方对在履行本合同过程中知悉的甲方工作秘密、矫正对象信息及其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。本条在合同终止后继续有效。
H:第九条 知识产权
P:9.1 平台标准产品的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:9.2 定制开发成果（含源代码、接口程序、文档）的知识产权归甲方所有，甲方可自行或委托第三方修改、使用。
H:第十条 违约责任
P:10.1 乙方逾期完成初步验收或最终验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金；逾期超过六十日的，甲方有权解除合同。
P:10.2 乙方交付的系统不符合合同约定的，应负责整改并承担由此产生的费用。
H:第十一条 分包
P:本项目不得分包或转包。
H:第十二条 合同解除
P:乙方严重违约，经甲方书面催告后十五日内仍未改正的，甲方有权解除合同，并要求乙方赔偿损失。
H:第十三条 争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条 项目人员
P:14.1 乙方应指定具有同类项目经验的项目经理一名，并配备需求分析、开发、测试和实施人员，项目经理在实施期间每周至少三个工作日在甲方现场办公。
P:14.2 乙方更换项目经理或核心开发人员的，应提前十个工作日书面征得甲方同意，替换人员的资历不得低于原人员。甲方认为乙方人员不能胜任的，有权要求乙方更换。
H:第十五条 不可抗力
P:因地震、洪水、疫情等不可抗力导致合同不能按期履行的，受影响一方应在三日内通知对方，并在十五日内提供证明，双方据此协商延期履行或部分免除责任。
H:第十六条 廉洁与通知
P:16.1 乙方不得向甲方工作人员提供任何形式的回扣、礼品或其他不正当利益，违反的，甲方有权解除合同。
P:16.2 本合同项下的通知应以书面形式送达合同首部载明的地址，一方地址变更的，应在变更后五日内通知对方。
P:16.3 乙方应配合甲方接受财政、审计部门对本项目的监督检查，如实提供合同履行相关资料。
P:16.4 乙方应在项目实施期间建立项目文档库，需求说明、设计文档、测试记录、会议纪要等资料应在项目结束时完整移交甲方，作为验收资料的组成部分。
H:第十七条 其他
P:本合同一式六份，甲方四份，乙方两份，自双方签字盖章之日起生效。招标文件、投标文件及中标通知书为本合同组成部分。
P:甲方（盖章）：临河市司法局    乙方（盖章）：江北数智科技有限公司
P:法定代表人或授权代表：________    法定代表人或授权代表：________
P:签订日期：2026年3月____日
"""

# ---------------------------------------------------------------- z02 (docx, 一、（一）, price table)
Z02 = """T:压砖机控制系统改造及维保合同
P:合同编号：HY-SB-2026-0408
P:甲方：高安市恒宇陶瓷有限公司
P:乙方：佛山市锐控自动化设备有限公司
P:甲方因生产需要，对一号、二号生产线共六台全自动液压压砖机的电气控制系统进行改造。经询价比选，甲方确定由乙方承担本项目。双方根据《中华人民共和国民法典》，订立本合同。
H:一、项目范围
P:（一）乙方负责六台压砖机原控制系统的拆除，新PLC控制柜、伺服液压控制模块、人机界面及传感器的供货、安装、接线和调试，并提供产线监控软件。
P:（二）乙方根据甲方工艺要求，开发压制曲线、布料联动和故障诊断程序，使改造后单机压制周期不高于改造前，压力控制偏差不超过±1.5 bar。
P:（三）改造应分台进行，每台压机停机时间不超过七日，不得影响其余生产线正常生产。
H:二、合同价款
P:（一）合同总价为人民币壹佰陆拾贰万陆仟元整（¥1,626,000），明细见下表：
TB:序号|名称|单价（元）|数量|金额（元）
TB:1|PLC控制柜（含CPU、IO模块、柜体）|128,000|6套|768,000
TB:2|伺服液压控制模块|46,500|6套|279,000
TB:3|人机界面触摸屏|9,800|6台|58,800
TB:4|压力传感器及位移传感器|2,150|36只|77,400
TB:5|产线监控软件许可（永久）|186,000|1套|186,000
TB:软硬件小计||||1,369,200
TB:6|安装调试（含旧系统拆除）|148,000|1项|148,000
TB:7|工艺程序定制开发|96,000|1项|96,000
TB:8|操作及维护培训|12,800|1项|12,800
TB:合计||||1,626,000
P:（二）上述合同总价不含质保期满后的维保费，维保费按本合同“七、质保期满后的维保服务”另行计付。
H:三、付款方式
P:（一）合同签订后十日内，甲方向乙方支付合同总价的20%作为预付款，即¥325,200。
P:（二）六台压砖机全部安装调试完成并恢复生产后十五日内，甲方支付合同总价的45%，即¥731,700。安装调试完成不视为验收。
P:（三）项目终验合格后十五日内，甲方支付合同总价的35%，即¥569,100。
H:四、交货与工期
P:（一）乙方应在合同签订后45日内将全部设备运至甲方厂区，并在到货后60日内完成六台压机的改造。
P:（二）设备到货时双方共同开箱清点，清点记录仅证明数量，不代表质量合格。
H:五、验收
P:（一）每台压机改造完成后连续生产72小时，压制周期、压力偏差、砖坯厚度合格率（不低于99.2%）达到本合同“一、项目范围”第（二）项要求的，甲方签署单机验收记录。
P:（二）六台压机全部单机验收后，再连续稳定运行30日，无一级故障，乙方提交竣工图纸、程序备份和操作手册的，由甲方组织终验并出具终验报告。
P:（三）设备投入使用不视为终验合格。
P:（四）终验不合格的，乙方应在十五日内完成整改并申请复验，复验产生的费用由乙方承担。
H:六、质量保证
P:（一）乙方提供的设备和软件免费质保期为十八个月，自终验合格之日起计算。质保期内因质量问题损坏的部件，乙方免费更换。
P:（二）一级故障（压机停机）乙方应在1小时内电话响应，8小时内到达现场；二级故障24小时内到场。乙方每超过上述时限1小时，向甲方支付¥500。
H:七、质保期满后的维保服务
P:（一）质保期满后，乙方为甲方提供全包维保服务，包括定期巡检、程序维护、备品备件更换和故障抢修，维保期为质保期满后的四个服务年度。
P:（二）维保费为每个服务年度软硬件小计的32%，即每年¥438,144，在每个服务年度开始后三十日内支付。维保期内维保费固定不变，服务标准与“六、质量保证”第（二）项相同。
H:八、数据安全
P:（一）压机运行数据、工艺参数和生产记录归甲方所有，乙方不得用于本合同以外的目的。
P:（二）乙方远程维护须经甲方逐次批准，通过甲方指定的VPN接入并全程记录；乙方不得擅自拷贝甲方数据。
P:（三）发生数据泄露、篡改或网络安全事件的，乙方应在2小时内通知甲方并配合处置；因乙方原因造成的，乙方承担全部赔偿责任。
H:九、保密
P:双方对在合作中知悉的对方技术秘密和商业秘密负有保密义务，未经对方书面同意不得向第三方披露，本义务在合同终止后三年内有效。
H:十、知识产权
P:乙方为本项目开发的工艺程序、画面组态及其源文件归甲方所有，甲方可自行修改或委托他人使用。监控软件标准产品的知识产权仍归乙方，甲方享有永久使用权。
H:十一、违约责任
P:（一）乙方未按期完成改造的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
P:（二）甲方未按期付款的，每逾期一日，按应付未付金额的万分之二向乙方支付违约金。
H:十二、分包与解除
P:（一）乙方不得将本项目分包给第三方，确需分包的，应事先取得甲方书面同意。
P:（二）乙方严重违约且在甲方书面通知后十五日内未纠正的，甲方有权解除本合同并要求乙方赔偿损失。
H:十三、争议解决
P:本合同适用中华人民共和国法律。争议协商不成的，提交佛山仲裁委员会仲裁。
H:十四、安全生产与现场管理
P:（一）乙方人员进入甲方厂区，应遵守甲方安全生产管理制度，佩戴安全防护用品，动火、登高和带电作业须办理作业票。乙方应为现场人员购买意外伤害保险。
P:（二）改造期间，乙方应对拆除的旧控制柜、线缆和元器件分类堆放，旧设备归甲方所有，由甲方处置。
P:（三）因乙方违章作业造成人身伤害或设备损坏的，由乙方承担责任。
H:十五、技术资料与培训
P:（一）乙方应向甲方提交电气原理图、接线图、PLC程序备份、参数清单、备件清单及中文操作维护手册各两套，并提供电子版。
P:（二）乙方应对甲方电工和操作工进行不少于三天的现场培训，使其能够独立完成日常操作、参数调整和常见故障处理。
P:（三）乙方应在培训结束后组织考核，考核合格的人员名单报甲方备案。
H:十六、备品备件
P:（一）乙方应随设备提供易损件一套，包括继电器、接近开关、熔断器和传感器连接线，清单作为合同附件。
P:（二）质保期内乙方应在本地保持常用备件库存，保证一级故障所需备件在到场时一并携带。
P:（三）甲方需要另行采购备件的，乙方应按不高于本合同单价的价格供应。
P:（四）维保期内，乙方应每季度对六台压机的控制系统进行一次巡检，检查接线端子、液压比例阀响应和传感器零点，出具巡检报告并由甲方设备科签字确认。
P:（五）维保期内乙方更换的备件应为原厂或同等品质的新件，更换下来的旧件交甲方保管。
H:十七、不可抗力
P:因不可抗力不能履行合同的，受影响一方应及时通知对方，并在十日内提供证明，双方可协商延期履行或解除合同。
H:十八、其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方：高安市恒宇陶瓷有限公司（盖章）    乙方：佛山市锐控自动化设备有限公司（盖章）
P:代表签字：________    代表签字：________    日期：2026年4月____日
"""

# ---------------------------------------------------------------- z03 (txt, 1. / 1.1, SaaS + implementation)
Z03 = """门店智能订货补货系统服务合同

合同编号：SXB-IT-2026-031
甲方：苏州鲜邻便利连锁有限公司
乙方：上海补给云信息技术有限公司

鉴于甲方经营120家便利店门店，拟采用乙方的门店智能订货补货云服务（以下简称“本服务”），并委托乙方完成系统实施，双方经友好协商，订立本合同。

1. 服务内容
1.1 乙方以软件即服务方式向甲方提供本服务，包括门店建议订单、自动补货、总部配送计划、库存预警和销售分析模块，服务于甲方120家门店及总部、配送中心。
1.2 实施服务：乙方负责门店与商品主数据初始化、与甲方POS系统及ERP系统的接口开发、历史销售数据导入、系统配置和门店店长培训。
1.3 本服务部署在乙方租用的境内公有云上，乙方负责运行、维护和升级。

2. 服务期限
2.1 服务期为三个服务年度，自上线验收合格之日起算。每个服务年度自上线验收合格日或其周年日起连续计算。
2.2 服务期届满前60日内任何一方未书面提出不续约的，本合同自动续期一个服务年度，续期次数不限。
2.3 每次续期时，乙方有权将服务年费上调，上调幅度不超过上一服务年度年费的8%，乙方应在续期开始前30日书面通知甲方调整后的价格。

3. 费用
3.1 门店服务费：每家门店每个服务年度¥2,280，120家门店合计每服务年度¥273,600。
3.2 总部及配送中心模块服务费：每服务年度¥96,000。
3.3 上述3.1和3.2合计每服务年度¥369,600，三个服务年度合计¥1,108,800。
3.4 实施费：一次性¥186,000。
3.5 本合同总价为¥1,294,800。门店数量在服务期内增加的，新增门店按3.1的单价按月折算计费。

4. 付款
4.1 实施费在上线验收合格后15个工作日内一次付清。
4.2 服务费按季度支付，每季度结束后15个工作日内，甲方根据乙方提交的服务报告和发票支付该季度服务费¥92,400。
4.3 甲方无需在上线验收前支付任何费用。

5. 实施与上线验收
5.1 乙方应在合同签订后75日内完成实施，全部门店上线试运行。
5.2 上线验收标准：（1）120家门店全部能通过本服务生成并提交订单；（2）与POS、ERP接口连续14日数据一致，差异率为零；（3）抽查30家门店的建议订单，与门店实际订货的偏差率不高于10%；（4）乙方完成全部培训并提交操作手册。
5.3 达到上述标准后，甲方签署上线验收单。门店试用或甲方支付任何款项，不视为上线验收。
5.4 乙方逾期完成上线验收的，每逾期一日向甲方支付违约金¥1,000。

6. 服务水平
6.1 本服务月度可用率不低于99.5%，计划内维护应在凌晨0点至6点进行并提前3日通知，不计入不可用时间。
6.2 故障分级与响应：一级故障（超过10家门店无法下单或补货计划无法生成）30分钟内响应，3小时内恢复；二级故障2小时内响应，12小时内恢复；三级故障1个工作日内响应。
6.3 月度可用率低于承诺值的，乙方按当月服务费的5%给予服务抵扣；低于99%的，按当月服务费的10%抵扣。一级故障未按时恢复的，每次另扣当月服务费的2%。
6.4 乙方每月向甲方提交服务报告，列明可用率、故障和处理情况。

7. 数据
7.1 甲方的门店销售数据、库存数据、商品数据及会员数据（“甲方数据”）归甲方所有。
7.2 甲方同意，乙方可以对甲方数据进行脱敏和汇总处理，将处理后的数据用于乙方补货算法模型的训练、优化以及发布零售行业分析报告，该使用不因本合同终止而终止。
7.3 合同终止后30日内，乙方应将甲方数据完整导出交付甲方，并在甲方确认后删除乙方系统中的甲方数据。

8. 数据安全
8.1 乙方应按照网络安全等级保护第三级的要求运行本服务，对甲方数据加密存储和传输，实行最小权限和操作审计。
8.2 发生数据泄露、丢失或其他安全事件的，乙方应在24小时内书面通知甲方，采取补救措施，并承担因乙方原因给甲方造成的全部损失。

9. 保密
双方对在履行本合同中获得的对方商业秘密，包括但不限于门店经营数据、价格和供应商信息，承担保密义务，未经对方书面同意不得披露，保密义务在合同终止后三年内有效。

10. 知识产权
10.1 本服务及其软件的知识产权归乙方所有。
10.2 乙方为甲方专门开发的接口程序和定制报表，其知识产权归甲方所有，乙方应交付源代码，甲方可自行修改使用。

11. 责任限制
乙方在本合同项下的累计赔偿责任以合同总价的150%为限，但因乙方故意、重大过失或违反第8条造成的损失不受此限。

12. 分包
未经甲方书面同意，乙方不得将实施服务的任何部分分包给第三方。

13. 解除
13.1 一方严重违约，经对方书面通知后15日内未改正的，守约方有权解除本合同。
13.2 连续两个月月度可用率低于99%的，甲方有权解除本合同，无需承担违约责任。

14. 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，提交苏州仲裁委员会仲裁。

15. 项目组织与沟通
15.1 乙方应指定项目经理负责实施，实施期间每周向甲方报告进度，并参加甲方组织的项目例会。
15.2 上线后，乙方应指定客户成功经理，每季度与甲方回顾补货效果、缺货率和库存周转情况，提出优化建议。
15.3 甲方应指定项目负责人，及时提供主数据、接口文档和门店配合人员。
15.4 乙方应为甲方门店提供7×24小时服务热线和在线客服，门店店长可直接报告故障或咨询操作问题。
15.5 乙方对系统进行版本升级的，应提前5个工作日通知甲方，并在非营业高峰时段进行，升级不得降低已有功能。

16. 变更
甲方需要新增功能或变更接口的，应书面提出，乙方在5个工作日内评估工作量和费用，经双方书面确认后实施。

16.1 变更涉及费用调整的，双方应签订补充协议，未经书面确认的变更，乙方不得向甲方收取费用。
16.2 乙方提供的补货算法参数（如安全库存天数、促销系数）应允许甲方总部自行调整，调整记录应在系统中留痕。
16.3 门店关闭或新开的，甲方应提前10日通知乙方，乙方应在3个工作日内完成门店账号的停用或开通。

17. 不可抗力
因不可抗力导致服务中断的，乙方应及时通知甲方并尽快恢复服务，不可抗力持续超过30日的，双方可协商解除合同。

18. 其他
本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方：苏州鲜邻便利连锁有限公司（盖章）        乙方：上海补给云信息技术有限公司（盖章）
授权代表：              授权代表：
日期：2026年5月  日           日期：2026年5月  日
"""

# ---------------------------------------------------------------- z04 (txt, （1）, O&M service, 竞争性磋商)
Z04 = """南州市社会救助管理信息系统2026年度运维服务合同

项目编号：NZMZ-CS-2026-005（竞争性磋商）
甲方（采购人）：南州市民政局
乙方（成交供应商）：南州市恒信信息技术服务有限公司

甲方通过竞争性磋商方式采购南州市社会救助管理信息系统年度运维服务，乙方为成交供应商。根据《中华人民共和国政府采购法》《中华人民共和国民法典》、磋商文件及乙方响应文件，双方订立本合同。

（1）服务范围
乙方为甲方提供社会救助管理信息系统（包括最低生活保障、特困人员供养、临时救助、低收入人口动态监测四个子系统）及其所在服务器、数据库、中间件的运行维护服务，具体包括：日常巡检、故障处理、数据维护、系统优化、安全加固、版本更新、业务咨询和重要时期值守保障。乙方派驻2名运维工程师在甲方现场工作，工作日8:30至17:30在岗。

（2）服务期限
服务期自2026年1月1日起至2026年12月31日止。服务期满后，甲方根据采购程序另行确定运维服务单位，本合同不自动续期。

（3）合同价款
本合同总价为人民币伍拾柒万陆仟元整（¥576,000），其中驻场运维人员费用¥384,000，系统巡检及优化费用¥96,000，安全加固及应急值守费用¥96,000。合同总价为固定价格，包括人员、交通、工具及税费等全部费用。

（4）付款方式
合同价款按季度支付，每季度¥144,000。每季度结束后，甲方按第（7）项完成季度考核，并在考核结果确认后15个工作日内支付该季度费用，考核扣款从当季费用中扣除。甲方不预付任何款项。

（5）服务水平
① 系统月度可用率不低于99.95%，因甲方机房断电或政务外网中断造成的不可用时间除外。
② 一级故障（任一子系统无法访问或救助资金发放数据无法生成）：乙方在15分钟内响应，1小时内到达现场，2小时内恢复。
③ 二级故障（部分功能异常，有替代办法）：30分钟内响应，8小时内解决。
④ 三级故障及咨询：2个工作日内解决。
⑤ 每月5日前，乙方提交上月运维报告，包括可用率、故障清单、巡检结果和整改建议。

（6）服务扣款
① 一级故障未按时响应或恢复的，每超过1小时扣款¥2,000。
② 月度可用率每低于承诺值0.01个百分点，扣款¥1,000。
③ 驻场人员无故缺岗的，每人每日扣款¥800。
④ 季度扣款累计不超过当季费用的20%。

（7）考核与验收
① 甲方每季度按磋商文件所附考核表对乙方进行考核，考核内容包括服务水平达成情况、运维报告质量、巡检记录、安全加固完成情况和用户满意度，满分100分，80分以上为合格。
② 服务期满前，乙方提交年度运维总结报告、系统配置清单和运维文档，甲方组织年度验收；四个季度考核均合格且年度文档完整的，年度验收合格。
③ 甲方支付季度费用不视为年度验收合格。

（8）数据安全
① 社会救助对象的身份信息、家庭收入和财产信息、救助记录等全部数据属于甲方，乙方仅可为完成运维服务处理数据，不得用于其他用途。
② 乙方应遵守《数据安全法》《个人信息保护法》，运维操作一律通过甲方堡垒机进行，严禁将数据拷贝至任何外部介质，严禁在互联网环境处理数据。
③ 发生或可能发生数据泄露、篡改、丢失的，乙方应在1小时内向甲方报告并按应急预案处置。因乙方原因造成数据安全事件的，乙方承担全部法律责任并赔偿甲方全部损失。

（9）工作成果
乙方在服务期内编写的运维脚本、数据修复程序、报表和运维文档归甲方所有，甲方可自行修改使用或交由其他服务单位使用。

（10）分包
乙方可将机房巡检、硬件维修等辅助性工作交由第三方服务单位完成，但应提前5个工作日书面告知甲方，并对第三方的工作承担责任。

（11）违约责任
① 乙方未按甲方书面通知的期限完成等级保护测评整改配合或系统版本更新的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
② 甲方无正当理由逾期付款的，应按逾期金额的日万分之三向乙方支付利息。

（12）责任限制
乙方在本合同项下对甲方承担的累计赔偿责任，以违约事件发生前六个月内甲方已支付的服务费用总额为限，但乙方故意或违反第（8）项造成的损失除外。

（13）合同解除
乙方连续两个季度考核不合格，或发生严重违约且经甲方书面通知后10日内未改正的，甲方有权解除本合同，并按实际服务期间结算费用。

（14）交接
合同终止或期满时，乙方应在15日内向甲方或甲方指定的新服务单位移交全部运维文档、账号和配置资料，并协助完成交接。

（15）争议解决
本合同适用中华人民共和国法律。争议协商不成的，向甲方所在地人民法院提起诉讼。

（16）人员管理
① 乙方驻场人员应具备相应的专业资格，名单及资质证明在合同签订后5日内报甲方备案，人员变更须经甲方同意。
② 乙方人员应遵守甲方的工作纪律和机房管理制度，进出机房须登记。
③ 在民政救助资金集中发放期间及重大节假日，乙方应安排专人值守，确保系统稳定运行。

（17）应急保障
乙方应编制系统应急预案，每半年组织一次应急演练，并将演练记录报甲方。发生重大故障时，乙方应立即启动应急预案，并在故障处理完毕后3个工作日内提交故障分析报告。

（18）工作交接与文档
① 乙方进场后15日内，应完成对现有系统的全面梳理，形成系统现状报告、资产清单和风险清单，报甲方确认。
② 乙方应建立运维工作台账，记录每日巡检、故障处理、数据修改和配置变更情况，数据修改须经甲方业务科室书面确认后方可执行。
③ 乙方应配合甲方完成上级民政部门组织的数据核查、系统对接和信息报送工作。

④ 乙方应每月对数据库进行备份恢复验证，并将验证结果写入运维报告；发现备份失败的，应当日处理并报告甲方。
⑤ 乙方应根据甲方要求，协助业务科室开展系统操作培训，每季度不少于一次，并解答基层街道、乡镇经办人员的操作咨询。

⑥ 乙方应协助甲方做好系统安全加固工作，每季度开展一次漏洞扫描，对中高危漏洞在10个工作日内完成修复或提出处置方案，并记录在运维报告中。

⑦ 乙方应在每季度考核前提交季度运维小结，对本季度的服务水平达成情况、主要问题及下季度工作计划作出说明。

（19）不可抗力
因不可抗力不能履行合同的，受影响一方应及时通知对方，并提供证明，双方协商处理。

（20）其他
磋商文件、乙方响应文件和成交通知书为本合同的组成部分。本合同一式五份，甲方三份，乙方两份，自双方盖章之日起生效。

甲方：南州市民政局（盖章）                 乙方：南州市恒信信息技术服务有限公司（盖章）
代表：                                     代表：
日期：2026年  月  日                       日期：2026年  月  日
"""

# ---------------------------------------------------------------- z05 (md, ## 第X条, supplier's template)
Z05 = """# 酿智发酵车间管理系统 软件许可及定制开发合同

**酿智科技标准合同文本 V4.0**

合同编号：NZ-HT-2026-0119

甲方（买方）：绍兴鉴湖古越黄酒有限公司
乙方（卖方）：杭州酿智科技有限公司

甲方拟在其黄酒发酵车间使用乙方的“酿智发酵车间管理系统”，并委托乙方进行定制开发。双方经协商一致，签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供酿智发酵车间管理系统标准版软件许可，授权甲方在其绍兴厂区内部使用，授权点数为40个发酵罐监控点及30个用户。

1.2 乙方根据双方确认的需求说明书进行定制开发，内容包括：发酵罐温度与开耙工艺联动控制、麦曲与酒药配比管理、前酵与后酵批次追溯、与甲方现有仓储系统的数据对接。

1.3 乙方负责系统的安装部署、初始化配置和操作培训。

## 第二条 合同价款

2.1 合同总价为人民币柒拾伍万元整（¥750,000），明细如下：

| 序号 | 项目 | 数量 | 金额（元） |
|---|---|---|---|
| 1 | 酿智发酵车间管理系统标准版软件许可（永久） | 1套 | 420,000 |
| 2 | 定制开发（工艺联动、配比管理、批次追溯、仓储对接） | 1项 | 268,000 |
| 3 | 安装部署及初始化配置 | 1项 | 54,000 |
| 4 | 操作培训 | 1项 | 8,000 |
| | **合计** | | **750,000** |

2.2 上述价格含税，不含甲方自行采购的服务器、传感器、网络设备及现场布线费用。

## 第三条 付款方式

3.1 本合同签订后7日内，甲方向乙方支付合同总价的60%，即¥450,000，乙方收款后启动开发。

3.2 系统安装完成后7日内，甲方支付合同剩余价款¥300,000。

3.3 甲方逾期付款的，每逾期一日，按应付金额的千分之一向乙方支付违约金，且乙方有权暂停服务。

## 第四条 交付与验收

4.1 乙方应在收到首笔款项后90日内完成定制开发及安装部署。因甲方需求变更、现场条件不具备或甲方未及时配合造成的延误，交付期限相应顺延。

4.2 系统安装完成，即视为甲方验收合格。甲方在安装完成后使用系统的，同样视为验收合格。

4.3 乙方对交付期限的延误不承担违约金，仅负责尽快完成交付。

## 第五条 免费维护

5.1 乙方自系统安装完成之日起提供六个月的免费维护，内容包括软件缺陷修复和电话、远程技术支持。

5.2 免费维护期内，乙方将尽合理努力及时处理甲方报告的故障，具体处理时间视故障情况而定。

5.3 因甲方操作不当、擅自修改系统、硬件或网络故障引起的问题，不属于免费维护范围。

## 第六条 维护服务

6.1 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订年度维护服务协议，维护费按乙方当年公布的价格标准执行。

6.2 甲方未购买维护服务的，乙方不再提供任何软件升级和技术支持。

## 第七条 知识产权

7.1 乙方提供的软件及其文档的全部知识产权归乙方所有。

7.2 乙方为甲方定制开发的程序、工艺模型、数据接口及其源代码和文档，知识产权均归乙方所有。甲方在合同有效期内享有非独占的使用权，不得修改、反向工程或提供给任何第三方使用。

## 第八条 数据

8.1 甲方在使用系统过程中产生的发酵工艺数据和生产记录归甲方所有。

8.2 甲方同意，乙方可以收集系统运行数据及匿名化处理后的工艺数据，用于改进乙方产品、开发新功能以及酿造行业工艺分析。

## 第九条 保密

双方对因签订和履行本合同而知悉的对方商业秘密和技术信息负有保密义务，未经对方书面同意，不得向第三方披露。本条在合同终止后两年内有效。

## 第十条 责任限制

10.1 乙方在本合同项下的全部赔偿责任总额，不超过合同总价的20%。

10.2 乙方对甲方的间接损失、生产损失、利润损失不承担责任。

## 第十一条 合同解除

一方严重违反本合同，经对方书面通知后30日内仍未纠正的，对方有权解除本合同。合同解除后，甲方已支付的款项不予退还，但乙方严重违约的除外。

## 第十二条 甲方的配合义务

12.1 甲方应按乙方要求提供服务器、网络环境、发酵罐传感器接口和现场工作条件，并指定专人配合需求确认和系统测试。

12.2 甲方应在乙方提交需求说明书后5个工作日内书面确认，逾期未确认的，视为甲方认可需求说明书。

12.3 因甲方未履行配合义务造成的工期延误和额外费用，由甲方承担。

## 第十三条 培训

乙方为甲方提供不超过两天的操作培训，培训对象为甲方车间主任、工艺员和系统管理员，培训地点在甲方厂区，参训人员不超过10人。

## 第十四条 系统环境与升级

14.1 本系统运行所需的操作系统、数据库等第三方软件由甲方自行采购，乙方提供安装指导。

14.2 甲方自行更换服务器、操作系统或网络设备的，应提前通知乙方，由此产生的系统迁移工作，乙方按其收费标准另行收费。

14.3 乙方发布的新版本软件，仅向已购买维护服务的客户提供。甲方未购买维护服务而要求升级的，应另行支付升级费用。

14.4 甲方应定期备份系统数据，因甲方未备份导致的数据丢失，乙方不承担责任。

## 第十五条 交付物

15.1 乙方交付的内容为：软件安装介质、授权文件、用户手册及培训课件。定制开发部分以可执行程序形式交付，源代码不属于交付范围。

15.2 授权文件与甲方指定的服务器绑定，甲方更换服务器的，应向乙方申请重新授权，每次收取授权迁移费。

15.3 乙方可以在甲方厂区的系统界面及乙方宣传材料中标注乙方名称和标识，甲方同意乙方将本项目作为成功案例对外宣传。

15.4 甲方不得将本系统用于绍兴厂区以外的其他工厂，新增工厂或发酵罐监控点的，应另行购买授权，单价按乙方届时报价执行。

15.5 甲方需要乙方派员到现场处理问题的，乙方按人天收取现场服务费及差旅费用。

## 第十六条 不可抗力

因不可抗力不能履行合同的，受影响一方不承担责任，但应及时通知对方。

## 第十七条 争议解决

因本合同引起的争议，双方应友好协商；协商不成的，提交杭州仲裁委员会仲裁。

## 第十八条 其他

18.1 本合同未尽事宜，双方可另行签订补充协议。

18.2 本合同一式两份，双方各执一份，自双方盖章之日起生效。

| 甲方（盖章）：绍兴鉴湖古越黄酒有限公司 | 乙方（盖章）：杭州酿智科技有限公司 |
|---|---|
| 授权代表： | 授权代表： |
| 日期：2026年  月  日 | 日期：2026年  月  日 |
"""

# ---------------------------------------------------------------- e01 (pdf, Article N, perpetual licence + services)
E01 = """T:Software Licence and Implementation Agreement
P:Agreement No. CGS-CN-2026-014
P:This Agreement is made between Zhejiang Kangning Pharmaceutical Distribution Co., Ltd., a company registered in Hangzhou, People's Republic of China (the "Customer"), and Clydegate Software Limited, a company registered in Scotland with its office at 48 West Regent Street, Glasgow (the "Vendor").
P:Background: The Customer operates three regional pharmaceutical warehouses in Hangzhou, Ningbo and Wenzhou and wishes to replace its warehouse management software. The Vendor develops the Clydegate WMS product and has offered to license it to the Customer and to implement it at the three warehouses. At the Customer's request all prices are stated and paid in Chinese Yuan (CNY).
H:Article 1 Definitions
P:1.1 "Software" means the Clydegate WMS server software, client software and RF handheld software in the versions listed in Annex 1, together with their documentation and updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces to the Customer's ERP and transport systems, the GSP compliance reports, the cold-chain temperature module and all other work product made for the Customer under Annex 2, including source code.
P:1.3 "Go-Live" means the first day on which all three warehouses process receipts, putaway, picking and despatch in the Software in production.
P:1.4 "Final Acceptance" means the Customer's written acceptance certificate issued under Article 5.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, irrevocable licence to install and use the Software for the internal business of the Customer and its affiliates in mainland China, for the numbers of users and devices in Article 3.
P:2.2 The Customer may make copies for backup, testing and disaster recovery. The Software will be installed on servers owned by the Customer in its own data centre in Hangzhou.
P:2.3 Additional user or device licences may be ordered at the unit prices in Article 3 for the duration of the warranty period.
H:Article 3 Price
P:3.1 The total Contract Price is CNY 1,600,000, fixed and inclusive of VAT, made up as follows:
TB:Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:WMS server licence, perpetual|1|640,000|640,000
TB:Named user licences, perpetual|80|4,500|360,000
TB:RF handheld device licences, perpetual|40|2,200|88,000
TB:Licence Subtotal|||1,088,000
TB:Implementation services (Annex 2)|1|486,000|486,000
TB:Training (administrators and key users)|1|26,000|26,000
TB:Contract Price|||1,600,000
P:3.2 The Contract Price covers all travel, expenses and taxes of the Vendor. No further charges apply for the scope in Annex 2.
H:Article 4 Payment
P:4.1 The Customer shall pay 10% of the Contract Price (CNY 160,000) within 30 days after signature of this Agreement and receipt of a valid invoice.
P:4.2 The Customer shall pay 55% of the Contract Price (CNY 880,000) within 30 days after Go-Live.
P:4.3 The Customer shall pay the balance of 35% of the Contract Price (CNY 560,000) within 30 days after Final Acceptance.
P:4.4 Each payment is made by bank transfer in CNY against a valid VAT invoice issued by the Vendor's local service partner named in Annex 3 on the Vendor's behalf.
H:Article 5 Implementation and Acceptance
P:5.1 The Vendor shall complete the implementation described in Annex 2 and achieve Go-Live within 150 days after signature.
P:5.2 Final Acceptance tests will be run after Go-Live and will confirm that: (a) every function in the Annex 2 requirement list works as described; (b) inventory records in the Software reconcile with a full physical count at each warehouse without unexplained difference; (c) the ERP and transport interfaces run for 20 consecutive working days without a lost or duplicated message; (d) picking transactions on RF devices complete within 2 seconds at peak load; and (e) the Vendor has delivered the Custom Deliverables with source code and the administrator documentation.
P:5.3 When the tests are passed, the Customer shall issue a Final Acceptance certificate within 10 working days. Go-Live, production use of the Software or any payment does not constitute Final Acceptance.
P:5.4 If a test fails, the Vendor shall correct the defect and repeat the test at its own cost.
H:Article 6 Warranty
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform in accordance with their documentation and Annex 2 for 18 months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct all defects, provide updates and new versions, and provide support under Article 7 free of charge.
P:6.2 The Vendor warrants that the Software contains no virus, time lock or other disabling code.
H:Article 7 Support
P:7.1 Support is provided by telephone, e-mail and remote session in Chinese and English. Faults are classified as follows: Severity 1 (a warehouse cannot receive, pick or despatch goods): response within 1 hour, workaround within 6 hours, at any time of day; Severity 2 (a major function is impaired with a workaround): response within 2 business hours; Severity 3 (other faults and questions): response within 1 business day.
P:7.2 For every full hour by which the Vendor misses a Severity 1 response or workaround time, the Vendor shall pay the Customer CNY 1,500, which the Customer may deduct from any amount due.
P:7.3 After the Warranty Period the Customer may order annual support. The annual support fee is 12.5% of the Licence Subtotal, that is CNY 136,000 per Support Year, fixed for the first three Support Years. Any later change must be agreed in writing and may not exceed 3% per Support Year. Support continues only when the Customer places a written order for each Support Year; it does not renew automatically.
H:Article 8 Intellectual Property
P:8.1 The Vendor retains all intellectual property rights in the standard Software.
P:8.2 All intellectual property rights in the Custom Deliverables vest in the Customer on creation. The Customer may use, modify, copy and license the Custom Deliverables without restriction and may engage a third party to maintain them.
H:Article 9 Customer Data and Data Security
P:9.1 All data entered into or produced by the Software, including product, batch, customer and temperature records ("Customer Data"), belongs to the Customer. The Vendor may process Customer Data only to perform this Agreement and on the Customer's instructions.
P:9.2 The Vendor shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law. Remote access to the Customer's systems is allowed only through the Customer's VPN, with approval for each session and logging of all actions. The Vendor shall not copy Customer Data outside the Customer's systems.
P:9.3 The Vendor shall notify the Customer within 24 hours of any actual or suspected security incident affecting Customer Data, take all reasonable steps to contain it, and indemnify the Customer for all losses, fines and costs resulting from any incident caused by the Vendor or its personnel.
H:Article 10 Confidentiality
P:Each party shall keep confidential all non-public information received from the other party under this Agreement and shall use it only for this Agreement. This obligation survives termination for three years.
H:Article 11 Delay and Liability
P:11.1 If Go-Live is delayed beyond the date in Article 5.1 for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of CNY 1,600 for each day of delay, up to a maximum of 10% of the Contract Price.
P:11.2 The Vendor's total liability under this Agreement is limited to 150% of the Contract Price, except for liability under Article 9, infringement of third-party rights, fraud and wilful misconduct, which is unlimited.
H:Article 12 Subcontracting
P:The Vendor shall not subcontract any part of the implementation or support without the Customer's prior written consent. The local service partner named in Annex 3 is approved on signature. The Vendor remains responsible for all subcontractors.
H:Article 13 Termination
P:13.1 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within 20 days after receiving notice, or if liquidated damages under Article 11.1 reach their maximum.
P:13.2 On termination by the Customer, the licences already paid for remain in force and the Vendor shall deliver all Custom Deliverables completed at that date.
H:Article 14 Governing Law and Disputes
P:This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules then in force. The award is final and binding on both parties.
H:Article 15 General
P:15.1 This Agreement, with Annex 1 (Software and versions), Annex 2 (Scope and requirements) and Annex 3 (Local service partner), is the entire agreement of the parties. Changes must be in writing and signed by both parties.
P:15.2 This Agreement is signed in English and Chinese; both versions have equal effect.
P:For the Customer: Zhejiang Kangning Pharmaceutical Distribution Co., Ltd.   Name: ________  Date: ________
P:For the Vendor: Clydegate Software Limited, Glasgow   Name: ________  Date: ________
"""

# ---------------------------------------------------------------- e02 (md, Order Form + General Terms, SaaS)
E02 = """# ORDER FORM — SafeDeck Inspection Cloud

**Order Form No. SD-OF-2026-0093**

| | |
|---|---|
| Provider | SafeDeck Systems Ltd, 12 Marischal Street, Aberdeen AB11, Scotland, United Kingdom |
| Customer | Qingdao Haixing Marine Engineering Co., Ltd., Qingdao, Shandong, People's Republic of China |
| Service | SafeDeck Inspection Cloud: inspection planning, permit-to-work, incident reporting and corrective-action tracking for offshore and yard operations |
| Subscription Term | three Subscription Years from the Subscription Start Date |
| Subscription Start Date | the date of Onboarding Acceptance (target: 1 September 2026) |
| Currency | Chinese Yuan (CNY), at the Customer's request |

This Order Form is entered into under, and incorporates, the SafeDeck General Terms set out below. If this Order Form and the General Terms conflict, this Order Form prevails.

## 1. Fees

| Item | Basis | Fee (CNY) |
|---|---|---|
| Named users | 250 users x CNY 1,560 per Subscription Year | 390,000 per Subscription Year |
| Platform and mobile app fee | per Subscription Year | 84,000 per Subscription Year |
| Subscription fees, total per Subscription Year | | 474,000 |
| Subscription fees over the Subscription Term (three Subscription Years) | | 1,422,000 |
| Onboarding (configuration, data import, two integrations, training) | one-time | 118,000 |
| **Total Order Value** | | **1,540,000** |

1.1 Additional named users may be added at CNY 1,560 per user per Subscription Year, pro rata for the remainder of the current Subscription Year.

## 2. Invoicing and payment

2.1 On signature of this Order Form, the Provider will invoice the Onboarding fee and the subscription fees for the first Subscription Year, a total of CNY 592,000. This invoice is payable within 15 days and in any case before the Subscription Start Date.

2.2 Subscription fees for the second and third Subscription Years are invoiced 30 days before the start of each Subscription Year and payable annually in advance.

2.3 All fees are inclusive of VAT and are paid by bank transfer in CNY.

## 3. Onboarding and acceptance

3.1 The Provider will configure the Service for the Customer's three yards and twelve vessels, import the Customer's existing inspection checklists and equipment registers, build the two integrations listed in Annex A (HR system and maintenance system), and train 25 key users.

3.2 Onboarding Acceptance requires that: (a) all checklists and registers are imported and reconciled to the Customer's source files; (b) both integrations have exchanged data for 10 consecutive working days without error; (c) each yard has completed at least one inspection round and one permit-to-work cycle in the Service; and (d) training is completed. The Customer will sign an Onboarding Acceptance certificate within 5 working days after these criteria are met. Use of the Service before that date is not acceptance.

3.3 If Onboarding Acceptance is not achieved by 1 September 2026 for reasons attributable to the Provider, the Provider will pay the Customer CNY 1,200 for each day of delay, up to CNY 60,000.

## 4. Signatures

| For the Customer | For the Provider |
|---|---|
| Qingdao Haixing Marine Engineering Co., Ltd. | SafeDeck Systems Ltd |
| Name / title: | Name / title: |
| Date: | Date: |

---

# SAFEDECK GENERAL TERMS (China edition, v3)

## 1. The Service

1.1 The Provider grants the Customer and its authorised users a non-exclusive right to access and use the Service during the Subscription Term for the Customer's internal business.

1.2 The Service is hosted for customers in China on servers located in mainland China (Alibaba Cloud, Beijing region) operated under the Provider's control.

1.3 The Provider may update the Service from time to time, provided that no update materially reduces its functionality.

## 2. Service levels

2.1 The Provider targets monthly availability of the Service of 99.95%, excluding scheduled maintenance announced at least 48 hours in advance and carried out between 22:00 and 06:00 China time.

2.2 Support requests are classified as follows. Priority 1 (the Service is unavailable to all users, or permits-to-work cannot be issued): initial response within 8 hours. Priority 2 (a major function is impaired): initial response within 1 business day. Priority 3 (other questions): initial response within 3 business days.

2.3 The Provider will report availability and support performance to the Customer each quarter.

2.4 The service levels in this clause 2 are targets. Failure to meet them does not entitle the Customer to any service credit, fee reduction, refund or other compensation.

## 3. Customer Data

3.1 All data uploaded to or created in the Service by or for the Customer ("Customer Data") belongs to the Customer. The Provider will use Customer Data only to provide the Service to the Customer and will not sell, share or analyse it for any other purpose.

3.2 The Provider will keep Customer Data in mainland China and will not transfer it abroad.

3.3 On expiry or termination, the Provider will make Customer Data available for export for 60 days and will then delete it and confirm the deletion in writing.

## 4. Data security

4.1 The Provider maintains ISO/IEC 27001 certification and an MLPS level 3 filing for the Service, encrypts Customer Data in transit and at rest, and restricts access to named personnel with multi-factor authentication and logged access.

4.2 The Provider will notify the Customer within 24 hours after becoming aware of any security incident affecting Customer Data, will investigate and contain the incident, and is responsible for all losses, regulatory penalties and costs of the Customer that result from an incident caused by the Provider's breach of this clause 4.

## 5. Confidentiality

Each party will keep the other party's confidential information secret, use it only for the purposes of the Order Form and not disclose it except to its employees and advisers who need to know it. This obligation continues for three years after the end of the Subscription Term.

## 6. Intellectual property

6.1 The Provider owns the Service and all its software.

6.2 Checklists, forms, workflows, report templates and integration mappings prepared for the Customer during onboarding ("Customer Configurations") belong to the Customer. The Customer may use, modify and license them freely, including with another provider.

## 7. Subcontracting

The Provider uses Alibaba Cloud as its hosting provider, which the Customer approves by signing the Order Form. The Provider will not otherwise subcontract any part of the Service without the Customer's prior written consent.

## 8. Liability

8.1 The Provider's total liability under the Order Form is limited to twice the Total Order Value.

8.2 The limit does not apply to breach of clauses 3 to 5, to personal injury or to wilful misconduct.

## 9. Term, renewal and termination

9.1 The Order Form ends at the end of the Subscription Term. Any further subscription requires a new order form signed by both parties; there is no automatic renewal.

9.2 Either party may terminate the Order Form by written notice if the other party commits a material breach and does not remedy it within 30 days after notice. If the Customer terminates for the Provider's breach, the Provider refunds the prepaid fees for the period after termination.

## 10. Customer responsibilities

10.1 The Customer is responsible for the accuracy of the data it enters, for the conduct of its authorised users and for keeping user credentials secure.

10.2 The Customer will provide the Provider with timely access to its HR and maintenance systems, test data and key users during onboarding, and will name a project lead who can take decisions on configuration.

10.3 The Customer will not use the Service to store information that is classified as a state secret or that the Customer is not permitted to process.

## 11. Support and training

11.1 Support is provided in Chinese and English through the service portal, e-mail and telephone. Priority 1 requests may be raised by telephone at any time; other requests are handled on business days between 08:30 and 18:00 China time.

11.2 The Provider will provide online training material and a refresher session for key users at the start of each Subscription Year at no extra charge.

## 12. Force majeure

Neither party is liable for a failure caused by events beyond its reasonable control, such as natural disasters, epidemics, acts of government or failures of public networks, provided that it notifies the other party promptly and uses reasonable efforts to resume performance. If such an event prevents the Service for more than 30 days, either party may terminate the Order Form by written notice, and the Provider will refund prepaid fees for the unused period.

## 13. Notices and general

13.1 Notices must be in writing and sent to the addresses in the Order Form, or to another address a party notifies.

13.2 Neither party may assign the Order Form without the other party's written consent, except to a successor of its whole business.

13.3 The Order Form and these General Terms are signed in English and Chinese; both versions have equal effect.

## 14. Law and disputes

14.1 The Order Form and these General Terms are governed by the laws of the People's Republic of China.

14.2 Disputes are submitted to the Qingdao Arbitration Commission for arbitration in Qingdao.
"""

# ---------------------------------------------------------------- e03 (docx, Section N.N, sensors, buyer's paper)
E03 = """T:Purchase Contract for Kiln Condition Monitoring Equipment
P:Contract No. CHC-EQ-2026-052
P:Buyer: Anhui Conghai Cement Co., Ltd., Chizhou, Anhui Province, People's Republic of China (the "Buyer").
P:Supplier: Taff Valley Instruments Ltd, Unit 7, Ocean Park, Cardiff, Wales, United Kingdom (the "Supplier").
P:The Buyer runs two clinker production lines at its Chizhou plant and wishes to install condition monitoring on the kilns, grate coolers, raw mills and main fans. After a competitive enquiry the Buyer has selected the Supplier. This Contract is on the Buyer's standard purchase terms. All prices are in Chinese Yuan (CNY).
H:Section 1 Scope
P:1.1 The Supplier shall supply, install, configure and commission the wireless vibration sensors, kiln shell temperature scanners, gateways and monitoring software listed in Section 2 (the "Equipment"), and shall train the Buyer's maintenance staff.
P:1.2 The Supplier shall design sensor locations with the Buyer's maintenance department and shall connect the monitoring software to the Buyer's plant DCS and maintenance management system through the interfaces described in Annex 1.
P:1.3 The Equipment shall be suitable for continuous operation in a cement plant, with sensors rated IP67 and for surface temperatures up to 120 degrees Celsius.
H:Section 2 Price
P:2.1 The Contract Price is CNY 1,395,000, inclusive of VAT, packing, transport to the plant, insurance and all taxes:
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Wireless triaxial vibration sensor|96|6,800|652,800
TB:2|Kiln shell infrared temperature scanner|2|148,000|296,000
TB:3|Wireless gateway with industrial switch|8|12,500|100,000
TB:4|Condition monitoring software, perpetual licence|1|186,000|186,000
TB:|Hardware and Licence Subtotal|||1,234,800
TB:5|Installation, configuration and commissioning|1|142,000|142,000
TB:6|Training of maintenance staff|1|18,200|18,200
TB:|Contract Price|||1,395,000
P:2.2 The Contract Price is fixed and will not be adjusted for exchange rate changes.
H:Section 3 Payment
P:3.1 Advance payment: 10% of the Contract Price (CNY 139,500) within 15 working days after signature, against the Supplier's advance payment guarantee of the same amount.
P:3.2 Installation payment: 55% of the Contract Price (CNY 767,250) within 20 working days after the Installation Certificate under Section 5.1. The Installation Certificate is not acceptance of the Equipment.
P:3.3 Final payment: 35% of the Contract Price (CNY 488,250) within 20 working days after the Final Acceptance Certificate under Section 5.3.
H:Section 4 Delivery
P:4.1 The Supplier shall deliver all Equipment to the Chizhou plant within 70 days after signature and complete installation within 30 days after delivery, during the planned kiln shutdown notified by the Buyer.
P:4.2 If the Supplier fails to complete installation on time, the Supplier shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
H:Section 5 Installation and Acceptance
P:5.1 When all Equipment is installed and powered, the parties shall jointly check quantities and installation quality and the Buyer shall sign an Installation Certificate.
P:5.2 Acceptance tests shall show that: (a) every sensor reports to the software at the agreed interval with no more than 0.5% lost packets over 7 days; (b) vibration readings agree with a calibrated portable analyser within 5%; (c) the kiln shell scanners produce a full thermal image at least every 10 seconds and alarm correctly on simulated hot spots; (d) alarms reach the DCS and the maintenance system; and (e) the system runs for 30 consecutive days without a Severity 1 fault.
P:5.3 When the tests are passed and the Supplier has delivered the as-built drawings, calibration certificates and manuals, the Buyer shall issue the Final Acceptance Certificate. Operation of the Equipment by the Buyer before that date is not acceptance.
H:Section 6 Warranty
P:6.1 The Supplier warrants the Equipment and the software against defects in design, materials and workmanship for 9 months from the date of the Final Acceptance Certificate (the "Warranty Period").
P:6.2 During the Warranty Period the Supplier shall repair or replace defective Equipment free of charge, including parts, labour, travel and shipping, and shall provide software updates free of charge.
P:6.3 Faults are handled as follows: Severity 1 (loss of monitoring on a kiln or main fan): remote response within 2 hours and engineer on site within 24 hours; Severity 2 (loss of individual sensors): response within 1 business day. For every hour by which a Severity 1 response is late the Supplier shall pay CNY 800.
H:Section 7 Support after Warranty
P:7.1 After the Warranty Period the Supplier shall, if the Buyer so orders, provide support on the same terms as Section 6 for an annual fee of 8% of the Hardware and Licence Subtotal, that is CNY 98,784 per year.
P:7.2 This fee is fixed for the first two support years after the Warranty Period. Support is ordered by the Buyer's purchase order each year and does not renew automatically.
H:Section 8 Data and Data Security
P:8.1 All measurements, alarms, images and reports produced by the Equipment ("Plant Data") belong to the Buyer. The Supplier may use Plant Data only to perform this Contract.
P:8.2 The monitoring software runs on the Buyer's servers inside the plant network. The Supplier may access it remotely only through the Buyer's approved remote access channel, with approval for each session, and shall not copy Plant Data out of the plant network.
P:8.3 The Supplier shall notify the Buyer within 12 hours of any security incident involving the Equipment or Plant Data, assist the Buyer to contain it, and compensate the Buyer for all losses caused by an incident attributable to the Supplier.
H:Section 9 Confidentiality
P:The Supplier shall keep confidential all technical and commercial information of the Buyer, including process data and plant layouts, and shall not disclose it to any third party without the Buyer's prior written consent. This Section survives termination.
H:Section 10 Intellectual Property
P:10.1 The Supplier retains the intellectual property in its standard software and firmware and grants the Buyer a perpetual licence to use them with the Equipment.
P:10.2 Dashboards, alarm rules, interface programs and reports made for the Buyer under this Contract belong to the Buyer, which may modify and use them freely.
H:Section 11 Subcontracting
P:11.1 The Supplier may subcontract mechanical installation, cabling and scaffolding to local contractors of its choice by giving the Buyer written notice of the contractor's name at least 5 working days before the contractor starts work.
P:11.2 The Supplier remains responsible for its subcontractors and shall ensure they follow the Buyer's site safety rules.
H:Section 12 Liability
P:The Supplier's total liability under this Contract shall not exceed twice the Contract Price, except for personal injury, wilful misconduct and breach of Sections 8 and 9.
H:Section 13 Termination
P:The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after notice, or if liquidated damages under Section 4.2 reach their maximum. The Supplier shall then refund all amounts paid for Equipment not accepted.
H:Section 14 Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Hefei Arbitration Commission for arbitration in Hefei.
H:Section 15 Site Rules, Inspection and Documents
P:15.1 The Supplier's staff and subcontractors shall comply with the Buyer's site safety rules, including permits for hot work, work at height and work near rotating equipment, and shall attend the Buyer's safety induction before starting work. The Supplier shall insure its personnel against accident.
P:15.2 The Buyer may inspect the Equipment at the Supplier's works before shipment on 10 days' notice. Inspection does not relieve the Supplier of any obligation.
P:15.3 With each shipment the Supplier shall provide a packing list, certificates of origin and conformity, and calibration certificates for every sensor. Before Final Acceptance the Supplier shall deliver the as-built sensor location drawings, the software configuration backup and manuals in Chinese and English.
P:15.4 The Supplier shall keep spare parts for the Equipment available for at least seven years after Final Acceptance and shall inform the Buyer in writing at least six months before any part is discontinued, offering a compatible replacement.
P:15.5 The Supplier shall label every sensor and gateway with its tag number as agreed in Annex 1 and shall update the Buyer's asset register with serial numbers before Final Acceptance.
H:Section 16 Force Majeure
P:Neither party is liable for delay caused by force majeure, such as natural disaster, epidemic or government action, provided it notifies the other party within 5 days and provides evidence. If force majeure lasts more than 60 days, either party may terminate the undelivered part of this Contract.
H:Section 17 General
P:Annex 1 (Interfaces and sensor locations) forms part of this Contract. This Contract is made in English and Chinese, both equally authentic, and takes effect on signature by both parties.
P:For the Buyer: Anhui Conghai Cement Co., Ltd.   Signature: ________   Date: ________
P:For the Supplier: Taff Valley Instruments Ltd   Signature: ________   Date: ________
"""

# ---------------------------------------------------------------- e04 (md, numbered clauses + schedules as tables)
E04 = """# Managed Backup and Recovery Services Agreement

**Agreement reference:** GBM-MSA-2026-031

**Between**

1. **Gower Bay Managed Services Ltd**, a company registered in Wales, with its office at 3 Kings Road, SA1 Swansea, Wales, United Kingdom ("Provider"); and
2. **Ningbo Jiayue Cold Chain Logistics Co., Ltd.**, a company registered in Ningbo, Zhejiang, People's Republic of China ("Customer").

**Background.** The Customer runs warehouse, transport and temperature monitoring systems in its Ningbo and Shaoxing data rooms. The Provider offers managed backup, replication and recovery services and will provide them to the Customer on the terms below. At the Customer's request all charges are in Chinese Yuan (CNY).

## 1. Definitions

1.1 "Services" means the managed backup and recovery services described in Schedule 1.

1.2 "Protected Systems" means the servers, databases and virtual machines listed in Schedule 1.

1.3 "Service Commencement Date" means the date of the Onboarding Acceptance certificate under clause 4.

1.4 "Initial Term" means 36 months from the Service Commencement Date.

## 2. Services

2.1 The Provider shall back up the Protected Systems daily, keep copies in the Provider's partner data centre in Hangzhou, replicate the tier-1 systems continuously, test restores monthly and carry out one full disaster recovery test each contract year.

2.2 The Provider shall run a service desk in Chinese and English at all times and shall assign a named service manager to the Customer.

## 3. Charges and payment

3.1 The charges are set out in Schedule 2. The total charges for the Initial Term are CNY 2,340,000.

3.2 The onboarding charge is invoiced after Onboarding Acceptance. The monthly service charge is invoiced monthly in arrears. Invoices are payable within 30 days. No amount is payable before the Service Commencement Date.

## 4. Onboarding and acceptance

4.1 The Provider shall install its backup appliances, configure all Protected Systems and complete a first full backup within 60 days after signature.

4.2 Onboarding Acceptance requires: (a) a successful full backup of every Protected System; (b) a test restore of each tier-1 database into an isolated environment, verified by the Customer's application owners; (c) replication of tier-1 systems running for 7 consecutive days within the recovery point objective in Schedule 3; and (d) delivery of the runbooks. The Customer shall issue an Onboarding Acceptance certificate within 5 working days after these conditions are met.

4.3 If Onboarding Acceptance is delayed beyond the date in clause 4.1 for reasons attributable to the Provider, the Provider shall pay the Customer CNY 2,000 for each day of delay, up to CNY 80,000.

## 5. Service levels and credits

5.1 The Provider shall meet the service levels in Schedule 3 and report performance each month.

5.2 If a service level is missed, the Provider shall give the Customer the service credits in Schedule 3, deducted from the next invoice.

5.3 Service credits are the Customer's sole and exclusive remedy for any failure to meet a service level.

## 6. Customer Data

6.1 All data of the Customer that the Provider backs up, replicates or otherwise handles ("Customer Data") belongs to the Customer. The Provider shall use Customer Data only to provide the Services and shall not access the content of backups except to perform a restore requested by the Customer.

6.2 Customer Data shall be stored only in mainland China, encrypted in transit and at rest with keys held in the Customer's key vault.

## 7. Data security

7.1 The Provider shall keep ISO/IEC 27001 certification for the Services, apply multi-factor authentication and logging to all administrative access, and vet its staff who handle Customer Data.

7.2 The Provider shall notify the Customer within 12 hours after becoming aware of any security incident affecting Customer Data, shall contain and investigate it, and shall be liable for all losses, costs and regulatory penalties of the Customer caused by an incident for which the Provider is responsible.

## 8. Confidentiality

Each party shall keep confidential the other party's confidential information, use it only for this Agreement and not disclose it without the other party's prior written consent, during the Agreement and for three years after it ends.

## 9. Intellectual property

The Provider keeps the intellectual property in its tools and platform. Runbooks, recovery plans, scripts and configurations prepared for the Customer belong to the Customer, which may use, modify and give them to another provider.

## 10. Subcontracting

The Provider shall not subcontract any part of the Services without the Customer's prior written consent, except the Hangzhou partner data centre named in Schedule 1, which the Customer approves by signing this Agreement.

## 11. Limitation of liability

11.1 The Provider's total liability under or in connection with this Agreement is limited to the charges paid by the Customer in the 6 months immediately preceding the event giving rise to the claim.

11.2 The limit does not apply to personal injury, fraud or wilful misconduct.

## 12. Term and termination

12.1 This Agreement starts on signature and continues until the end of the Initial Term. It does not renew automatically; any extension must be agreed in writing.

12.2 In view of the Provider's investment in dedicated appliances and capacity for the Customer, neither party may terminate this Agreement before the end of the Initial Term, whether for breach or otherwise, except where the other party becomes insolvent. The Customer's remedies for any breach by the Provider are service credits under clause 5 and damages under clause 11.

12.3 At the end of the Agreement the Provider shall give the Customer a final full copy of the Customer Data and shall delete its copies within 30 days after the Customer confirms receipt.

## 13. Law and disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes are submitted to the Ningbo Arbitration Commission for arbitration in Ningbo.

## 14. Governance

14.1 The Provider's service manager and the Customer's IT manager shall meet monthly to review the service report, incidents, capacity and planned changes, and quarterly to review the service as a whole.

14.2 The Provider shall give the Customer at least 10 working days' notice of any change to the backup platform, data centre or software versions that may affect the Services, and shall not carry out such a change without the Customer's agreement.

## 15. Customer responsibilities

15.1 The Customer shall give the Provider the access to the Protected Systems that the Provider reasonably needs, shall inform the Provider of new systems or major changes at least 5 working days in advance, and shall name contacts who can authorise restores.

15.2 Additional systems may be added to Schedule 1 by a written change order at the unit rates agreed in that change order.

## 16. Force majeure

Neither party is liable for a failure caused by an event beyond its reasonable control, provided it notifies the other party without delay and takes reasonable steps to limit the effect. This clause does not excuse the Provider from running its disaster recovery arrangements.

## 17. General

17.1 Notices must be in writing and delivered to the addresses above. This Agreement, with its Schedules, is the entire agreement of the parties, and any change must be in writing and signed by both parties.

17.2 This Agreement is signed in English and Chinese, both versions having equal effect.

## Schedule 1 — Protected Systems

| Tier | Systems | Backup | Replication | Retention |
|---|---|---|---|---|
| 1 | Warehouse management (2 database servers), transport management, temperature monitoring | daily full + hourly log | continuous to Hangzhou | 90 daily, 24 monthly copies |
| 2 | ERP, finance, HR | daily full | none | 30 daily, 24 monthly copies |
| 3 | File servers, 38 virtual machines | daily incremental, weekly full | none | 30 daily copies |

## Schedule 2 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Onboarding charge | one-time, after Onboarding Acceptance | 90,000 |
| Monthly service charge | per month, 36 months | 62,500 |
| Monthly service charges, Initial Term | 36 x 62,500 | 2,250,000 |
| **Total charges, Initial Term** | | **2,340,000** |

## Schedule 3 — Service levels and credits

| Service level | Target | Credit if missed (per month) |
|---|---|---|
| Backup portal availability | 99.95% per month | 5% of the monthly service charge |
| Failed daily backup job (tier 1 and 2) rerun successfully | within 8 hours | 5% of the monthly service charge |
| Recovery point objective, tier 1 | 15 minutes | 10% of the monthly service charge |
| Priority 1 incident (tier-1 system cannot be restored or replication has stopped): response | 30 minutes | CNY 1,000 per 30 minutes late |
| Priority 1 incident: restore of a tier-1 system started | 1 hour | CNY 2,000 per hour late |
| Priority 2 incident: response | 2 hours | CNY 500 per hour late |

**Signed for the Customer:** Ningbo Jiayue Cold Chain Logistics Co., Ltd. — Name: ________ Date: ________

**Signed for the Provider:** Gower Bay Managed Services Ltd — Name: ________ Date: ________
"""

# ---------------------------------------------------------------- e05 (txt, UPPER-CASE headings, data API, NI law)
E05 = """VESSEL POSITION DATA API SUBSCRIPTION AGREEMENT

Agreement No. LDS-API-2026-207

PARTIES

Lagan Data Services Limited, a company incorporated in Northern Ireland, with its registered office at 21 Donegall Quay, Belfast BT1, Northern Ireland ("Lagan"); and

Xiamen Haitong International Freight Co., Ltd., a company incorporated in Xiamen, Fujian Province, People's Republic of China (the "Customer").

BACKGROUND

Lagan collects and processes terrestrial and satellite AIS signals and port call records and makes vessel positions, voyage events and port arrival estimates available through an application programming interface (the "API"). The Customer is a freight forwarder and wishes to use the API in its shipment tracking system and customer portal. At the Customer's request, all fees are stated and paid in Chinese Yuan (CNY).

1. DEFINITIONS

1.1 "Lagan Data" means the vessel position, voyage, port call and arrival estimate data that Lagan makes available through the API.

1.2 "Customer Data" means the shipment references, vessel watch lists, booking information, query parameters and other information that the Customer submits to the API, and the usage logs relating to it.

1.3 "Custom Mapping" means the mapping of Lagan Data to the Customer's shipment data model and the event notification rules built for the Customer during onboarding, including their code and documentation.

1.4 "Subscription Period" means the period from 1 July 2026 to 30 June 2028.

2. SUBSCRIPTION

2.1 Lagan grants the Customer a non-exclusive, non-transferable right during the Subscription Period to call the API, to store Lagan Data in its own systems and to display it to its own customers in the Customer's tracking portal, with attribution to Lagan.

2.2 The Customer may not resell Lagan Data as a data feed or make it available in bulk to any third party.

2.3 The subscription includes up to 3,000,000 API calls per month. Calls above that volume are charged at CNY 0.02 per call, invoiced monthly in arrears.

3. FEES AND PAYMENT

3.1 The fees are as follows:

Item                                          Basis                       Amount (CNY)
API subscription                              CNY 26,000 per month x 24   624,000
Onboarding and Custom Mapping                 one-time                     36,000
Total fixed fees                                                          660,000

3.2 The onboarding fee is invoiced after Onboarding Acceptance under clause 4. The monthly subscription fee is invoiced at the end of each month. All invoices are payable within 30 days by bank transfer in CNY. No amount is payable in advance.

3.3 The fees are fixed for the Subscription Period and include VAT.

4. ONBOARDING AND ACCEPTANCE

4.1 Lagan shall provide API credentials, build the Custom Mapping and support the Customer's integration testing, so that onboarding is complete by 30 June 2026.

4.2 Onboarding Acceptance requires that: (a) the API returns positions for every vessel on a test list of 500 vessels chosen by the Customer; (b) the Custom Mapping correctly creates departure and arrival events for 200 sample shipments, checked against the carriers' records; (c) median API response time, measured from Xiamen over 5 working days, is below 800 milliseconds; and (d) the Custom Mapping code and documentation have been delivered. The Customer shall sign an acceptance note within 5 working days after these criteria are met. Use of the API in production before that date is not acceptance.

4.3 If Onboarding Acceptance is delayed beyond 30 June 2026 for reasons attributable to Lagan, Lagan shall pay the Customer CNY 700 for each day of delay, up to CNY 30,000, and the Subscription Period shall not start until Onboarding Acceptance.

5. SERVICE LEVELS

5.1 Lagan shall make the API available at least 99.95% of each calendar month, excluding scheduled maintenance of no more than 2 hours per month notified 5 days in advance.

5.2 Lagan shall respond to incidents as follows. Priority 1 (the API is unavailable or returns no current positions): response within 1 hour, at any time; Priority 2 (delayed or incomplete data for a region): response within 3 hours; Priority 3 (other questions): response within 1 business day.

5.3 If availability in a month falls below the level in clause 5.1, the Customer receives a credit of 5% of that month's subscription fee for each 0.1 percentage point, or part of it, below that level, up to half of the monthly fee. For every full hour by which a Priority 1 response is late, the Customer receives a further credit of CNY 500.

5.4 Lagan shall send the Customer a monthly service report showing availability, response times and incidents.

6. CUSTOMER DATA

6.1 Customer Data belongs to the Customer. Lagan shall use Customer Data only to provide the API and support to the Customer, and shall not use it to enrich Lagan Data, to build products or to produce statistics for any other purpose, including in aggregated or anonymised form.

6.2 At the end of the Subscription Period Lagan shall delete Customer Data within 30 days and confirm the deletion in writing.

7. DATA SECURITY

7.1 Lagan shall protect Customer Data with encryption in transit and at rest, access control limited to named support staff, multi-factor authentication and audit logging, and shall maintain ISO/IEC 27001 certification.

7.2 Lagan shall notify the Customer within 24 hours after becoming aware of any unauthorised access to or loss of Customer Data, shall take all steps needed to contain it, and shall be liable for the Customer's losses and costs caused by any such incident resulting from Lagan's failure to comply with this clause 7.

8. CONFIDENTIALITY

Each party shall keep the other party's confidential information confidential, use it only for this Agreement and disclose it only to employees and advisers who need it, during the Subscription Period and for three years after it ends.

9. INTELLECTUAL PROPERTY

9.1 Lagan owns Lagan Data and the API.

9.2 The Custom Mapping belongs to the Customer. The Customer may use, modify, copy and license it without restriction and may give it to another provider.

10. SUBCONTRACTING

Lagan shall not subcontract any part of its obligations under this Agreement without the Customer's prior written consent. Lagan's satellite data suppliers are not subcontractors.

11. LIABILITY

11.1 Each party's total liability under this Agreement is limited to 150% of the total fixed fees in clause 3.1.

11.2 The limit does not apply to breach of clauses 6 and 7, to death or personal injury caused by negligence, or to fraud.

12. TERM, RENEWAL AND TERMINATION

12.1 This Agreement ends at the end of the Subscription Period. The parties may agree a further subscription in writing; there is no automatic renewal.

12.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after notice. If the Customer terminates under this clause, Lagan shall refund any fees paid for the period after termination.

13. GOVERNING LAW AND JURISDICTION

13.1 This Agreement and any dispute arising from it are governed by the law of Northern Ireland.

13.2 The courts of Northern Ireland sitting in Belfast have exclusive jurisdiction over any dispute arising from or in connection with this Agreement.

14. CUSTOMER OBLIGATIONS

14.1 The Customer shall keep its API credentials secure, shall use the API only within the call volumes and purposes in clause 2, and shall tell Lagan promptly of any suspected misuse of its credentials.

14.2 The Customer is responsible for the systems and portals into which it loads Lagan Data and for the way it presents Lagan Data to its own customers.

15. DATA QUALITY AND CHANGES

15.1 Lagan shall use recognised methods to collect, validate and update Lagan Data and shall correct errors reported by the Customer within 5 business days where the error lies in Lagan's processing.

15.2 Lagan shall publish release notes for every change to the API and shall keep the API documentation in English and Chinese up to date.

15.3 Lagan shall give the Customer at least 90 days' written notice of any change to the API that is not backward compatible and shall keep the previous version running during that period.

16. FORCE MAJEURE

Neither party is liable for a delay or failure caused by an event beyond its reasonable control, including failures of satellite networks not operated by Lagan, provided it notifies the other party promptly and does its best to resume performance. Service credits still apply to unavailability caused by Lagan's own systems.

17. GENERAL

17.1 This Agreement is the entire agreement between the parties about its subject matter. Any change must be in writing and signed by both parties.

17.2 Neither party may assign this Agreement without the other party's written consent.

17.3 Notices under this Agreement must be in writing and sent by courier or e-mail to the addresses that each party gives the other on signature.

SIGNED for and on behalf of Lagan Data Services Limited
Name: ____________________  Title: ____________________  Date: ____________

SIGNED for and on behalf of Xiamen Haitong International Freight Co., Ltd.
Name: ____________________  Title: ____________________  Date: ____________
"""

# ---------------------------------------------------------------- files, labels, design
FILES = {  # key: (file name, format, language, category, source)
    "z01": ("h578z01_justice_bureau_community_corrections_platform.pdf", "pdf", "zh", "software", Z01),
    "z02": ("h578z02_ceramic_tile_press_control_retrofit.docx", "docx", "zh", "hardware", Z02),
    "z03": ("h578z03_convenience_chain_replenishment_saas.txt", "txt", "zh", "cloud", Z03),
    "z04": ("h578z04_civil_affairs_assistance_system_annual_om.txt", "txt", "zh", "services", Z04),
    "z05": ("h578z05_rice_wine_fermentation_mes_supplier_template.md", "md", "zh", "software", Z05),
    "e01": ("h578e01_pharma_wms_perpetual_licence_glasgow_vendor.pdf", "pdf", "en", "software", E01),
    "e02": ("h578e02_marine_inspection_saas_order_form_aberdeen.md", "md", "en", "cloud", E02),
    "e03": ("h578e03_cement_kiln_sensors_cardiff_supplier.docx", "docx", "en", "hardware", E03),
    "e04": ("h578e04_cold_chain_managed_backup_swansea.md", "md", "en", "services", E04),
    "e05": ("h578e05_vessel_position_data_api_belfast.txt", "txt", "en", "cloud", E05),
}
KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"
T = {  # the terms, in KEYS order
    "z01": [99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 8, False, True, False, "PRC", G],
    "z02": [None, 1, True, "buyer", True, True, True, 0.02, None, 20, True, True, 18, 32, False, True, False, "PRC", G],
    "z03": [99.5, 0.5, True, "buyer", True, False, True, 1000 / 1294800 * 100, 150, None, True, None, None, None, True,
            True, False, "PRC", S],
    "z04": [99.95, 0.25, True, "buyer", True, True, False, 0.1, 6 / 12 * 100, None, True, None, None, None, False, True,
            True, "PRC", S],
    "z05": [None, None, False, "supplier", False, False, True, None, 20, 60, False, False, 6, None, False, True, None,
            None, G],
    "e01": [None, 1, True, "buyer", True, True, True, 1600 / 1600000 * 100, 150, 10, True, True, 18, 12.5, False, True,
            False, "PRC", G],
    "e02": [99.95, 8, False, "buyer", True, True, True, 1200 / 1540000 * 100, 200, 592000 / 1540000 * 100, True, None,
            None, None, False, True, False, "PRC", S],
    "e03": [None, 2, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 9, 8, False, True, True, "PRC", G],
    "e04": [99.95, 0.5, True, "buyer", True, True, True, 2000 / 2340000 * 100, 6 / 36 * 100, None, True, None, None, None,
            False, False, False, "PRC", S],
    "e05": [99.95, 1, True, "buyer", True, True, True, 700 / 660000 * 100, 150, None, True, None, None, None, False, True,
            False, "Northern Ireland", S],
}
EXTRA = {  # sla_clause, ld_stated, post_warranty_fee_capped (goods only), acceptance_deemed_on_delivery, contract_value
    "z01": (True, True, True, False, 2480000),
    "z02": (True, True, True, False, 1626000),
    "z03": (True, True, None, False, 1294800),
    "z04": (True, True, None, False, 576000),
    "z05": (False, False, False, True, 750000),
    "e01": (True, True, True, False, 1600000),
    "e02": (True, True, None, False, 1540000),
    "e03": (True, True, True, False, 1395000),
    "e04": (True, True, None, False, 2340000),
    "e05": (True, True, None, False, 660000),
}
FEE_BASE = {"z01": 1180000, "z02": 1369200, "z05": 420000, "e01": 1088000, "e03": 1234800}  # itemised licence/hardware
FORUM_OUTSIDE_MAINLAND = {"e05"}  # Belfast courts (design fact, not a label key)
DESIGN = {
    "z01": set(),
    "z02": {"CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"},
    "z03": {"CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"},
    "z04": {"CR-CONFIDENTIALITY", "CR-LIABILITY-CAP", "CR-SUBCONTRACT"},
    "z05": {"CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-DATA-SECURITY", "CR-IP-OWNERSHIP", "CR-LD-MISSING",
            "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE",
            "CR-WARRANTY"},
    "e01": set(),
    "e02": {"CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE"},
    "e03": {"CR-SUBCONTRACT", "CR-WARRANTY"},
    "e04": {"CR-LIABILITY-CAP", "CR-TERMINATION"},
    "e05": {"CR-GOVERNING-LAW"},
}
ALL_RULES = {"CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"}
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco_share(key):
    """policy §4: horizon 5 years from acceptance; post-warranty years pro rata; fee base = itemised licence/hardware."""
    t = dict(zip(KEYS, T[key]))
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * FEE_BASE[key]
    return fees / (EXTRA[key][4] + fees) * 100


def derive_rules(key):
    """My own reading of policy.md §3, applied to the labels."""
    t = dict(zip(KEYS, T[key]))
    sla, ld_stated, capped, deemed, value = EXTRA[key]
    r = set()
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
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not capped or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(key)
        if share is not None and share > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or key in FORUM_OUTSIDE_MAINLAND:
        r.add("CR-GOVERNING-LAW")
    return r


def risk(rules):
    return "high" if rules & HIGH else ("medium" if rules - LOW else "low")


# ---------------------------------------------------------------- threshold scanner
ZN = "〇零一二三四五六七八九十百千"
PATTERNS = [
    r"(?<![\d.])99\.90*\s*%", r"百分之九十九点九(?![\d" + ZN + "])",
    r"(?<![\d.])4\s*-?\s*(?:个)?\s*小时", r"(?<![十\d" + ZN + "])四\s*(?:个)?\s*小时", r"(?<![\w-])four[\s-]+hours?\b",
    r"(?<![\d.])4\s*-?\s*(?:hours?|hrs?|h)\b", r"(?<![\d.])240\s*(?:分钟|minutes?)",
    r"(?<![\d.])0\.050*\s*%", r"万分之五(?![" + ZN + "])", r"(?<![\d.])0\.0005(?!\d)",
    r"(?<![\d.])100(?:\.0+)?\s*%", r"百分之百", r"百分之一百(?![" + ZN + "])",
    r"(?<![\d.])30(?:\.0+)?\s*%", r"百分之三十(?![" + ZN + "])", r"三成",
    r"(?<![\d.])12\s*-?\s*(?:个月|months?)", r"(?<![" + ZN + "])十二\s*个月", r"twelve[\s-]+months?",
    r"一年", r"(?<![\w-])one[\s-]+year", r"(?<![\d.])1[\s-]+year",
    r"(?<![\d.])15(?:\.0+)?\s*%", r"百分之十五(?![" + ZN + "])",
    r"(?<![\d.])40(?:\.0+)?\s*%", r"百分之四十(?![" + ZN + "])", r"四成",
    r"(?<![\d.])5\s*-?\s*(?:年|years?)\b", r"(?<![\d.])5\s*年", r"(?<![" + ZN + "])五\s*年", r"(?<![\w-])five[\s-]+years?",
    r"(?<![\d.])60\s*-?\s*(?:个月|months?)", r"六十\s*个月", r"sixty[\s-]+months?",
]
RX = [re.compile(p, re.I) for p in PATTERNS]
MUST_HIT = ["99.9%", "99.9 %", "4小时", "四小时", "4 hours", "four hours", "4-hour", "240分钟", "0.05%", "万分之五",
            "100%", "百分之百", "30%", "百分之三十", "三成", "12个月", "十二个月", "12 months", "twelve months", "一年",
            "one year", "15%", "百分之十五", "40%", "四成", "5年", "五年", "five years", "5 years", "60 months", "60个月"]
MUST_MISS = ["24小时", "二十四小时", "24 hours", "twenty-four hours", "99.95%", "115%", "0.15%", "150%", "2025年",
             "万分之五十", "服务年度", "12.5%", "1.5 bar", "14 hours", "百分之三十五", "130%", "2026年", "Subscription Year",
             "0.5 hours", "18 months", "36 months", "24 months", "百分之四十五", "4.5%", "25年"]


def hits(text):
    out = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for rx in RX:
            out += [m.group(0) for m in rx.finditer(variant)]
    return out


def selftest():
    for s in MUST_HIT:
        assert hits(s), "scanner misses " + s
    for s in MUST_MISS:
        assert not hits(s), "scanner hits " + s + repr(hits(s))


# ---------------------------------------------------------------- build, read back, check
def readback(path):
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
        return "\n".join(pg.extract_text() for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def measure(text, lang):
    return len(text.strip()) if lang == "zh" else len(text.split())


def label(key):
    name, fmt, lang, cat, _ = FILES[key]
    terms = dict(zip(KEYS, T[key]))
    sla, ld_stated, capped, deemed, value = EXTRA[key]
    extra = {"sla_clause": sla, "ld_stated": ld_stated}
    if terms["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    return {"file": name, "language": lang, "category": cat, "expected_terms": terms, "expected_extra": extra,
            "expected_rules": sorted(derive_rules(key))}


THRESH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
          "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    selftest()
    srcs = {k: v[4] for k, v in FILES.items() if v[1] in ("docx", "pdf")}
    tgts = {k: (v[0], v[1]) for k, v in FILES.items() if v[1] in ("docx", "pdf")}
    write(srcs, tgts, OUT, wrap_words=True)
    for k, (name, fmt, lang, cat, src) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(src, encoding="utf-8")
    covered, problems = set(), []
    for k, (name, fmt, lang, cat, src) in FILES.items():
        text = readback(OUT / name)
        n = measure(text, lang)
        ok = (2750 <= n <= 3000) if lang == "zh" else (1450 <= n <= 1650)
        found = sorted(set(hits(text) + hits(src)))
        rules = derive_rules(k)
        share = tco_share(k)
        print(f"{k} {name} {lang} {'chars' if lang == 'zh' else 'words'}={n} nonws={len(''.join(text.split()))}"
              f" {'OK' if ok else 'OUT OF RANGE'} rules={sorted(rules)} risk={risk(rules)}"
              f" tco_share={share} thresholds_in_text={found}")
        if not ok:
            problems.append(f"{k} length {n}")
        if found:
            problems.append(f"{k} threshold text {found}")
        if rules != DESIGN[k]:
            problems.append(f"{k} derived {sorted(rules)} != design {sorted(DESIGN[k])}")
        t = dict(zip(KEYS, T[k]))
        for f, v in THRESH.items():
            if t[f] is not None and abs(t[f] - v) < 1e-9:
                problems.append(f"{k} {f} on threshold")
        if share is not None and abs(share - 40) <= 2:
            problems.append(f"{k} TCO share within 2 points of 40")
        covered |= rules
        lab = json.dumps(label(k), ensure_ascii=False, indent=1)
        (OUT / (Path(name).stem + ".json")).write_text(lab, encoding="utf-8")
    if covered != ALL_RULES:
        problems.append(f"not covered: {sorted(ALL_RULES - covered)}")
    mix = [risk(derive_rules(k)) for k in FILES]
    print("risk per draft:", dict(zip(FILES, mix)))
    if problems:
        print("PROBLEMS:\n  " + "\n  ".join(problems))
        sys.exit(1)
    print("all checks passed; all 20 rules covered")


if __name__ == "__main__":
    main()
